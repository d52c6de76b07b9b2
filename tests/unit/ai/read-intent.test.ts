import { describe, expect, it } from 'vitest';
import { readIntent } from '@/lib/ai/offline/understanding/read-intent';
import { tableFacts, type TableFacts } from '@/lib/ai/prompts/format';
import { openingState, waysOnFrom } from '@/lib/campaigns/arrival';
import { sampleCampaign } from '@/lib/campaigns/sample';

function tableAt(location: string): TableFacts {
  const state = openingState({ ...sampleCampaign, startLocationId: location }, 1);
  return tableFacts(state, { waysOn: waysOnFrom(sampleCampaign.locations, location), withSecrets: true });
}

const read = (location: string, actorId: string, action: string) => {
  const table = tableAt(location);
  return readIntent(action, table, table.party.find((c) => c.id === actorId)!, (id) => table.waysOn.find((w) => w.locationId === id)?.title);
};

describe('the offline DM reading an action against the scene', () => {
  it('goes by the exit named, or by where it leads, even past it and with a typo', () => {
    expect(read('nave', 'mira', 'I move to the stairs and go down to the crypt')).toEqual({ kind: 'travel', locationId: 'steps' });
    expect(read('nave', 'mira', 'Down the stiars we go')).toEqual({ kind: 'travel', locationId: 'steps' });
    expect(read('crypt', 'mira', 'We head for the bell chamber')).toEqual({ kind: 'travel', locationId: 'bell-chamber' });
  });

  it('uses the object named, keeping the skill the words call on', () => {
    expect(read('nave', 'mira', 'Ring the bell!')).toEqual({ kind: 'use-object', objectId: 'silver-bell' });
    expect(read('bell-chamber', 'mira', 'I jam the great bell’s clapper with my dagger')).toEqual({ kind: 'use-object', objectId: 'great-bell', skill: 'sleightOfHand' });
    // "Great bell" names the great bell over any other bell.
    expect(read('bell-chamber', 'aldric', 'I try to silence the great bell')).toMatchObject({ objectId: 'great-bell' });
  });

  it('talks to the person named, attacks the foe named, and helps the companion named', () => {
    expect(read('nave', 'mira', 'I ask Old Marow about the storm')).toEqual({ kind: 'talk', personId: 'old-marrow' });
    expect(read('steps', 'kestrel', 'I loose an arrow at the nearest rat')).toEqual({ kind: 'attack', targetId: 'rat-1' });
    expect(read('nave', 'kestrel', 'I help Mira')).toEqual({ kind: 'help', allyId: 'mira' });
  });

  it('asks which spell when none of the caster\'s is named, listing theirs', () => {
    const asked = read('nave', 'aldric', 'I cast a spell to light the room');
    expect(asked.kind).toBe('clarify');
    expect(asked.kind === 'clarify' && asked.question).toMatch(/Which spell does Brother Aldric cast\? They can cast .*Sacred Flame/);
  });

  it('asks one question, naming what the place offers, instead of rolling a check nobody asked for', () => {
    const asked = read('nave', 'mira', 'Hmm');
    expect(asked).toEqual({ kind: 'clarify', question: expect.stringMatching(/^What does Mira Thorne do\? You could take the spiral stair, .*talk to Old Marrow\.$/) });
  });
});

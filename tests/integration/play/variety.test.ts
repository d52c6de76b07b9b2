import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waysOnFrom } from '@/lib/campaigns/arrival';
import { sampleCampaign } from '@/lib/campaigns/sample';
import { listSessionEvents } from '@/lib/db/queries/sessions';
import { checkLog } from '@/lib/rules/invariant-log';
import type { SessionEvent } from '@/lib/rules/session-log';
import type { Runtime } from '@/lib/runtime/runtime';
import { logSteps } from '../../../scripts/eval/log-steps';
import { closeRuntime, memoryRuntime } from '../../fixtures/runtime';
import { deedOf, linesRepeatedWithin, repeatsWithin } from '../../fixtures/variety';

let runtime: Runtime;

beforeAll(async () => {
  runtime = await memoryRuntime();
});

afterAll(() => closeRuntime(runtime));

const containers = sampleCampaign.locations.flatMap((l) => l.scene.containers?.map((c) => c.name) ?? []);

/** Whether an AI player has just urged the party on to the next place: said it in talk, since the person last acted. */
function urgedOn(events: SessionEvent[], place: string | undefined): boolean {
  const since = events.slice(events.findLastIndex((e) => e.type === 'player.acted' && e.data.controller === 'human') + 1);
  return since.some((e) => e.type === 'player.acted' && e.data.controller === 'ai' && place !== undefined && e.data.text.includes(place) && deedOf(e.data.text) === 'persuasion');
}

/**
 * A person who asks the salvager one question, then only looks around,
 * keeps watch and fights, and says "let us keep going" (words the DM does
 * not take for a move) when an AI player urges the party on: the AI players
 * must carry the story.
 */
async function play(seed: number, turns: number): Promise<SessionEvent[]> {
  const { sessionId } = await runtime.sessions.create('sunken-shrine', { seed });
  for (let turn = 0; turn < turns; turn++) {
    await runtime.sessions.settled(sessionId);
    const { state, status } = await runtime.sessions.view(sessionId);
    if ((status.characterId ?? 'mira') !== 'mira' || state.party.find((c) => c.id === 'mira')!.dead) break;
    const events = await listSessionEvents(runtime.db, { sessionId });
    const next = waysOnFrom(sampleCampaign.locations, state.scene.locationId)[0]?.title.replace(/^The /, 'the ');
    const text =
      turn === 0
        ? 'I ask Old Marrow about the bells under the hill'
        : state.combat
          ? 'I attack the nearest foe'
          : urgedOn(events, next)
            ? 'Sounds good to me: let us keep going'
            : turn % 2
              ? 'I keep watch'
              : 'I look around';
    await runtime.sessions.submit(sessionId, { characterId: 'mira', text, idempotencyKey: crypto.randomUUID() });
  }
  await runtime.sessions.settled(sessionId);
  return listSessionEvents(runtime.db, { sessionId });
}

describe('a long offline session', () => {
  it('narrates without repeating itself, and its AI players pursue goals without repeating themselves', async () => {
    const events = await play(3, 90);
    const narrations = events.flatMap((e) => (e.type === 'dm.narrated' ? [e.data] : []));
    const acted = events.flatMap((e) => (e.type === 'player.acted' ? [e.data] : []));
    const linesOf = (id: string) => acted.filter((a) => a.characterId === id).map((a) => a.text);

    expect(narrations.length).toBeGreaterThanOrEqual(30);
    expect(repeatsWithin(narrations, 10)).toEqual([]);

    expect(linesOf('aldric').length).toBeGreaterThanOrEqual(40);
    for (const id of ['aldric', 'kestrel']) expect(linesRepeatedWithin(linesOf(id), 20)).toEqual([]);

    // The person never named a place: the AI players urged the party on, naming it, and her agreeing words took it through every place.
    const arrivals = narrations.flatMap((n) => n.patches.flatMap((p) => (p.op === 'scene.set' ? [p.scene.locationId] : [])));
    expect(arrivals).toEqual(['steps', 'crypt', 'bell-chamber']);
    const deeds = new Set(acted.filter((a) => a.controller === 'ai').map((a) => deedOf(a.text, containers)));
    for (const goal of ['persuasion', 'loot', 'loot-bodies']) expect(deeds).toContain(goal);
    expect(['heal', 'tend', 'rest'].filter((d) => deeds.has(d)).length).toBeGreaterThanOrEqual(2);

    // Whatever they chose to do, the rules held.
    const { initial, steps } = logSteps(events);
    expect(checkLog(initial, steps)).toEqual([]);
  }, 180_000);
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bringCharacter } from '@/lib/table/bring-character';
import { joinTable } from '@/lib/table/join-table';
import type { Runtime } from '@/lib/runtime/runtime';
import { rollAbilityScores } from '@/lib/characters/ability-rolls';
import { createCharacter, deleteCharacter, listCharacters, ownCharacter, previewCharacter, updateCharacter } from '@/lib/characters/player-characters';
import { createInvite } from '@/lib/db/queries/invites';
import { insertPlayerCharacter } from '@/lib/db/queries/player-characters';
import { seatHolder } from '@/lib/db/queries/members';
import { listSessionEvents } from '@/lib/db/queries/sessions';
import { closeRuntime, memoryRuntime } from '../../fixtures/runtime';
import { wizardDraft } from '../../fixtures/character-drafts';

let runtime: Runtime;
const robin = { userId: '11111111-1111-4111-8111-111111111111', name: 'Robin' };
const sam = { userId: '22222222-2222-4222-8222-222222222222', name: 'Sam' };

beforeAll(async () => {
  process.env.SESSION_SECRET ??= 'a test secret that is long enough to seal with';
  runtime = await memoryRuntime();
});
afterAll(() => closeRuntime(runtime));

async function invitedTable() {
  const { sessionId } = await runtime.sessions.create('sunken-shrine', { seed: 3, gm: robin });
  const invite = await createInvite(runtime.db, { token: `invite-${crypto.randomUUID()}`, sessionId, role: 'player', createdBy: robin.userId, expiresAt: null, maxUses: null });
  return { sessionId, invite };
}

describe('characters people build', () => {
  it('are previewed as choices are made, with what is still to choose', () => {
    const { sheet, problems, missing } = previewCharacter(wizardDraft({ name: '', spells: { cantrips: ['fire-bolt'] } }));
    expect(problems).toEqual([]);
    expect(missing).toEqual(expect.arrayContaining(['Give your character a name', 'Choose 2 more cantrips (1 of 3)']));
    expect(sheet).toMatchObject({ className: 'Wizard', ac: 12, maxHp: 8, spellcasting: { saveDc: 13, attackBonus: 5 } });
  });

  it('are created only when the rules accept every choice, each problem named', async () => {
    await expect(createCharacter(runtime.db, sam.userId, wizardDraft({ spells: { cantrips: ['fire-bolt', 'light', 'mage-hand', 'ray-of-frost'] } }))).rejects.toThrow(/knows 3 cantrips, not 4/);
    const overspent = wizardDraft();
    overspent.build.abilities = { method: 'point-buy', scores: { str: 15, dex: 15, con: 15, int: 15, wis: 8, cha: 8 }, rolls: [] };
    await expect(createCharacter(runtime.db, sam.userId, overspent)).rejects.toThrow(/cost 36 points, more than 27/);
    await expect(createCharacter(runtime.db, sam.userId, wizardDraft({ equipment: { class: [{ option: 0 }] } }))).rejects.toThrow(/Still to choose: Choose Wizard equipment 2/);
    const record = await createCharacter(runtime.db, sam.userId, wizardDraft());
    expect(await listCharacters(runtime.db, sam.userId)).toMatchObject([{ id: record.id, name: 'Ilsa Vantreck', className: 'Wizard', level: 1, sessionId: null }]);
    expect(await listCharacters(runtime.db, robin.userId)).toEqual([]);
    await expect(ownCharacter(runtime.db, robin.userId, record.id)).rejects.toThrow(/belongs to someone else/);
  });

  it('keep rolled scores only as the server rolled them for that person', async () => {
    const { rolls, token } = await rollAbilityScores(sam.userId);
    const totals = rolls.map((r) => r.total);
    const scores = { str: totals[0]!, dex: totals[1]!, con: totals[2]!, int: totals[3]!, wis: totals[4]!, cha: totals[5]! };
    const rolled = wizardDraft({ rollToken: token });
    rolled.build.abilities = { method: 'rolled', scores, rolls };
    // The wizard's preparation follows the rolled Intelligence; prepare what the preview asks for.
    rolled.spells.prepared = rolled.spells.known.slice(0, Math.max(1, Math.floor((totals[3]! + 1 - 10) / 2) + 1));
    expect((await createCharacter(runtime.db, sam.userId, rolled)).data).toMatchObject({ build: { abilities: { method: 'rolled', rolls } } });
    await expect(createCharacter(runtime.db, robin.userId, rolled)).rejects.toThrow(/not a set the table rolled for you/);
    const forged = structuredClone(rolled);
    forged.build.abilities.rolls[0] = { ...rolls[0]!, total: 18, faces: [6, 6, 6, 6] };
    forged.build.abilities.scores.str = 18;
    await expect(createCharacter(runtime.db, sam.userId, forged)).rejects.toThrow(/does not match its dice|six the table rolled/);
  });

  it('join a table with the person who brought them, and are no longer rebuilt or deleted', async () => {
    const { sessionId, invite } = await invitedTable();
    const record = await createCharacter(runtime.db, sam.userId, wizardDraft({ name: 'Ilsa of the Tide' }));
    await joinTable(runtime, invite, sam, null);
    const { partyId } = await bringCharacter(runtime, { sessionId, identity: sam, characterId: record.id });
    const { state } = await runtime.sessions.view(sessionId);
    expect(state.party.find((c) => c.id === partyId)).toMatchObject({ name: 'Ilsa of the Tide', controller: 'human', level: 1 });
    expect(await seatHolder(runtime.db, { sessionId, characterId: partyId })).toBe(sam.userId);
    expect((await listSessionEvents(runtime.db, { sessionId })).filter((e) => e.type === 'party.joined')).toHaveLength(1);

    await expect(bringCharacter(runtime, { sessionId, identity: sam, characterId: record.id })).rejects.toThrow(/already plays at a table/);
    await expect(updateCharacter(runtime.db, sam.userId, record.id, wizardDraft())).rejects.toThrow(/plays at a table now/);
    await expect(deleteCharacter(runtime.db, sam.userId, record.id)).rejects.toThrow(/plays at a table now/);
    await expect(bringCharacter(runtime, { sessionId, identity: robin, characterId: record.id })).rejects.toThrow(/belongs to someone else/);
  });

  it('are refused by a full party, and by a party below their level', async () => {
    const { sessionId } = await invitedTable();
    for (let i = 0; i < 5; i++) {
      const extra = await createCharacter(runtime.db, robin.userId, wizardDraft({ name: `Extra ${i}` }));
      await bringCharacter(runtime, { sessionId, identity: robin, characterId: extra.id });
    }
    const ninth = await createCharacter(runtime.db, robin.userId, wizardDraft({ name: 'Ninth' }));
    await expect(bringCharacter(runtime, { sessionId, identity: robin, characterId: ninth.id })).rejects.toThrow(/at most 8/);
    await deleteCharacter(runtime.db, robin.userId, ninth.id);
    expect((await listCharacters(runtime.db, robin.userId)).map((c) => c.sessionId)).toEqual(Array(5).fill(sessionId));

    const table = await invitedTable();
    const seasoned = wizardDraft({ name: 'Seasoned' });
    const data = { id: 'x', name: 'Seasoned', controller: 'human', xp: 300, build: { ...seasoned.build, level: 2, hitPoints: [{ level: 2, method: 'average' }] }, spells: seasoned.spells };
    const id = crypto.randomUUID();
    await insertPlayerCharacter(runtime.db, { id, ownerId: robin.userId, name: 'Seasoned', data, portraitAssetId: null });
    await expect(bringCharacter(runtime, { sessionId: table.sessionId, identity: robin, characterId: id })).rejects.toThrow(/is level 2; this party is level 1 at most/);
  });
});

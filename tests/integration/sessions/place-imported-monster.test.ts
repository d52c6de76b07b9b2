import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedderFor } from '@/lib/ai/embedding-models';
import { readConfig } from '@/lib/config';
import { getRuleSystem, saveRuleSystem } from '@/lib/db/queries/rule-systems';
import { listSessionEvents } from '@/lib/db/queries/sessions';
import { castSpell } from '@/lib/rules/actions/cast-spell';
import { monsterAction } from '@/lib/rules/actions/monster-action';
import { castables } from '@/lib/rules/actions/spell-repertoire';
import type { Creature } from '@/lib/rules/creature';
import { creatureGear } from '@/lib/rules/creature-gear';
import { creatureKind } from '@/lib/rules/creature-type';
import { freeSquareNear } from '@/lib/rules/placement';
import { TableResolver } from '@/lib/rules/table-resolver';
import type { Runtime } from '@/lib/runtime/runtime';
import { monsterSuggestions, placeCreatures } from '@/lib/table/place-creatures';
import { bestiaryPdf, bestiaryTitle } from '@/scripts/fixtures/bestiary-pdf';
import { importWhole } from '@/scripts/import-whole';
import { closeRuntime, memoryRuntime } from '../../fixtures/runtime';
import { onTurnOf } from '../../unit/rules/actions/battle';

let runtime: Runtime;
let bestiaryId: string;
let brokenId: string;
let stormId: string;
const robin = { userId: '11111111-1111-4111-8111-111111111111', name: 'Robin' };

beforeAll(async () => {
  runtime = await memoryRuntime();
  const embedder = embedderFor(readConfig({}).model);
  bestiaryId = (await importWhole({ db: runtime.db, embedder }, { name: 'bestiary.pdf', bytes: new Uint8Array(await bestiaryPdf()), ownerId: robin.userId })).done.ruleSystemId!;
  // A module whose monster was stored with numbers no stat block has (an older parser, a hand edit).
  const { module } = (await getRuleSystem(runtime.db, { id: bestiaryId }))!;
  const hound = module.monsters.find((m) => m.name === 'Cinder Hound')!;
  brokenId = crypto.randomUUID();
  await saveRuleSystem(runtime.db, {
    id: brokenId,
    name: 'Smudged Bestiary',
    sourceName: 'smudged.pdf',
    pageCount: 1,
    embeddingModel: embedder.id,
    dimensions: embedder.dimensions,
    module: { ...module, monsters: [{ ...hound, name: 'Smudged Hound', abilities: { ...hound.abilities, str: 0 } }], spells: [] },
    structure: [],
    chunks: [],
  });
  // A hound that casts a spell of its own book innately, and one the book does not define (the SRD's Thunderwave).
  stormId = crypto.randomUUID();
  const innate = {
    ability: 'cha' as const,
    dc: 14,
    components: ['V' as const, 'S' as const],
    slots: [],
    spells: [
      { id: 'thunder-crown', level: 3, usage: { kind: 'per day' as const, times: 1 } },
      { id: 'thunderwave', level: 1, usage: { kind: 'at will' as const } },
    ],
  };
  await saveRuleSystem(runtime.db, {
    id: stormId,
    name: 'Storm Bestiary',
    sourceName: 'storm.pdf',
    pageCount: 1,
    embeddingModel: embedder.id,
    dimensions: embedder.dimensions,
    module: { ...module, monsters: [{ ...hound, id: 'storm-hound', name: 'Storm Hound', traits: [...hound.traits, { name: 'Innate Spellcasting', text: 'The hound casts Thunder Crown once a day, and Thunderwave at will.', spellcasting: innate }] }] },
    structure: [],
    chunks: [],
  });
});
afterAll(() => closeRuntime(runtime));

/** A table begun now, which plays by the rulebooks its game master imported so far and those nobody owns. */
const openTable = async () => (await runtime.sessions.create('sunken-shrine', { seed: 3, gm: robin })).sessionId;

const creaturesOf = async (sessionId: string) => (await runtime.sessions.view(sessionId)).state.creatures;

describe('a game master places a monster of an imported rulebook', () => {
  it('finds it by name among the suggestions, labelled with its book', async () => {
    const sessionId = await openTable();
    const suggestions = await monsterSuggestions(runtime.db, { sessionId, query: 'warden' });
    expect(suggestions).toContainEqual({ name: 'Barrow Warden', book: bestiaryTitle, ruleSystemId: bestiaryId });
    expect(await monsterSuggestions(runtime.db, { sessionId, query: 'goblin' })).toContainEqual({ name: 'Goblin', book: 'SRD 5.1', ruleSystemId: null });
  });

  it('places it with its parsed stat block, logs the book, and the engine attacks with its parsed numbers', async () => {
    const sessionId = await openTable();
    await expect(placeCreatures(runtime, { sessionId, monster: 'barrow warden', ruleSystemId: bestiaryId, count: 1, hostile: true, by: robin.name })).resolves.toEqual({ settled: true });
    const warden = (await creaturesOf(sessionId)).find((c) => c.name === 'Barrow Warden') as Creature;
    expect(warden).toMatchObject({
      statBlockId: 'imported-barrow-warden',
      creatureType: 'undead',
      ac: 17,
      maxHp: 110,
      hp: 110,
      abilities: { str: 20, dex: 10, con: 16, int: 11, wis: 14, cha: 15 },
      saveProficiencies: ['con', 'wis'],
      challenge: 7,
      attacks: [expect.objectContaining({ name: 'Greatsword', toHit: 9, reach: 10, damage: { dice: '3d10+3', type: 'slashing' }, extraDamage: [{ dice: '2d6', type: 'necrotic' }] })],
    });
    expect(creatureKind(warden)).toBe('undead');
    const placed = (await listSessionEvents(runtime.db, { sessionId })).find((e) => e.type === 'gm.edited')!;
    expect(placed.data).toMatchObject({ reason: `placed 1 × Barrow Warden (${bestiaryTitle}), hostile`, by: 'Robin' });

    // Its Greatsword rolls its printed +9 and deals its printed dice: nothing is looked up anew.
    // The view is the players' (no dice key): the test rolls on a copy with one of its own.
    const resolver = new TableResolver({ ...(await runtime.sessions.view(sessionId)).state, seed: 7 });
    const target = resolver.state.party[0]!;
    resolver.place(warden.id, freeSquareNear(resolver.state, resolver.state.grid!, [target.position!]));
    let hit = null;
    for (let round = 0; round < 12 && !hit; round++) {
      onTurnOf(resolver, warden.id);
      const done = resolver.act((t) => monsterAction(t, { creatureId: warden.id, action: 'Greatsword', targetIds: [target.id] }));
      const { attack } = done.attacks[0]!;
      expect(attack.roll.notation).toMatch(/^1d20\+9\b/);
      if (attack.hit && !attack.critical) hit = attack;
      resolver.endTurn(warden.id);
    }
    expect(hit?.damage?.parts.map((p) => [p.roll.notation, p.type])).toEqual([
      ['3d10+3', 'slashing'],
      ['2d6', 'necrotic'],
    ]);
  });

  it('carries the armour and weapons its block names, to be looted, and its book’s spells, cast by that book’s numbers', async () => {
    const sessionId = await openTable();
    await placeCreatures(runtime, { sessionId, monster: 'Barrow Warden', ruleSystemId: bestiaryId, count: 1, hostile: true, by: robin.name });
    await placeCreatures(runtime, { sessionId, monster: 'Storm Hound', ruleSystemId: stormId, count: 1, hostile: true, by: robin.name });
    const creatures = await creaturesOf(sessionId);
    const warden = creatures.find((c) => c.name === 'Barrow Warden')!;
    expect(creatureGear(warden).map((g) => g.item)).toEqual(['greatsword', 'plate-armor']);
    const storm = creatures.find((c) => c.name === 'Storm Hound')!;
    expect(storm.bookSpells.map((sp) => [sp.id, sp.level, sp.concentration])).toEqual([['thunder-crown', 3, true]]);
    expect(castables(storm).map((k) => [k.spell.id, k.numbers.saveDc, k.usage?.kind])).toEqual([
      ['thunder-crown', 14, 'per day'],
      ['thunderwave', 14, 'at will'],
    ]);
    const resolver = new TableResolver({ ...(await runtime.sessions.view(sessionId)).state, seed: 7 });
    const crown = resolver.act((t) => castSpell(t, { casterId: storm.id, spell: 'Thunder Crown' }));
    expect(crown).toMatchObject({ spellId: 'thunder-crown', saveDc: 14, slotLevel: null, concentration: true });
    expect(() => resolver.act((t) => castSpell(t, { casterId: storm.id, spell: 'Thunder Crown' }))).toThrow(/used Thunder Crown 1 time today/);
  });

  it('takes a typed name the SRD does not hold from the table’s rulebooks', async () => {
    const sessionId = await openTable();
    await placeCreatures(runtime, { sessionId, monster: 'Cinder Hound', count: 2, hostile: true, by: robin.name });
    const hounds = (await creaturesOf(sessionId)).filter((c) => c.statBlockId === 'imported-cinder-hound');
    expect(hounds.map((c) => [c.name, c.ac, c.maxHp])).toEqual([
      ['Cinder Hound 1', 14, 45],
      ['Cinder Hound 2', 14, 45],
    ]);
  });

  it('refuses a rulebook the table does not play by, a monster the book lacks, and numbers no stat block has, placing nothing', async () => {
    const sessionId = await openTable();
    const before = (await runtime.sessions.view(sessionId)).version;
    const later = (await importWhole({ db: runtime.db, embedder: embedderFor(readConfig({}).model) }, { name: 'later.pdf', bytes: new Uint8Array(await bestiaryPdf()) })).done.ruleSystemId!;
    const place = (monster: string, ruleSystemId: string) => placeCreatures(runtime, { sessionId, monster, ruleSystemId, count: 1, hostile: true, by: robin.name });
    await expect(place('Barrow Warden', later)).rejects.toMatchObject({ code: 'forbidden', status: 403, message: expect.stringMatching(/does not play by that rulebook/) });
    await expect(place('Owlbear', bestiaryId)).rejects.toMatchObject({ code: 'not_found', message: `${bestiaryTitle} has no monster called "Owlbear"` });
    await expect(place('Smudged Hound', brokenId)).rejects.toMatchObject({ code: 'bad_request', message: expect.stringMatching(/^Smudged Hound from Smudged Bestiary cannot be placed: .*abilities\.str/) });
    await runtime.sessions.settled(sessionId);
    expect((await runtime.sessions.view(sessionId)).version).toBe(before);
    expect((await creaturesOf(sessionId)).some((c) => c.statBlockId?.startsWith('imported-'))).toBe(false);
  });
});

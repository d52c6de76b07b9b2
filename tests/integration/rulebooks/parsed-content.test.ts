import { MockLanguageModelV4 } from 'ai/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedderFor } from '@/lib/ai/embedding-models';
import { readConfig } from '@/lib/config';
import { openPglite } from '@/lib/db/pglite';
import { getRuleSystem } from '@/lib/db/queries/rule-systems';
import type { Database } from '@/lib/db/types';
import { bestiaryPdf } from '@/scripts/fixtures/bestiary-pdf';
import { importWhole } from '@/scripts/import-whole';
import { stalkerAnswer } from '../../fixtures/glass-stalker';

let db: Database;
let bytes: Uint8Array;
const embedder = embedderFor(readConfig({}).model);

beforeAll(async () => {
  db = await openPglite('memory://');
  bytes = new Uint8Array(await bestiaryPdf());
});
afterAll(() => db.close());

const usage = { inputTokens: { total: 100, noCache: 100, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: 50, text: 50, reasoning: 0 } };

/** A model that answers every entry it is asked about with `answer`, counting the calls. */
function answering(answer: unknown) {
  const model = new MockLanguageModelV4({
    doGenerate: async () => ({
      content: [{ type: 'text', text: JSON.stringify(answer) }],
      finishReason: { unified: 'stop', raw: undefined },
      usage,
      warnings: [],
    }),
  });
  return model;
}

async function imported(contentModel?: MockLanguageModelV4) {
  const { done } = await importWhole({ db, embedder, contentModel }, { name: 'Test Bestiary', bytes });
  return (await getRuleSystem(db, { id: done.ruleSystemId! }))!.module;
}


describe('an imported rulebook’s monsters and spells', () => {
  it('are read from its stat blocks and spell entries, two columns and all, and stored with its rule module', async () => {
    const module = await imported();
    expect(module.monsters.map((m) => [m.name, m.page])).toEqual([
      ['Cinder Hound', 2],
      ['Barrow Warden', 2],
    ]);
    const warden = module.monsters.find((m) => m.name === 'Barrow Warden')!;
    expect(warden).toMatchObject({
      size: 'large',
      type: 'undead',
      armorClass: [{ value: 17, kind: 'armor' }],
      hitPoints: 110,
      hitPointsRoll: '13d10+39',
      abilities: { str: 20, dex: 10, con: 16, int: 11, wis: 14, cha: 15 },
      savingThrows: { con: 7, wis: 6 },
      conditionImmunities: ['frightened', 'poisoned', 'exhaustion'],
      challengeRating: 7,
      xp: 2900,
    });
    // The wrapped lines of an action join into one, its damage whole.
    expect(warden.actions.find((a) => a.name === 'Greatsword')).toMatchObject({
      attack: { bonus: 9, reach: 10 },
      damage: [
        { dice: '3d10+3', type: 'slashing' },
        { dice: '2d6', type: 'necrotic' },
      ],
    });
    expect(warden.legendaryActions.map((a) => a.name)).toEqual(['Advance', 'Grave Chill']);
    const hound = module.monsters.find((m) => m.name === 'Cinder Hound')!;
    expect(hound.actions.find((a) => a.name === 'Ember Breath')).toMatchObject({ usage: { kind: 'recharge', min: 5 }, save: { ability: 'dex', dc: 13, onSuccess: 'half' } });

    expect(module.spells.map((s) => [s.name, s.level, s.ritual, s.concentration])).toEqual([
      ['Ember Lance', 0, false, false],
      ['Warding Chime', 1, true, false],
      ['Thunder Crown', 3, false, true],
    ]);
    expect(module.spells.find((s) => s.name === 'Thunder Crown')).toMatchObject({
      save: { ability: 'con' },
      damage: { type: 'thunder', dice: expect.arrayContaining([{ level: 4, dice: '5d8' }]) },
      higherLevels: expect.stringContaining('for each slot level above 3rd'),
    });
  });

  it('with a hosted model, take what it reads of a block the layout could not, and nothing it makes up', async () => {
    const read = await imported(answering(stalkerAnswer));
    expect(read.monsters.map((m) => m.name)).toEqual(['Cinder Hound', 'Barrow Warden', 'Glass Stalker']);
    expect(read.monsters.find((m) => m.name === 'Glass Stalker')).toMatchObject({ page: 3, hitPoints: 33, armorClass: [{ value: 15 }] });

    const madeUp = await imported(answering({ ...stalkerAnswer, hitPoints: 0, armorClass: [{ value: 250, kind: 'natural' }] }));
    expect(madeUp.monsters.map((m) => m.name)).toEqual(['Cinder Hound', 'Barrow Warden']);
  });
});

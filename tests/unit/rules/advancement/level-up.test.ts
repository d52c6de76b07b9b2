import { describe, expect, it } from 'vitest';
import { autoChoices } from '@/lib/rules/advancement/auto-level';
import { levelUp } from '@/lib/rules/advancement/level-up';
import { levelUpOffer } from '@/lib/rules/advancement/level-up-offer';
import { pregens } from '@/lib/rules/pregens';
import { findCharacter, gameStateSchema, type RulesState } from '@/lib/rules/state';
import { TableResolver } from '@/lib/rules/table-resolver';
import { sampleState } from '../fixtures';

/** The sample party (and the pregen wizard) with XP: enough for level 2 unless said otherwise. */
function table(xp = 300): RulesState {
  const base = sampleState();
  const oswin = pregens.find((p) => p.id === 'oswin')!;
  return gameStateSchema.parse({ ...base, party: [...base.party, oswin].map((c) => ({ ...c, xp })) });
}

const of = (state: RulesState, id: string) => findCharacter(state, id)!;

describe('what the next level offers', () => {
  it('says whether the XP is there, and the hit die', () => {
    const offer = levelUpOffer(of(table(299), 'mira'));
    expect(offer).toMatchObject({ level: 1, nextLevel: 2, xpForNext: 300, ready: false, hitPoints: { die: 8, average: 5 } });
    expect(levelUpOffer(of(table(), 'mira')).ready).toBe(true);
  });

  it('offers a ranger its fighting style and its first spells at level 2', () => {
    const offer = levelUpOffer(of(table(), 'kestrel'));
    expect(offer.features).toEqual([expect.objectContaining({ id: 'ranger-fighting-style', choose: 1, options: expect.arrayContaining([{ id: 'ranger-fighting-style-archery', name: 'Fighting Style: Archery' }]) })]);
    expect(offer.spells.known).toMatchObject({ choose: 2, mayReplace: false });
    expect(offer.spells.known!.options.map((o) => o.id)).toContain('cure-wounds');
    expect(offer.subclass).toBeNull();
  });

  it('offers a wizard its arcane tradition and two spells for the spellbook', () => {
    const offer = levelUpOffer(of(table(), 'oswin'));
    expect(offer.subclass).toEqual({ choose: 1, options: [{ id: 'evocation', name: 'Evocation' }] });
    expect(offer.spells.known?.choose).toBe(2);
    expect(offer.spells.prepared?.max).toBeGreaterThan(0);
  });
});

describe('levelling up', () => {
  it('takes the average or the table’s roll of the hit die, logged, and raises the maximum', () => {
    const resolver = new TableResolver(table());
    const before = of(resolver.state, 'mira');
    const result = resolver.act((t) => levelUp(t, 'mira', { hitPoints: 'roll' }));
    expect(result).toMatchObject({ level: 2, hitPointMethod: 'rolled' });
    expect(resolver.rolls).toHaveLength(1);
    expect(resolver.rolls[0]!.notation).toBe('1d8');
    const after = of(resolver.state, 'mira');
    expect(after.level).toBe(2);
    expect(after.maxHp - before.maxHp).toBe(result.hitPoints);
    expect(result.outcome).toMatch(/^Mira Thorne reaches level 2: \+\d+ hit points \(rolled \d on the d8\)$/);
  });

  it('refuses without the XP, in a fight, and with choices the level does not offer', () => {
    expect(() => new TableResolver(table(299)).act((t) => levelUp(t, 'mira', { hitPoints: 'average' }))).toThrow(/299 XP; level 2 needs 300/);
    expect(() => new TableResolver(table()).act((t) => levelUp(t, 'kestrel', { hitPoints: 'average' }))).toThrow(/Choose 2 spells to learn, not 0/);
    expect(() => new TableResolver(table()).act((t) => levelUp(t, 'kestrel', { hitPoints: 'average', spells: { learn: ['cure-wounds', 'hunters-mark'] } }))).toThrow(/Choose 1 Fighting Style options/);
    expect(() => new TableResolver(table()).act((t) => levelUp(t, 'mira', { hitPoints: 'average', improvement: { dex: 2 } }))).toThrow(/no ability score improvement/);
    expect(() => new TableResolver(table()).act((t) => levelUp(t, 'mira', { hitPoints: 'average', spells: { learn: ['fireball'] } }))).toThrow(/offers no spells to learn/);
    const fighting = new TableResolver(table());
    fighting.startCombat(['mira']);
    expect(() => fighting.act((t) => levelUp(t, 'mira', { hitPoints: 'average' }))).toThrow(/between fights/);
  });

  it('learns the spells and style a ranger chooses', () => {
    const resolver = new TableResolver(table());
    resolver.act((t) =>
      levelUp(t, 'kestrel', { hitPoints: 'average', features: { 'ranger-fighting-style': ['ranger-fighting-style-archery'] }, spells: { learn: ['cure-wounds', 'hunters-mark'] } }),
    );
    const kestrel = of(resolver.state, 'kestrel');
    expect(kestrel.spells.known).toEqual(['cure-wounds', 'hunters-mark']);
    expect(kestrel.build.class.features['ranger-fighting-style']).toEqual(['ranger-fighting-style-archery']);
  });

  it('chooses for an AI player: average hit points, the first options, spells the engine resolves', () => {
    for (const id of ['mira', 'aldric', 'kestrel', 'oswin']) {
      const resolver = new TableResolver(table(900));
      for (const level of [2, 3]) {
        const c = of(resolver.state, id);
        const result = resolver.act((t) => levelUp(t, id, autoChoices(c, levelUpOffer(c))));
        expect(result.level).toBe(level);
      }
    }
  });
});

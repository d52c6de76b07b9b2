import { describe, expect, it } from 'vitest';
import { sampleCampaign } from '@/lib/campaigns/sample';
import { abilityModifier } from '@/lib/rules/abilities';
import { bestiary, statBlockById } from '@/lib/rules/bestiary';
import { proficiencyForChallenge, statBlockSchema } from '@/lib/rules/creature';
import { pregens } from '@/lib/rules/pregens';
import { characterSchema } from '@/lib/rules/state';

/** An attack's bonus and damage must come from one ability (STR or DEX) plus proficiency. */
function consistent(toHit: number, dice: string, abilities: Record<string, number>, proficiency: number): boolean {
  const bonus = Number(/([+-]\d+)$/.exec(dice)?.[1] ?? 0);
  return (['str', 'dex'] as const).some((a) => {
    const mod = abilityModifier(abilities[a] ?? 10);
    return toHit === mod + proficiency && bonus === mod;
  });
}

describe('the starter bestiary', () => {
  it('holds valid stat blocks keyed by their own ids', () => {
    expect(Object.keys(bestiary).length).toBeGreaterThanOrEqual(6);
    for (const [key, block] of Object.entries(bestiary)) {
      const parsed = statBlockSchema.parse(block);
      expect(parsed.id).toBe(key);
      expect(statBlockById(key)).toEqual(block);
    }
    expect(statBlockById('toString')).toBeUndefined();
  });

  it('prints weapon attacks that follow from the abilities and challenge rating', () => {
    for (const block of Object.values(bestiary)) {
      const parsed = statBlockSchema.parse(block);
      for (const attack of parsed.attacks) {
        expect(consistent(attack.toHit, attack.damage.dice, parsed.abilities, proficiencyForChallenge(parsed.challenge)), `${parsed.name} ${attack.name}`).toBe(true);
      }
    }
  });

  it('ties proficiency to challenge rating as the SRD does', () => {
    expect([0, 0.125, 1, 4, 5, 8, 9, 13, 17, 21, 30].map(proficiencyForChallenge)).toEqual([2, 2, 2, 2, 3, 3, 4, 5, 6, 7, 9]);
  });
});

describe('pregenerated characters', () => {
  it('are valid level 1 sheets with SRD hit points: hit die maximum + Constitution', () => {
    const dieMax = { d6: 6, d8: 8, d10: 10, d12: 12 };
    for (const pregen of pregens) {
      const sheet = characterSchema.parse(pregen);
      expect(sheet.maxHp).toBe(dieMax[sheet.hitDie] + abilityModifier(sheet.abilities.con ?? 10));
      expect(sheet.hp).toBe(sheet.maxHp);
    }
    expect(new Set(pregens.map((p) => p.id)).size).toBe(pregens.length);
  });

  it('have weapon attacks that follow from their abilities', () => {
    for (const pregen of pregens) {
      const sheet = characterSchema.parse(pregen);
      for (const attack of sheet.attacks.filter((a) => a.source?.kind === 'weapon')) {
        expect(consistent(attack.toHit, attack.damage.dice, sheet.abilities, 2), `${sheet.name} ${attack.name}`).toBe(true);
      }
    }
  });

  it('do not clash with the sample party, which starts at full hit points', () => {
    const ids = new Set(sampleCampaign.characters.map((c) => c.id));
    for (const pregen of pregens) expect(ids.has(pregen.id)).toBe(false);
    for (const c of sampleCampaign.characters) {
      const sheet = characterSchema.parse(c);
      expect(sheet).toMatchObject({ id: c.id, hp: sheet.maxHp });
    }
  });
});

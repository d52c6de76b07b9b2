import type { Skill } from '@/lib/rules/abilities';
import { pick } from './seeded';

const skillWords: Record<Skill, string> = {
  acrobatics: 'a nimble move',
  animalHandling: 'a steady hand with the beast',
  arcana: 'a scholar’s eye for magic',
  athletics: 'raw strength',
  deception: 'a straight face',
  history: 'half-remembered lore',
  insight: 'a careful read of the moment',
  intimidation: 'a hard stare',
  investigation: 'a methodical search',
  medicine: 'practised hands',
  nature: 'a naturalist’s knowledge',
  perception: 'sharp senses',
  performance: 'a flourish',
  persuasion: 'an honest appeal',
  religion: 'the old words of faith',
  sleightOfHand: 'deft fingers',
  stealth: 'careful, silent steps',
  survival: 'a tracker’s instincts',
};

/** Words that open a turn before the dice decide it. */
export function opening(name: string, skill: Skill, seed: number): string {
  return pick(
    [
      `${name} sets to it, trusting ${skillWords[skill]}. `,
      `All eyes turn to ${name}, who tries it with ${skillWords[skill]}. `,
      `${name} draws a slow breath and relies on ${skillWords[skill]}. `,
    ],
    seed,
    1,
  );
}

export function checkOutcome(name: string, r: { total: number; dc: number; success: boolean; critical: string | null }, seed: number): string {
  const tally = `(${r.total} against DC ${r.dc})`;
  if (r.critical === 'success') return `A natural twenty! ${name} succeeds brilliantly ${tally}. `;
  if (r.critical === 'failure') return `A natural one. Everything that can go wrong for ${name} does ${tally}. `;
  return r.success
    ? pick(
        [
          `${name} succeeds ${tally}: the effort pays off. `,
          `It works ${tally}. ${name} finds exactly what the moment needed. `,
          `${name} pulls it off ${tally}, and the way ahead grows a little clearer. `,
        ],
        seed,
        2,
      )
    : pick(
        [
          `${name} falls short ${tally}. `,
          `It is not enough ${tally}; the attempt slips away from ${name}. `,
          `${name} misjudges it ${tally}. `,
        ],
        seed,
        3,
      );
}

export function damageOutcome(name: string, r: { damage: number; hp: number }, seed: number): string {
  const hurt = pick(
    [
      `Something hidden snaps shut and ${name} takes ${r.damage} damage`,
      `A rusted barb springs from the stone; ${name} takes ${r.damage} damage`,
      `The footing gives way and ${name} takes ${r.damage} damage`,
    ],
    seed,
    4,
  );
  return r.hp === 0 ? `${hurt}, and collapses, unconscious. ` : `${hurt} (${r.hp} HP left). `;
}

export function healOutcome(name: string, r: { healed: number; hp: number }): string {
  return `${name} recovers ${r.healed} hit points (now ${r.hp}). `;
}

export function refusal(error: string): string {
  return `The moment passes without effect: ${error.replace(/\.$/, '')}. `;
}

export function closing(seed: number): string {
  return pick(
    [
      'For a heartbeat, nothing moves.',
      'The light flickers, and the silence closes in again.',
      'Far off, something heavy shifts in the dark.',
      'A cold draught stirs, carrying a faint, distant sound.',
    ],
    seed,
    5,
  );
}

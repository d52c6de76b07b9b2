import type { TableFacts } from '@/lib/ai/prompts/format';
import type { Skill } from '@/lib/rules/abilities';
import type { ToolOutcome } from './prompt-reader';
import { pick } from './seeded';
import { find } from './tactics';

const skillWords: Partial<Record<Skill, string>> = {
  acrobatics: 'a nimble move',
  athletics: 'raw strength',
  deception: 'a straight face',
  history: 'half-remembered lore',
  insight: 'a careful read of the moment',
  intimidation: 'a hard stare',
  investigation: 'a methodical search',
  medicine: 'practised hands',
  perception: 'sharp senses',
  persuasion: 'an honest appeal',
  religion: 'the old words of faith',
  sleightOfHand: 'deft fingers',
  stealth: 'careful, silent steps',
  survival: 'a tracker’s instincts',
};

/** Words that open a turn before the dice decide it: a skill's flavour, or a fighter's. */
export function opening(name: string, skill: Skill | null, seed: number): string {
  if (!skill) return pick([`${name} presses the attack. `, `${name} moves in, ready to strike. `, `All eyes turn to ${name}. `], seed, 1);
  const how = skillWords[skill] ?? 'steady nerves';
  return pick([`${name} sets to it, trusting ${how}. `, `All eyes turn to ${name}. `, `${name} draws a slow breath. `], seed, 1);
}

export function closing(seed: number): string {
  return pick(
    ['For a heartbeat, nothing moves.', 'The light flickers, and the silence closes in again.', 'Far off, something heavy shifts in the dark.', 'A cold draught stirs, carrying a faint, distant sound.'],
    seed,
    5,
  );
}

function nameOf(table: TableFacts, id: unknown): string {
  return (typeof id === 'string' && find(table, id)?.name) || 'someone';
}

type HazardTarget = { id: string; avoided?: boolean; damage: number; hp: number; outcome?: string; condition?: string };

function hazardLine(table: TableFacts, t: HazardTarget): string {
  const name = nameOf(table, t.id);
  if (t.avoided && t.damage === 0) return `${name} escapes it.`;
  const how = t.avoided ? `${name} avoids the worst but takes ${t.damage} damage` : `${name} takes ${t.damage} damage`;
  const down = t.hp === 0 ? ', and collapses' : ` (${t.hp} HP left)`;
  return `${how}${down}${t.condition ? `, and is ${t.condition}` : ''}.`;
}

/** One sentence for what one tool call did, as the rules engine reported it. */
export function tell(table: TableFacts, outcome: ToolOutcome, seed: number): string {
  if (!outcome.ok) return `That cannot be done: ${outcome.error.replace(/\.$/, '')}. `;
  const v = outcome.value;
  switch (outcome.toolName) {
    case 'start_combat':
      return `Steel rings out and the fight begins! Initiative: ${(v.order as string[]).join(', ')}. `;
    case 'move':
      return `${nameOf(table, v.characterId)} moves ${v.feet} feet. `;
    case 'attack': {
      const attacker = nameOf(table, v.attackerId);
      const target = nameOf(table, v.targetId);
      if (!v.hit) return `${attacker}'s ${v.attack} misses ${target} (${v.roll}, against AC ${v.targetAc}). `;
      const crit = v.critical ? 'A critical hit! ' : '';
      const down = v.targetDown ? ` ${target} goes down.` : '';
      return `${crit}${attacker} hits ${target} with ${v.attack} (${v.roll}, against AC ${v.targetAc}) for ${v.damage} damage.${down} `;
    }
    case 'ability_check': {
      const name = nameOf(table, v.characterId);
      const tally = v.opposedBy ? `(${v.total} against ${v.theirTotal})` : `(${v.total} against DC ${v.dc})`;
      // An obstacle's author wrote what its success or failure does.
      const then = typeof v.result === 'string' ? `${v.result.replace(/\.$/, '')}. ` : '';
      if (v.critical === 'success') return `A natural twenty! ${name} succeeds brilliantly ${tally}. ${then}`;
      if (v.critical === 'failure') return `A natural one. Everything that can go wrong for ${name} does ${tally}. ${then}`;
      return v.success
        ? pick([`${name} succeeds ${tally}: the effort pays off. `, `It works ${tally}; the way ahead grows a little clearer. `], seed, 2) + then
        : pick([`${name} falls short ${tally}. `, `It is not enough ${tally}. `], seed, 3) + then;
    }
    case 'trigger_hazard':
      return `${String(v.source).replace(/^hazard: /, '')} catches them! ${(v.targets as HazardTarget[]).map((t) => hazardLine(table, t)).join(' ')} `;
    case 'use_feature':
      return `${String(v.outcome)}. `;
    case 'stabilize':
      return v.stable
        ? `${nameOf(table, v.characterId)} binds ${nameOf(table, v.targetId)}'s wounds and the bleeding stops (${v.total} against DC ${v.dc}). `
        : `${nameOf(table, v.characterId)} cannot stop ${nameOf(table, v.targetId)}'s bleeding (${v.total} against DC ${v.dc}). `;
    case 'drop_prone':
      return `${nameOf(table, v.characterId)} drops flat to the ground. `;
    case 'stand_up':
      return `${nameOf(table, v.characterId)} gets back up. `;
    case 'cast_spell':
      // The engine's own account names the spell, the slot and what befell each creature.
      return typeof v.outcome === 'string' ? `${v.outcome}. ` : `${nameOf(table, v.casterId)} casts ${v.spell}. `;
    case 'dodge':
      return `${nameOf(table, v.characterId)} falls into a defensive crouch, ready to dodge. `;
    case 'rest':
      return `${nameOf(table, v.characterId)} rests and recovers (${v.hpBefore} to ${v.hpAfter} HP). `;
    case 'enter_location': {
      const creatures = (v.creatures as Array<{ name: string; hostile: boolean }>).filter((c) => c.hostile);
      const waiting = creatures.length ? ` ${creatures.map((c) => c.name).join(' and ')} wait there.` : '';
      return `The party presses on and reaches ${v.arrivedAt}.${waiting} `;
    }
    case 'look_up_rule': {
      const [first] = (v.found as Array<{ source: string; section: string; page: number | null; text: string }>) ?? [];
      if (!first) return 'The rules say nothing about that; the DM will rule on it. ';
      const where = first.page === null ? first.section : `${first.source}, ${first.section}, p. ${first.page}`;
      // A passage from a rulebook can run long; the log quotes its opening, the "why?" panel keeps it whole.
      const quote = first.text.length > 320 ? `${first.text.slice(0, 320).replace(/\s+\S*$/, '')}…` : first.text;
      return `By the rules (${where}): ${quote} `;
    }
    default:
      return '';
  }
}

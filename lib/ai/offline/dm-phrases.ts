import type { TableFacts } from '@/lib/ai/prompts/format';
import type { Skill } from '@/lib/rules/abilities';
import { closings, fightBegins, manners } from './dm-asides';
import { openings, type OpeningKind } from './dm-openings';
import type { ToolOutcome } from './prompt-reader';
import { ruleQuote } from './rule-quote';
import { find } from './tactics';
import { placeWords, say } from './voice';

const skillWords: Record<Skill, string> = {
  acrobatics: 'a nimble move',
  animalHandling: 'a calm voice and a steady hand',
  arcana: 'an eye for the arcane',
  athletics: 'raw strength',
  deception: 'a straight face',
  history: 'half-remembered lore',
  insight: 'a careful read of the moment',
  intimidation: 'a hard stare',
  investigation: 'a methodical search',
  medicine: 'practised hands',
  nature: 'a feel for the wild',
  perception: 'sharp senses',
  performance: 'a flair for the dramatic',
  persuasion: 'an honest appeal',
  religion: 'the old words of faith',
  sleightOfHand: 'deft fingers',
  stealth: 'careful, silent steps',
  survival: 'a tracker’s instincts',
};

// A check's result states its numbers, so these need not be as many as the flavour pools.
const succeeds = [
  '{name} succeeds {tally}: the effort pays off.',
  'It works {tally}; the way ahead grows a little clearer.',
  '{name} manages it {tally}.',
  'Success {tally}: {name} has it.',
  'It goes well for {name} {tally}.',
  '{name} pulls it off {tally}.',
];
const fails = ['{name} falls short {tally}.', 'It is not enough {tally}.', 'It slips away from {name} {tally}.', 'No luck for {name} {tally}.', '{name} cannot manage it {tally}.', 'Not this time {tally}.'];

function frame(templates: readonly string[], cursor: number, name: string, tally: string): string {
  return templates[cursor % templates.length]!.replace('{name}', name).replace('{tally}', tally);
}

/** Words that open a turn before the dice decide it, for the kind of deed it is; a check's words carry its skill's flavour. */
export function opening(kind: OpeningKind, name: string, skill: Skill | null, cursor: number): string {
  return `${say(openings[kind], cursor, { name, how: skill ? skillWords[skill] : 'steady nerves' })} `;
}

export function closing(cursor: number, place: string): string {
  return say(closings, cursor, placeWords(place));
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
export function tell(table: TableFacts, outcome: ToolOutcome, cursor: number): string {
  if (!outcome.ok) return `That cannot be done: ${outcome.error.replace(/\.$/, '')}. `;
  const v = outcome.value;
  switch (outcome.toolName) {
    case 'start_combat':
      return `${say(fightBegins, cursor)} Initiative: ${(v.order as string[]).join(', ')}. `;
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
      return `${frame(v.success ? succeeds : fails, cursor, name, tally)} ${then}`;
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
      return `${nameOf(table, v.characterId)} drops flat to the ground, ${say(manners, cursor)}. `;
    case 'stand_up':
      return `${nameOf(table, v.characterId)} gets back up, ${say(manners, cursor)}. `;
    case 'cast_spell':
      // The engine's own account names the spell, the slot and what befell each creature.
      return typeof v.outcome === 'string' ? `${v.outcome}. ` : `${nameOf(table, v.casterId)} casts ${v.spell}. `;
    case 'dodge':
      return `${nameOf(table, v.characterId)} falls into a defensive crouch, ready to dodge, ${say(manners, cursor)}. `;
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
      return `By the rules (${where}): ${ruleQuote(first.text, typeof v.query === 'string' ? v.query : '')} `;
    }
    default:
      return '';
  }
}

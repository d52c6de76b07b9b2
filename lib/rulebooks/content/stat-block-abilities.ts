// Runs inside the parsing worker: see pdf-text.ts on its imports and syntax.
import { abilityFacts } from './ability-facts.ts';
import type { ContentContext } from './context.ts';
import { multiattackSteps } from './multiattack.ts';
import type { ParsedAbility, ParsedMonster } from './schema.ts';

type Abilities = Pick<ParsedMonster, 'traits' | 'actions' | 'reactions' | 'legendaryActions'>;
type Part = keyof Abilities;

/** The lines that start each part of a stat block after its numbers; traits come first and have none. */
const partLine = /^(actions|bonus actions|reactions|legendary actions|lair actions)$/i;
const partOf: Record<string, Part | null> = {
  actions: 'actions',
  // The engine has no bonus actions of its own for creatures: they are played as actions.
  'bonus actions': 'actions',
  reactions: 'reactions',
  'legendary actions': 'legendaryActions',
  // A lair's actions are the place's, not the creature's.
  'lair actions': null,
};

const word = "[A-Z0-9][\\w'/-]*";
const minor = '(?:of|the|and|or|in|on|to|a|an|with|from|by|for|at|vs\\.?)';
const name = `${word}(?: (?:${word}|${minor}))*?(?: \\([^()]{1,60}\\))*`;
/**
 * A trait or action's name opens a sentence ("Amphibious. The aboleth..."),
 * or follows a spell list, whose lines end without a full stop ("...power
 * word kill Turn Resistance. The lich...").
 */
const nameAt = new RegExp(`(?:(?<=^)|(?<=[.!?]["')]? )|(?<=(?:slots?\\)|[Aa]t will\\)?|each|/[Dd]ay): [^.]*? ))(${name})\\. (?=["'(\\p{Lu}\\d])`, 'gu');
/** What a name says besides the name: uses, recharge, cost, and the forms of a shapechanger that may use it. */
const nameNote = /\s*\((?:\d+\/Day(?: each)?|Recharge[^)]*|Recharges? [^)]*|Costs \d Actions|[^)]*\bForm Only)\)/gi;

/** A part's text cut at each name: a name and what follows it, up to the next name. */
function split(text: string): Array<{ name: string; text: string }> {
  const flat = text.replace(/\s+/g, ' ').trim();
  const starts = [...flat.matchAll(nameAt)].filter((m) => !/^(?:Hit|Miss|DC|At Will)$/i.test(m[1]!));
  return starts.map((match, i) => ({
    name: match[1]!,
    text: flat.slice(match.index + match[0].length, starts[i + 1]?.index ?? flat.length).trim(),
  }));
}

function ability(entry: { name: string; text: string }, context: ContentContext): ParsedAbility {
  const plainName = entry.name.replace(nameNote, '').trim();
  return { name: plainName, ...abilityFacts(entry.name, entry.text, context), text: entry.text.slice(0, 2000) };
}

/**
 * A stat block's traits, actions, reactions and legendary actions, read
 * from its lines after the Challenge line. A legendary part's opening words
 * (how many it may take) are no action of its own.
 */
export function blockAbilities(lines: readonly string[], context: ContentContext): Abilities {
  const result: Abilities = { traits: [], actions: [], reactions: [], legendaryActions: [] };
  const joined = lines.join('\n');
  const end = /\bChallenge\s+\d+(?:\/\d+)?\s*\([\d,]+\s*XP\)(?:\s*Proficiency Bonus\s*[+-]\d+)?/.exec(joined);
  let part: Part | null = 'traits';
  let text = '';
  const flush = () => {
    if (part) result[part].push(...split(text).map((e) => ability(e, context)));
    text = '';
  };
  for (const line of joined.slice(end ? end.index + end[0].length : 0).split('\n')) {
    const heading = partLine.exec(line.trim());
    if (!heading) {
      text += `${line}\n`;
      continue;
    }
    flush();
    part = partOf[heading[1]!.toLowerCase()] ?? null;
  }
  flush();
  for (const action of result.actions) {
    const steps = action.name === 'Multiattack' ? multiattackSteps(action.text, result.actions) : null;
    if (steps) action.multiattack = steps;
  }
  return result;
}

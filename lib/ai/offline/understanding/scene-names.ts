import { distance } from 'fastest-levenshtein';
import type { TableCombatant, TableFacts } from '@/lib/ai/prompts/format';
import type { Word } from './words';

/** Something in the scene a player may name, with every name it goes by. */
export type Named = {
  kind: 'exit' | 'object' | 'person' | 'creature' | 'ally';
  id: string;
  /** Its name as the author wrote it, for saying back to the player. */
  label: string;
  names: string[];
  /** Where an exit leads. */
  to?: string;
};

const article = /^(the|a|an)\s+/i;

function names(...all: Array<string | undefined>): string[] {
  return [...new Set(all.filter((n): n is string => !!n).flatMap((n) => [n.toLowerCase(), n.toLowerCase().replace(article, '')]))];
}

const living = (c: TableCombatant) => !c.dead;

/**
 * Everything in the table's scene a player might name: exits (by their
 * names and where they lead), objects, people, foes and companions.
 */
export function sceneNames(table: TableFacts, actorId: string, titleOf: (locationId: string) => string | undefined): Named[] {
  const { scene } = table;
  return [
    ...(scene.exits ?? []).map((e) => ({ kind: 'exit' as const, id: e.id, label: e.name, to: e.to, names: names(e.name, ...e.aliases, titleOf(e.to)) })),
    ...(scene.objects ?? []).map((o) => ({ kind: 'object' as const, id: o.id, label: o.name, names: names(o.name, ...o.aliases) })),
    ...(scene.people ?? []).map((p) => ({ kind: 'person' as const, id: p.id, label: p.name, names: names(p.name, ...p.aliases, ...p.name.split(' ').filter((w) => w.length > 3)) })),
    ...table.creatures.filter(living).map((c) => ({ kind: c.side === 'hostile' ? ('creature' as const) : ('person' as const), id: c.id, label: c.name, names: names(c.name, c.id.replace(/-\d+$/, '').replaceAll('-', ' ')) })),
    ...table.party.filter((c) => c.id !== actorId).map((c) => ({ kind: 'ally' as const, id: c.id, label: c.name, names: names(c.name, ...c.name.split(' ')) })),
  ];
}

// "Way" names no way in particular: "the way we came in" is not the way down.
const skipped = new Set(['the', 'a', 'an', 'of', 'to', 'at', 'in', 'on', 'and', 'my', 'our', 'your', 'his', 'her', 'their', 'its', 'with', 'from', 'for', 'into', 'onto', 'way']);

/** The words of a name worth matching: "the crypt door at the foot of the stair" is crypt, door, foot, stair. */
function nameWords(name: string): string[] {
  return name.split(/[^a-z0-9’']+/).filter((w) => w.length >= 2 && !skipped.has(w));
}

/** Two words are the same word, or one a small slip of the other ("stiars", "marow", "bel"), and start alike. */
function alike(said: string, named: string): boolean {
  if (said === named) return true;
  if (Math.min(said.length, named.length) < 3 || said[0] !== named[0]) return false;
  const longest = Math.max(said.length, named.length);
  return distance(said, named) <= (longest >= 7 ? 2 : longest >= 4 ? 1 : 0);
}

/**
 * How well the action names one name: the share of the name's words it
 * says (as typed or in dictionary form), so "great bell" beats "bell" and a
 * whole name beats part of one. Zero when it says none of them.
 */
function nameScore(words: readonly Word[], name: string): number {
  const wanted = nameWords(name);
  if (wanted.length === 0) return 0;
  const said = words.filter((w) => !skipped.has(w.text));
  const hits = wanted.filter((n) => said.some((w) => alike(w.text, n) || alike(w.lemma, n))).length;
  return hits === 0 ? 0 : hits + hits / wanted.length;
}

/** The thing of one of the wanted kinds that the action names best, with how well, or null when it names none. */
export function findNamed(words: readonly Word[], all: readonly Named[], kinds: ReadonlyArray<Named['kind']>): { named: Named; score: number } | null {
  let best: { named: Named; score: number } | null = null;
  for (const named of all) {
    if (!kinds.includes(named.kind)) continue;
    const score = Math.max(...named.names.map((name) => nameScore(words, name)));
    if (score > 0 && (!best || score > best.score)) best = { named, score };
  }
  return best;
}

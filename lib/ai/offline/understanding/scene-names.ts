import Fuse from 'fuse.js';
import type { TableCombatant, TableFacts } from '@/lib/ai/prompts/format';
import type { Word } from './words';

/** Something in the scene a player may name, with every name it goes by. */
export type Named = {
  kind: 'exit' | 'object' | 'person' | 'creature' | 'ally';
  id: string;
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
    ...(scene.exits ?? []).map((e) => ({ kind: 'exit' as const, id: e.id, to: e.to, names: names(e.name, ...e.aliases, titleOf(e.to)) })),
    ...(scene.objects ?? []).map((o) => ({ kind: 'object' as const, id: o.id, names: names(o.name, ...o.aliases) })),
    ...(scene.people ?? []).map((p) => ({ kind: 'person' as const, id: p.id, names: names(p.name, ...p.aliases, ...p.name.split(' ').filter((w) => w.length > 3)) })),
    ...table.creatures.filter(living).map((c) => ({ kind: c.side === 'hostile' ? ('creature' as const) : ('person' as const), id: c.id, names: names(c.name, c.id.replace(/-\d+$/, '').replaceAll('-', ' ')) })),
    ...table.party.filter((c) => c.id !== actorId).map((c) => ({ kind: 'ally' as const, id: c.id, names: names(c.name, ...c.name.split(' ')) })),
  ];
}

const skipped = new Set(['i', 'we', 'me', 'my', 'our', 'us', 'the', 'a', 'an', 'to', 'at', 'of', 'and', 'then', 'it', 'this', 'that', 'way', 'there', 'here', 'some', 'carefully', 'quickly']);

/** Runs of one to three of the action's words that could name something, longest first. */
function phrases(words: readonly Word[]): string[] {
  const useful = words.filter((w) => w.pos !== 'PUNCT' && !skipped.has(w.text)).map((w) => w.text);
  const out: string[] = [];
  for (let n = 3; n >= 1; n--) for (let i = 0; i + n <= useful.length; i++) out.push(useful.slice(i, i + n).join(' '));
  return out;
}

/** How closely a phrase must match a name: small slips ("stiars", "marow") pass, other words do not. */
const THRESHOLD = 0.3;

/**
 * The thing of one of the wanted kinds that the action names most closely,
 * matching runs of its words against every name, forgiving small typos. A
 * longer match wins over a shorter one, so "great bell" beats "bell".
 */
export function findNamed(words: readonly Word[], all: readonly Named[], kinds: ReadonlyArray<Named['kind']>): Named | null {
  const candidates = all.filter((n) => kinds.includes(n.kind));
  if (candidates.length === 0) return null;
  const records = candidates.flatMap((named) => named.names.map((name) => ({ name, named })));
  const fuse = new Fuse(records, { keys: ['name'], includeScore: true, threshold: THRESHOLD, ignoreLocation: true, minMatchCharLength: 3 });
  let best: { named: Named; score: number } | null = null;
  for (const phrase of phrases(words)) {
    if (phrase.length < 3) continue;
    const hit = fuse.search(phrase, { limit: 1 })[0];
    if (!hit) continue;
    // A whole word of the name matched outright counts for more than a near miss of a longer phrase.
    const score = (hit.score ?? 1) - phrase.split(' ').length * 0.01;
    if (!best || score < best.score) best = { named: hit.item.named, score };
  }
  return best?.named ?? null;
}

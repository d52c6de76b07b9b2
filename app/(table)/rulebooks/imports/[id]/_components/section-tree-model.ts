import type { SectionChoice } from '@/lib/rulebooks/imports/rulebook-imports';

/** A book's sections by parent, so a chapter's whole subtree is found without scanning the list again. */
export type SectionTree = {
  children: Map<string | null, SectionChoice[]>;
  byId: Map<string, SectionChoice>;
  /** Words in a section with all it holds: a chapter's own text is often only its title. */
  words: Map<string, number>;
};

/** Books with more sections than this open with their chapters folded, so the first screen is a table of contents. */
export const FOLD_ABOVE = 60;

export function sectionTree(sections: SectionChoice[]): SectionTree {
  const children = new Map<string | null, SectionChoice[]>();
  const byId = new Map<string, SectionChoice>();
  for (const s of sections) {
    byId.set(s.id, s);
    children.set(s.parentId, [...(children.get(s.parentId) ?? []), s]);
  }
  const words = new Map<string, number>();
  const count = (s: SectionChoice): number => {
    const total = (s.words ?? 0) + (children.get(s.id) ?? []).reduce((n, c) => n + count(c), 0);
    words.set(s.id, total);
    return total;
  };
  for (const top of children.get(null) ?? []) count(top);
  return { children, byId, words };
}

export function descendants(tree: SectionTree, id: string): string[] {
  return (tree.children.get(id) ?? []).flatMap((c) => [c.id, ...descendants(tree, c.id)]);
}

/** A section with all of its subsections: what one click on a chapter chooses. */
export function subtree(tree: SectionTree, id: string): string[] {
  return [id, ...descendants(tree, id)];
}

/** Whether a section is chosen whole, in part (some of what it holds), or not at all. */
export function choiceOf(tree: SectionTree, chosen: ReadonlySet<string>, id: string): 'all' | 'some' | 'none' {
  const ids = subtree(tree, id);
  const count = ids.filter((each) => chosen.has(each)).length;
  return count === 0 ? 'none' : count === ids.length ? 'all' : 'some';
}

/**
 * The sections a search shows: those whose title holds every word typed,
 * and the chapters above them, so each match is seen where it sits in the
 * book. Null when nothing is typed: the whole tree shows.
 */
export function matching(tree: SectionTree, query: string): { shown: Set<string>; matches: number } | null {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const shown = new Set<string>();
  let matches = 0;
  for (const section of tree.byId.values()) {
    const title = section.title.toLowerCase();
    if (!words.every((w) => title.includes(w))) continue;
    matches++;
    for (let at: SectionChoice | undefined = section; at && !shown.has(at.id); at = at.parentId ? tree.byId.get(at.parentId) : undefined) {
      shown.add(at.id);
    }
  }
  return { shown, matches };
}

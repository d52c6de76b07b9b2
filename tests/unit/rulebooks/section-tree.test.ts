import { describe, expect, it } from 'vitest';
import { choiceOf, matching, sectionTree, subtree } from '@/app/(table)/rulebooks/imports/[id]/_components/section-tree-model';
import type { SectionChoice } from '@/lib/rulebooks/imports/rulebook-imports';

function section(id: string, title: string, parentId: string | null): SectionChoice {
  return { id, title, parentId, depth: parentId ? 2 : 1, kind: parentId ? 'section' : 'chapter', pageStart: 1, pageEnd: 1, words: 10 };
}

const book = sectionTree([
  section('combat', 'Combat', null),
  section('actions', 'Actions in Combat', 'combat'),
  section('grappling', 'Grappling', 'actions'),
  section('shoving', 'Shoving a Creature', 'actions'),
  section('cover', 'Cover', 'combat'),
  section('magic', 'Spellcasting', null),
  section('slots', 'Spell Slots', 'magic'),
]);

describe('the section tree', () => {
  it('chooses a chapter with everything under it, at any depth', () => {
    expect(subtree(book, 'combat').sort()).toEqual(['actions', 'combat', 'cover', 'grappling', 'shoving']);
    expect(subtree(book, 'slots')).toEqual(['slots']);
  });

  it('counts a chapter’s words with everything it holds', () => {
    expect(book.words.get('combat')).toBe(50);
    expect(book.words.get('actions')).toBe(30);
    expect(book.words.get('slots')).toBe(10);
  });

  it('tells a chapter chosen whole from one chosen in part', () => {
    const chosen = new Set(subtree(book, 'combat'));
    expect(choiceOf(book, chosen, 'combat')).toBe('all');
    chosen.delete('grappling');
    expect(choiceOf(book, chosen, 'combat')).toBe('some');
    expect(choiceOf(book, chosen, 'actions')).toBe('some');
    expect(choiceOf(book, chosen, 'cover')).toBe('all');
    expect(choiceOf(book, chosen, 'magic')).toBe('none');
  });

  it('finds sections by every word typed, in any case, and shows the chapters above them', () => {
    const found = matching(book, 'GRAPP');
    expect(found?.matches).toBe(1);
    expect([...found!.shown].sort()).toEqual(['actions', 'combat', 'grappling']);
    const two = matching(book, 'creature shov');
    expect(two?.matches).toBe(1);
    expect(two?.shown.has('shoving')).toBe(true);
    expect(matching(book, 'spell')?.matches).toBe(2);
  });

  it('shows the whole book when nothing is typed, and nothing for a word no title holds', () => {
    expect(matching(book, '   ')).toBeNull();
    expect(matching(book, 'teleport')).toEqual({ shown: new Set(), matches: 0 });
  });
});

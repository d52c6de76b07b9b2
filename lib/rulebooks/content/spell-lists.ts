// Runs inside the parsing worker: see pdf-text.ts on its imports and syntax.
import type { RulebookSection } from '../types.ts';
import { plainText, slugOf } from './text.ts';

/** "Wizard Spells", the title a class's spell list goes under. */
const listTitle = /^(\p{L}+) Spells$/u;
/** A list's text is its levels' lines: "Cantrips (0 Level)", "1st Level". */
const listLevels = /(?:^|\n)(?:Cantrips \(0 Level\)|\d(?:st|nd|rd|th) Level)\n/;

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The classes each spell is listed for, where a book states them in class
 * spell lists rather than in its entries ("Bard Spells", then the names run
 * together by level). Names are looked for longest first, each taken out as
 * it is found, so "Mass Cure Wounds" is no "Cure Wounds" as well.
 */
export function classesFromLists(sections: readonly RulebookSection[], spells: ReadonlyArray<{ id: string; name: string }>): Map<string, string[]> {
  const byLength = [...spells].sort((a, b) => b.name.length - a.name.length);
  const classes = new Map<string, string[]>();
  for (const section of sections) {
    const title = listTitle.exec(section.title);
    if (!title || !listLevels.test(section.text)) continue;
    const classId = slugOf(title[1]!);
    let rest = plainText(section.text);
    for (const spell of byLength) {
      const found = new RegExp(`(?<![\\p{L}'])${escaped(plainText(spell.name))}(?![\\p{L}'])`, 'u').exec(rest);
      if (!found) continue;
      rest = rest.slice(0, found.index) + ' '.repeat(found[0].length) + rest.slice(found.index + found[0].length);
      classes.set(spell.id, [...(classes.get(spell.id) ?? []), classId]);
    }
  }
  return classes;
}

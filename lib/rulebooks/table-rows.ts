// Runs inside the parse worker: see pdf-text.ts on its imports and syntax.

/**
 * A row's name: its first cell, words that start with a letter ("Greataxe",
 * "Crossbow, light", "Ale (mug)"), no digit. Rows named by a number
 * ("1st⇥2⇥—") or a range ("01–05") are looked up by their table's title.
 */
const rowName = /^\p{L}[\p{L}'\u2019 ,()/-]{0,38}$/u;
/** A cell that holds a figure: a cost, a die, a weight, a bonus; not a head's "1st", "2nd" (spell slots by level). */
const figure = (cell: string) => /\d/.test(cell) && !/^\d+(?:st|nd|rd|th)$/.test(cell);

/**
 * The names of the rows of the tables in a passage: lines of three or more
 * cells (the reader puts a tab where a wide gap parts two cells), whose first
 * cell is a name and some other cell a figure, as "Greataxe⇥30 gp⇥1d12
 * slashing⇥7 lb." is. A head ("Name⇥Cost⇥Damage") has no figure, a sentence
 * set with wide gaps no name cell, and one line alone is not a table. A
 * table names its rows only once, in one line among many, and a question
 * about the greataxe's damage is a question about that row: the passage is
 * searched by these names as by its title.
 */
export function tableRowNames(text: string): string[] {
  const names = new Set<string>();
  for (const line of text.split('\n')) {
    const cells = line.split('\t').map((cell) => cell.trim());
    if (cells.length < 3) continue;
    const [first, ...rest] = cells;
    if (rowName.test(first!) && rest.some(figure)) names.add(first!);
  }
  // One such line alone is a list entry's title ("Bless⇥Level 1⇥Ongoing"), already its passage's heading.
  return names.size >= 2 ? [...names] : [];
}

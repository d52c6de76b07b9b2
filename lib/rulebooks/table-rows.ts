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

/** Lower case, words parted by single spaces (as the look-up's SQL compares them: see rule-search-names.ts). */
const spelt = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * A table's text with the rows the question spells out word for word first,
 * after the table's head when the text opens with one: a table cited for
 * "how much damage does a greataxe do" shows the greataxe's row, not the
 * first rows of the weapons table. Any other text is as it was.
 */
export function namedRowsFirst(text: string, question: string): string {
  const asked = ` ${spelt(question)} `;
  const named = new Set(tableRowNames(text).filter((name) => spelt(name) !== '' && asked.includes(` ${spelt(name)} `)));
  if (named.size === 0) return text;
  const lines = text.split('\n');
  const isNamed = (line: string) => named.has(line.split('\t')[0]!.trim());
  const head = lines[0]!.includes('\t') && !isNamed(lines[0]!) && !/\d/.test(lines[0]!) ? [lines[0]!] : [];
  const rest = lines.slice(head.length);
  return [...head, ...rest.filter(isNamed), ...rest.filter((line) => !isNamed(line))].join('\n');
}

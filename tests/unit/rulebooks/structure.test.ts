import { beforeAll, describe, expect, it } from 'vitest';
import { extractPdf } from '@/lib/rulebooks/extract';
import { listEntries } from '@/lib/rulebooks/list-entries';
import { analyseStructure } from '@/lib/rulebooks/structure';
import type { ExtractedPdf, OutlineEntry, PdfLine, RulebookSection, RulebookStructure } from '@/lib/rulebooks/types';
import { footerText, knownPassages, rulebookHeadings, rulebookPdf, rulebookTitle } from '@/scripts/fixtures/rulebook-pdf';

function section(structure: RulebookStructure, title: string): RulebookSection {
  const found = structure.sections.find((s) => s.title === title);
  if (!found) throw new Error(`no section "${title}" in ${structure.sections.map((s) => s.title).join(', ')}`);
  return found;
}

/** Lines laid out like body text: 11 pt, 14 pt apart, from the top margin. */
function page(number: number, lines: Array<string | Partial<PdfLine> & { text: string }>): ExtractedPdf['pages'][number] {
  let y = 72;
  const placed = lines.map((entry) => {
    const line: PdfLine = { fontSize: 11, bold: false, x: 72, y, ...(typeof entry === 'string' ? { text: entry } : entry) };
    y = line.y + 14;
    return line;
  });
  return { number, lines: placed, text: placed.map((l) => l.text).join('\n') };
}

function book(pages: ExtractedPdf['pages'], outline: OutlineEntry[] | null = null): ExtractedPdf {
  return { title: 'Test', pageCount: pages.length, pages, outline };
}

/** A book without bookmarks: a plain cover, then these lines. */
function laidOut(lines: Parameters<typeof page>[1]): ExtractedPdf {
  return book([page(1, ['A plain cover.']), page(2, lines)]);
}

describe('analyseStructure of the fixture rulebook', () => {
  let fromOutline: RulebookStructure;
  let fromLayout: RulebookStructure;

  beforeAll(async () => {
    fromOutline = analyseStructure(await extractPdf(new Uint8Array(await rulebookPdf({ outline: true }))));
    fromLayout = analyseStructure(await extractPdf(new Uint8Array(await rulebookPdf({ outline: false }))));
  });

  it('uses the bookmarks when the PDF has them, the type when not', () => {
    expect(fromOutline.source).toBe('outline');
    expect(fromLayout.source).toBe('layout');
    expect(fromOutline).toMatchObject({ title: rulebookTitle, pageCount: 5 });
  });

  it.each(['outline', 'layout'] as const)('finds every chapter and section on its page (%s)', (source) => {
    const structure = source === 'outline' ? fromOutline : fromLayout;
    const found = structure.sections.filter((s) => s.depth <= 2 && s.title !== 'Introduction');
    expect(found.map((s) => ({ title: s.title, depth: s.depth, page: s.pageStart }))).toEqual(rulebookHeadings);
  });

  it.each(['outline', 'layout'] as const)('ends each part where the next of its level begins (%s)', (source) => {
    const structure = source === 'outline' ? fromOutline : fromLayout;
    const ends = Object.fromEntries(structure.sections.filter((s) => s.depth <= 2).map((s) => [s.title, s.pageEnd]));
    expect(ends).toEqual({
      Introduction: 1,
      Combat: 4,
      'Making an Attack': 3,
      Conditions: 3,
      'Table: Weapons': 4,
      Magic: 5,
      'Casting a Spell': 5,
      'Spell Slots': 5,
    });
  });

  it.each(['outline', 'layout'] as const)('nests sections under their chapter (%s)', (source) => {
    const structure = source === 'outline' ? fromOutline : fromLayout;
    const combat = section(structure, 'Combat');
    expect(combat).toMatchObject({ kind: 'chapter', depth: 1, parentId: null });
    expect(section(structure, 'Making an Attack').parentId).toBe(combat.id);
    expect(section(structure, 'Table: Weapons').parentId).toBe(combat.id);
    expect(section(structure, 'Spell Slots').parentId).toBe(section(structure, 'Magic').id);
  });

  it('reads bold body-size lines as subsections when there is no outline', () => {
    const conditions = section(fromLayout, 'Conditions');
    const terms = fromLayout.sections.filter((s) => s.parentId === conditions.id);
    expect(terms.map((s) => [s.title, s.depth, s.pageStart])).toEqual([
      ['Prone', 3, 3],
      ['Grappled', 3, 3],
      ['Poisoned', 3, 3],
    ]);
    expect(section(fromLayout, 'Poisoned').text).toBe('A poisoned creature has disadvantage on attack rolls and ability checks.');
  });

  it.each(['outline', 'layout'] as const)('recognises the weapons table (%s)', (source) => {
    const structure = source === 'outline' ? fromOutline : fromLayout;
    expect(structure.sections.filter((s) => s.kind === 'table').map((s) => s.title)).toEqual(['Table: Weapons']);
    expect(section(structure, 'Table: Weapons').text).toContain('Longsword\t15 gp\t1d8 slashing\t3 lb.\nGreataxe');
  });

  it('puts the title page into an introduction', () => {
    const intro = fromOutline.sections[0]!;
    expect(intro).toMatchObject({ title: 'Introduction', depth: 1, pageStart: 1, pageEnd: 1 });
    expect(intro.text).toContain('Nothing in it is meant for play.');
    expect(intro.text).not.toContain('Combat is a cycle');
  });

  it('gives each section only its own text, paragraphs apart, without headings or footers', () => {
    const attack = section(fromOutline, 'Making an Attack');
    expect(attack.text.startsWith('Whether you strike')).toBe(true);
    expect(attack.text).not.toContain('Conditions alter');
    expect(attack.text.split('\n\n')).toHaveLength(5);
    expect(section(fromOutline, 'Combat').text).not.toContain('Making an Attack');
    for (const s of fromOutline.sections) expect(s.text).not.toContain(footerText);
    expect(section(fromOutline, 'Conditions').text).toContain('\n\nProne\nA prone creature can only crawl');
  });

  it('joins a sentence across a page break and records where the new page starts', () => {
    const spanning = knownPassages.find((p) => p.page !== p.pageEnd)!;
    const attack = section(fromOutline, spanning.section);
    expect(attack.text).toContain(spanning.text);
    expect(attack.pageOffsets[0]).toEqual({ page: 2, offset: 0 });
    const page3 = attack.pageOffsets[1]!;
    expect(page3.page).toBe(3);
    expect(attack.text.slice(page3.offset)).toMatch(/^subtracts the damage/);
    expect(attack.text.slice(page3.offset - 4, page3.offset)).toBe(' it ');
  });

  it('gives stable, unique ids', async () => {
    const again = analyseStructure(await extractPdf(new Uint8Array(await rulebookPdf({ outline: true }))));
    expect(again.sections.map((s) => s.id)).toEqual(fromOutline.sections.map((s) => s.id));
    const ids = fromLayout.sections.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(section(fromOutline, 'Making an Attack').id).toMatch(/^s-\d+-making-an-attack$/);
  });
});

/** A heading set as a bookmarked entry's is. */
const entryHeading = (text: string) => ({ text, bold: true, fontSize: 12 });

/** A bookmarked chapter of entries: its title, a line of text, then each entry's heading and the lines `body` gives it, with the bookmarks. */
function bookmarkedChapter(title: string, names: string[], body: (name: string, i: number) => Parameters<typeof page>[1]) {
  const lines: Parameters<typeof page>[1] = [
    { text: title, bold: true, fontSize: 20 },
    `${title} are listed in alphabetical order.`,
    ...names.flatMap((name, i) => [entryHeading(name), ...body(name, i)]),
  ];
  const outline: OutlineEntry[] = [{ title, page: 1, depth: 0 }, ...names.map((name) => ({ title: name, page: 1, depth: 1 }))];
  return { lines, outline };
}

describe('analyseStructure with bookmarks', () => {
  it('finds a bookmark whose title comes earlier on the page than the previous bookmark’s', () => {
    // The table is bookmarked before "Equipment" but printed after it, as in the SRD.
    const pdf = book(
      [
        page(1, [
          { text: 'Equipment', bold: true, fontSize: 14 },
          'You start with a pack.',
          { text: 'Table: Gear', bold: true, fontSize: 12 },
          'Rope\t1 gp\t10 lb.',
          'Torch\t1 cp\t1 lb.',
          'Oil\t1 sp\t1 lb.',
        ]),
      ],
      [
        { title: 'Table: Gear', page: 1, depth: 0 },
        { title: 'Equipment', page: 1, depth: 0 },
      ],
    );
    const structure = analyseStructure(pdf);
    expect(section(structure, 'Equipment').text).toBe('You start with a pack.');
    expect(section(structure, 'Table: Gear')).toMatchObject({ kind: 'table', text: 'Rope\t1 gp\t10 lb.\nTorch\t1 cp\t1 lb.\nOil\t1 sp\t1 lb.' });
  });

  it('takes a line set and standing as the bookmarked headings are for a heading the bookmarks left out', () => {
    const names = ['Aid', 'Alarm', 'Bane', 'Bless', 'Blur', 'Command', 'Darkness', 'Fear', 'Fly', 'Haste', 'Light'];
    const spells = bookmarkedChapter('Spells', names, (name, i) => [
      `The ${name.toLowerCase()} spell works as described.`,
      ...(i < 4 ? [entryHeading('Actions'), 'Each entry repeats this part, which is no section.'] : []),
      ...(name === 'Alarm' ? [entryHeading('Antipathy/Sympathy'), 'This spell attracts or repels creatures of your choice.'] : []),
    ]);
    const lines = [...spells.lines, entryHeading('Critical Hits'), { text: 'Combat', bold: true, fontSize: 20 }, 'Roll initiative.'];
    const pdf = book([page(1, lines)], [...spells.outline, { title: 'Combat', page: 1, depth: 0 }]);
    const structure = analyseStructure(pdf);
    const titles = structure.sections.map((s) => s.title);
    expect(titles).toContain('Antipathy/Sympathy');
    expect(section(structure, 'Antipathy/Sympathy')).toMatchObject({ depth: 2, text: 'This spell attracts or repels creatures of your choice.' });
    expect(section(structure, 'Alarm').text).not.toContain('attracts');
    // A part of every entry, and a title with no text before the next heading, are no sections.
    expect(titles).not.toContain('Actions');
    expect(titles).not.toContain('Critical Hits');
    expect(section(structure, 'Aid').text).toContain('Actions');
  });

  it('puts a creature’s statistics printed inside another entry beneath that entry, though set in the same type', () => {
    const names = ['Bag of Holding', 'Cloak of Elvenkind', 'Deck of Illusions', 'Eyes of the Eagle', 'Figurine of Wondrous Power', 'Flame Tongue', 'Gem of Seeing', 'Horn of Blasting', 'Ioun Stone', 'Javelin of Lightning', 'Lantern of Revealing'];
    const items = bookmarkedChapter('Magic Items', names, (name) => [
      'Wondrous item, rare',
      `The ${name.toLowerCase()} works as described.`,
      ...(name.startsWith('Figurine')
        ? [
            'Ebony Fly (Rare). It can become a giant fly for up to 12 hours.',
            entryHeading('Giant Fly'),
            'Large beast, unaligned',
            'Armor Class 11',
            'Languages —',
            { text: 'Golden Lions (Rare). These statuettes come in pairs.', x: 81 },
          ]
        : []),
    ]);
    const pdf = book([page(1, items.lines)], items.outline);
    const structure = analyseStructure(pdf);
    const figurine = section(structure, 'Figurine of Wondrous Power');
    expect(section(structure, 'Giant Fly')).toMatchObject({ depth: 3, parentId: figurine.id, text: 'Large beast, unaligned Armor Class 11 Languages —' });
    // The figurines after the statistics are the item's again, an indented paragraph as its others are.
    const resumed = structure.sections.filter((s) => s.title === 'Figurine of Wondrous Power');
    expect(resumed).toHaveLength(2);
    expect(resumed[1]).toMatchObject({ depth: 2, parentId: figurine.parentId, text: expect.stringMatching(/^Golden Lions \(Rare\)/) });
    expect(section(structure, 'Flame Tongue')).toMatchObject({ depth: 2, parentId: section(structure, 'Magic Items').id });
  });

  it('prefers the line set like a heading over a table cell with the same words', () => {
    const pdf = book(
      [
        page(1, [
          { text: 'Barbarian', bold: true, fontSize: 20 },
          'Level\tFeatures',
          '1st\tRage',
          { text: 'Rage', bold: true, fontSize: 14 },
          'In battle, you fight with primal ferocity.',
        ]),
      ],
      [
        { title: 'Barbarian', page: 1, depth: 0 },
        { title: 'Rage', page: 1, depth: 1 },
      ],
    );
    const structure = analyseStructure(pdf);
    expect(section(structure, 'Barbarian').text).toBe('Level\tFeatures\n1st\tRage');
    expect(section(structure, 'Rage').text).toBe('In battle, you fight with primal ferocity.');
  });

  it('finds a misspelt bookmark by the line it nearly spells and takes its spelling, and a sidebar by its own title', () => {
    // The SRD bookmarks "Lighning Bolt" and "Sidebar: Hiding"; the page prints "Lightning Bolt" and "Hiding".
    const pdf = book(
      [
        page(1, [
          { text: 'Light', bold: true, fontSize: 14 },
          'A bright glow on page one.',
          'The glow ends with the spell.',
          { text: 'Lightning Bolt', bold: true, fontSize: 14 },
          'A stroke of lightning blasts out from you.',
          { text: 'Hiding', bold: true, fontSize: 12 },
          'The DM decides when circumstances are appropriate for hiding.',
        ]),
      ],
      [
        { title: 'Light', page: 1, depth: 0 },
        { title: 'Lighning Bolt', page: 1, depth: 0 },
        { title: 'Sidebar: Hiding', page: 1, depth: 1 },
      ],
    );
    const structure = analyseStructure(pdf);
    expect(section(structure, 'Light').text).toBe('A bright glow on page one. The glow ends with the spell.');
    expect(section(structure, 'Lightning Bolt').text).toBe('A stroke of lightning blasts out from you.');
    expect(section(structure, 'Sidebar: Hiding').text).toBe('The DM decides when circumstances are appropriate for hiding.');
  });

  it('starts a section at the top of its page when its title is not on the page', () => {
    const pdf = book(
      [page(1, ['First page text.']), page(2, ['Second page text.']), page(3, ['Third page text.'])],
      [
        { title: 'Opening', page: 1, depth: 0 },
        { title: 'Worded differently in the bookmark', page: 2, depth: 0 },
      ],
    );
    const structure = analyseStructure(pdf);
    expect(structure.sections.map((s) => [s.title, s.pageStart, s.pageEnd, s.text])).toEqual([
      ['Opening', 1, 1, 'First page text.'],
      ['Worded differently in the bookmark', 2, 3, 'Second page text.\n\nThird page text.'],
    ]);
  });

  it('leaves a heading found on the page its text when a bookmark after it is not on the page and none follows there', () => {
    // The SRD bookmarks "Table: Flaws", printed "d6 Flaw", after "Suggested Characteristics" on the same page.
    const pdf = book(
      [
        page(1, [{ text: 'Suggested Characteristics', bold: true, fontSize: 12 }, 'Acolytes are shaped by their temples.', 'd6\tFlaw', '1\tI judge others harshly.']),
        page(2, [{ text: 'Charlatan', bold: true, fontSize: 12 }, 'You have always had a way with people.']),
      ],
      [
        { title: 'Suggested Characteristics', page: 1, depth: 0 },
        { title: 'Table: Flaws', page: 1, depth: 1 },
        { title: 'Charlatan', page: 2, depth: 0 },
      ],
    );
    const structure = analyseStructure(pdf);
    expect(section(structure, 'Suggested Characteristics').text).toMatch(/^Acolytes are shaped by their temples\.[\s\S]*I judge others harshly\.$/);
    expect(section(structure, 'Table: Flaws').text).toBe('');
    expect(section(structure, 'Charlatan').text).toBe('You have always had a way with people.');
  });

  it('leaves the entry before a bookmark not on its page its text, when a heading is found after it there', () => {
    // The SRD bookmarks "U" (printed "Monsters (U)") after "Troll", and "G" on the page a spell ends on.
    const pdf = book(
      [
        page(1, [{ text: 'Freezing Sphere', bold: true, fontSize: 12 }, 'A frigid globe of cold energy streaks from your fingertips.']),
        page(2, [
          'At Higher Levels. The damage increases by 1d6 for each slot level above 6th.',
          { text: 'Gaseous Form', bold: true, fontSize: 12 },
          'You transform a willing creature into a misty cloud.',
          { text: 'Troll', bold: true, fontSize: 12 },
          'Regeneration. The troll regains 10 hit points at the start of its turn.',
          { text: 'Monsters (U)', bold: true, fontSize: 18 },
          { text: 'Unicorn', bold: true, fontSize: 12 },
          'Large celestial, lawful good.',
        ]),
      ],
      [
        { title: 'Freezing Sphere', page: 1, depth: 0 },
        { title: 'G', page: 2, depth: 0 },
        { title: 'Gaseous Form', page: 2, depth: 1 },
        { title: 'Troll', page: 2, depth: 1 },
        { title: 'U', page: 2, depth: 0 },
        { title: 'Unicorn', page: 2, depth: 1 },
      ],
    );
    const structure = analyseStructure(pdf);
    expect(section(structure, 'Freezing Sphere').text).toContain('At Higher Levels. The damage increases');
    expect(section(structure, 'G').text).toBe('');
    expect(section(structure, 'Troll').text).toContain('Regeneration. The troll regains 10 hit points');
    expect(section(structure, 'U').text).toBe('');
    expect(section(structure, 'Unicorn').text).toBe('Large celestial, lawful good.');
  });

  it.each([
    ['after its stop', 'Conditions', [['Prone', 'Prone. A prone creature can only crawl.'], ['Stunned', 'Stunned. A stunned creature is incapacitated.']]],
    ['before its abbreviation', 'Alignment', [['Lawful Good', 'Lawful good (LG) creatures do the right thing.'], ['Neutral Good', 'Neutral good (NG) folk do the best they can.']]],
  ] as const)('finds a run-in heading (%s) and keeps it with its text', (_, chapter, terms) => {
    const pdf = book(
      [page(1, [{ text: chapter, bold: true, fontSize: 14 }, ...terms.map(([, text]) => text)])],
      [{ title: chapter, page: 1, depth: 0 }, ...terms.map(([title]) => ({ title, page: 1, depth: 1 }))],
    );
    const structure = analyseStructure(pdf);
    for (const [title, text] of terms) expect(section(structure, title).text).toBe(text);
  });
});

describe('analyseStructure from the layout', () => {
  it('takes a size used once on the cover for the title, not a chapter', () => {
    const pdf = book([
      page(1, [{ text: 'Grand Book of Rules', fontSize: 30 }, 'By Somebody']),
      page(2, [{ text: 'Chapter One', fontSize: 20, bold: true }, 'Body text of chapter one.', { text: 'A Section', fontSize: 14, bold: true }, 'Body text.']),
      page(3, [{ text: 'Chapter Two', fontSize: 20, bold: true }, 'Body text of chapter two.']),
    ]);
    const structure = analyseStructure(pdf);
    expect(structure.sections.map((s) => [s.title, s.depth])).toEqual([
      ['Introduction', 1],
      ['Chapter One', 1],
      ['A Section', 2],
      ['Chapter Two', 1],
    ]);
    expect(structure.sections[0]!.text).toBe('Grand Book of Rules\nBy Somebody');
  });

  it('does not take bold sentences or lower-case bold phrases for headings', () => {
    const pdf = laidOut([
      { text: 'Combat', fontSize: 20, bold: true },
      { text: 'Always roll initiative first.', bold: true },
      'Body text follows here.',
      { text: 'an important note', bold: true },
      'More body text.',
    ]);
    expect(analyseStructure(pdf).sections.map((s) => s.title)).toEqual(['Introduction', 'Combat']);
  });

  it('takes a bold line in sentence case for a heading when it stands whole above text that starts a sentence', () => {
    const pdf = laidOut([
      { text: 'GM Moves', fontSize: 20, bold: true },
      'Whenever everyone looks to you, choose one of these.',
      { text: 'Deal damage', bold: true },
      'Choose one source of damage that threatens a character.',
      { text: 'Show a downside to their class, race, or', bold: true },
      { text: 'equipment', bold: true },
      'Every class has its weaknesses.',
      { text: 'When you stand in the presence of the', bold: true },
      'Light From Beyond, roll+Wis.',
      { text: 'When you have leverage on a GM Character', bold: true },
      'and manipulate them, roll+Cha.',
      { text: 'Escort for a day along a road', bold: true },
      '54 coins',
      { text: 'An evening of song and dance 18 coins', bold: true },
      { text: 'Escort for a day along a road full of bandits 20', bold: true },
      'Nothing else is for sale.',
    ]);
    const structure = analyseStructure(pdf);
    expect(structure.sections.map((s) => s.title)).toEqual(['Introduction', 'GM Moves', 'Deal damage', 'Show a downside to their class, race, or equipment']);
    expect(section(structure, 'Show a downside to their class, race, or equipment').text).toMatch(
      /^Every class has its weaknesses\.[\s\S]*When you stand in the presence of the[\s\S]*54 coins[\s\S]*An evening of song and dance/,
    );
  });

  it('takes a bold tag wrapped from the entry line above for that entry’s, not for a heading', () => {
    const pdf = laidOut([
      { text: 'Wizard Spells', fontSize: 20, bold: true },
      { text: 'Charm Person\tLevel 1 Enchantment', bold: true },
      { text: 'Ongoing', bold: true, x: 270 },
      'The person you touch counts you as a friend until they take damage.',
      { text: 'Invisibility\tLevel 1 Illusion', bold: true },
      { text: 'Ongoing', bold: true, x: 270 },
      'Touch an ally: nobody can see them.',
      { text: 'Ongoing Spells', bold: true },
      'A spell with this tag lasts until it ends.',
    ]);
    const structure = analyseStructure(pdf);
    expect(structure.sections.map((s) => s.title)).toEqual(['Introduction', 'Wizard Spells', 'Ongoing Spells']);
    expect(section(structure, 'Wizard Spells').text).toBe(
      'Charm Person\tLevel 1 Enchantment\n\nOngoing\nThe person you touch counts you as a friend until they take damage.\n\n' +
        'Invisibility\tLevel 1 Illusion\n\nOngoing\nTouch an ally: nobody can see them.',
    );
  });

  it('reads a title line whose long name closes the gap before its tags as an entry, not a heading', () => {
    const pdf = laidOut([
      { text: 'Cleric Spells', fontSize: 20, bold: true },
      { text: 'Hold Person\tLevel 3', bold: true },
      'Choose a person you can see: they cannot act until you cast a spell.',
      { text: 'Cure Moderate Wounds Level 3', bold: true },
      'You staunch bleeding and set bones through magic. Heal an ally you touch of 2d8 damage.',
      { text: 'Resurrection\tLevel 3', bold: true },
      'Tell the GM you would like to resurrect a corpse whose soul has not yet departed.',
      'Fireball\tFire',
      'Scorching Ray\tFire',
      'Faerie Fire',
    ]);
    const structure = analyseStructure(pdf);
    expect(structure.sections.map((s) => s.title)).toEqual(['Introduction', 'Cleric Spells']);
    const text = section(structure, 'Cleric Spells').text;
    expect(listEntries(text).map((e) => e.title)).toEqual(['Hold Person', 'Cure Moderate Wounds', 'Resurrection']);
    // One word after a name may be the name's own: "Faerie Fire" is not "Faerie" tagged "Fire".
    expect(text).toContain('Faerie Fire');
  });

  it('reads an entry name set in a heading’s type, its tags on its baseline, as an entry, not a heading', () => {
    const monster = (title: string, y: number) => [
      { text: title, bold: true, y },
      'Blade (d8 damage) 6 HP 1 Armor',
      'They strike from the dark and vanish before the alarm is raised.',
    ];
    const lines = (sideX: number, prose: string) => [
      { text: 'Lower Depths', fontSize: 20, bold: true },
      ...monster('Chuul\tGroup, Large,', 100),
      ...monster('Deep Elf Assassin\tGroup, Intelligent,', 160),
      { text: 'Deep Elf Swordmas-', fontSize: 16, bold: true, y: 220 },
      { text: 'ter', fontSize: 16, bold: true, y: 236 },
      { text: 'Group, Intelligent,', bold: true, x: sideX, y: 220 },
      { text: prose, bold: true, x: sideX, y: 234 },
      { text: 'Barbed blade (d8+2 damage)\t6 HP 2 Armor', y: 260 },
      'They lost the sweetness of their cousins ages ago, but not their grace.',
      ...monster('Deep Elf Priest\tSolitary, Divine,', 310),
    ];
    const structure = analyseStructure(laidOut(lines(250, 'Organized')));
    expect(structure.sections.map((s) => s.title)).toEqual(['Introduction', 'Lower Depths']);
    const entries = listEntries(section(structure, 'Lower Depths').text);
    expect(entries.map((e) => e.title)).toEqual(['Chuul', 'Deep Elf Assassin', 'Deep Elf Swordmaster', 'Deep Elf Priest']);
    // The same line beside a column of prose is that column's text: the heading stays a heading.
    const besideProse = analyseStructure(laidOut(lines(330, 'and this column of prose runs on in long lines of text')));
    expect(besideProse.sections.map((s) => s.title)).toEqual(['Introduction', 'Lower Depths', 'Deep Elf Swordmaster']);
  });

  it('reads a hostile page of thousands of names and tags on one baseline without weighing every pair', () => {
    // Each heading once looked at every line beside it, and every line of the page for each: minutes for this page.
    const beside = (text: string, fontSize: number, bold: boolean, x: number) => ({ text, fontSize, bold, x, y: 300 });
    const pdf = laidOut([
      'Goblin\tGroup, Small',
      'Orc\tGroup, Large',
      ...Array.from({ length: 3000 }, (_, i) => beside('A', 14, true, 10 + i * 0.01)),
      ...Array.from({ length: 3000 }, (_, i) => beside('Group,', 11, false, 400 + i * 0.05)),
      ...Array.from({ length: 3000 }, (_, i) => ({ text: 'x'.repeat(60), x: 400 + i * 0.05, y: 400 + i })),
    ]);
    expect(analyseStructure(pdf).sections.length).toBeGreaterThan(0);
  });

  it('takes a bold label and its value in the body’s type for a field, not a heading', () => {
    const pdf = laidOut([
      { text: 'Cavern Dwellers', fontSize: 20, bold: true },
      'Ankheg\tGroup, Large',
      { text: 'Special Qualities: Burrowing', bold: true },
      'A hide like plate armor and great crushing mandibles.',
      { text: 'Table: Weapons', fontSize: 16, bold: true },
      'Club\t1 sp',
    ]);
    expect(analyseStructure(pdf).sections.map((s) => s.title)).toEqual(['Introduction', 'Cavern Dwellers', 'Table: Weapons']);
  });

  it('joins a heading set on two lines', () => {
    const pdf = laidOut([
      { text: 'The Very Long Chapter', fontSize: 20, bold: true },
      { text: 'About Everything', fontSize: 20, bold: true },
      'Text.',
    ]);
    expect(analyseStructure(pdf).sections.map((s) => s.title)).toEqual(['Introduction', 'The Very Long Chapter About Everything']);
    const broken = laidOut([
      { text: 'Deep Elf Swordmas-', fontSize: 20, bold: true },
      { text: 'ter', fontSize: 20, bold: true },
      'The deep elves guard the halls below with blades of black glass.',
    ]);
    expect(analyseStructure(broken).sections.map((s) => s.title)).toEqual(['Introduction', 'Deep Elf Swordmaster']);
    const compounds = laidOut([
      { text: 'Half-', fontSize: 20, bold: true },
      { text: 'Elf Traits', fontSize: 20, bold: true },
      'A half-elf has the darkvision of the elves.',
      { text: 'Fighting Two-', fontSize: 20, bold: true },
      { text: 'handed', fontSize: 20, bold: true },
      'A two-handed weapon needs both hands.',
    ]);
    expect(analyseStructure(compounds).sections.map((s) => s.title)).toEqual(['Introduction', 'Half-Elf Traits', 'Fighting Two-handed']);
  });

  it('marks a section of numeric rows as a table even without "Table" in its title', () => {
    const pdf = book([
      page(1, [
        { text: 'Armor', fontSize: 20, bold: true },
        'Padded\t5 gp\t11\t8 lb.',
        'Leather\t10 gp\t11\t10 lb.',
        'Hide\t10 gp\t12\t12 lb.',
        { text: 'Wearing Armor', fontSize: 20, bold: true },
        'Anyone can put on armor, but only the proficient wear it well.',
      ]),
    ]);
    const structure = analyseStructure(pdf);
    expect(section(structure, 'Armor').kind).toBe('table');
    expect(section(structure, 'Wearing Armor').kind).toBe('chapter');
  });
});

describe('section text', () => {
  it('removes the hyphen of a word broken by the typesetter, keeps one the book uses', () => {
    const pdf = laidOut([
      { text: 'Rules', fontSize: 20, bold: true },
      'Adventurers face dan-',
      'gers with a two-',
      'handed sword. A two-handed weapon needs both hands, a 5-',
      'foot reach.',
    ]);
    expect(section(analyseStructure(pdf), 'Rules').text).toBe(
      'Adventurers face dangers with a two-handed sword. A two-handed weapon needs both hands, a 5-foot reach.',
    );
  });

  it('starts paragraphs at wider gaps and indents, list items on their own lines', () => {
    const pdf = laidOut([
      { text: 'Rules', fontSize: 20, bold: true },
      'First paragraph ends.',
      { text: 'Second paragraph, indented.', x: 84 },
      'Continues here.',
      { text: 'Third after a gap.', y: 200 },
      { text: '• one item', y: 214 },
      { text: '• another item', y: 228 },
    ]);
    expect(section(analyseStructure(pdf), 'Rules').text).toBe(
      'First paragraph ends.\n\nSecond paragraph, indented. Continues here.\n\nThird after a gap.\n• one item\n• another item',
    );
  });
});

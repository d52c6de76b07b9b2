import { beforeAll, describe, expect, it } from 'vitest';
import { chunkSections, pageAt, selectSections } from '@/lib/rulebooks/chunk';
import { extractPdf } from '@/lib/rulebooks/extract';
import { analyseStructure } from '@/lib/rulebooks/structure';
import type { RuleChunk, RulebookSection, RulebookStructure } from '@/lib/rulebooks/types';
import { knownPassages, rulebookPdf } from '@/scripts/fixtures/rulebook-pdf';

function sectionOf(partial: Partial<RulebookSection> & Pick<RulebookSection, 'id' | 'text'>): RulebookSection {
  return {
    title: partial.id,
    kind: 'section',
    depth: 1,
    parentId: null,
    pageStart: 1,
    pageEnd: 1,
    pageOffsets: [{ page: 1, offset: 0 }],
    ...partial,
  };
}

function structureOf(sections: RulebookSection[]): RulebookStructure {
  return { title: 'Test', pageCount: 10, source: 'layout', sections };
}

/** Sentences of a known length, numbered so each can be found again. */
function sentence(n: number): string {
  return `Rule ${String(n).padStart(3, '0')} says that a creature may do one thing ${'and more '.repeat(5)}on its turn.`;
}

function paragraphs(count: number, sentencesEach: number): string {
  let n = 0;
  return Array.from({ length: count }, () => Array.from({ length: sentencesEach }, () => sentence(n++)).join(' ')).join('\n\n');
}

function containing(chunks: RuleChunk[], text: string): RuleChunk {
  const found = chunks.find((c) => c.text.includes(text));
  if (!found) throw new Error(`no chunk holds "${text}"`);
  return found;
}

describe('chunkSections on the fixture rulebook', () => {
  let structure: RulebookStructure;
  let chunks: RuleChunk[];
  const idOf = (title: string) => structure.sections.find((s) => s.title === title)!.id;

  beforeAll(async () => {
    structure = analyseStructure(await extractPdf(new Uint8Array(await rulebookPdf({ outline: true }))));
    chunks = chunkSections(structure, null);
  });

  it.each(knownPassages.map((p) => [p.text.slice(0, 40), p] as const))('puts "%s…" in a chunk of its section on its pages', (_, passage) => {
    const chunk = containing(chunks, passage.text);
    expect(chunk.heading.endsWith(passage.section)).toBe(true);
    expect(chunk.pageStart).toBeLessThanOrEqual(passage.page);
    expect(chunk.pageEnd).toBeGreaterThanOrEqual(passage.pageEnd);
  });

  it('gives a chunk that crosses a page break both pages, and one that does not only its own', () => {
    const spanning = knownPassages.find((p) => p.page !== p.pageEnd)!;
    expect(containing(chunks, spanning.text)).toMatchObject({ pageStart: 2, pageEnd: 3, heading: 'Combat › Making an Attack' });
    const attack = chunks.filter((c) => c.heading === 'Combat › Making an Attack');
    expect(attack.map((c) => [c.pageStart, c.pageEnd])).toEqual([
      [2, 2],
      [2, 3],
    ]);
    expect(containing(chunks, 'A poisoned creature')).toMatchObject({ pageStart: 3, pageEnd: 3 });
  });

  it('names each chunk by its path of headings and numbers them in order', () => {
    expect(containing(chunks, 'Longsword').heading).toBe('Combat › Table: Weapons');
    expect(containing(chunks, 'Spellcasters prepare').heading).toBe('Magic');
    expect(chunks.map((c) => c.ordinal)).toEqual(chunks.map((_, i) => i));
  });

  it('includes the sections under a chosen chapter', () => {
    const titles = (ids: Set<string>) => selectSections(structure, ids).map((s) => s.title);
    expect(titles(new Set([idOf('Combat')]))).toEqual(['Combat', 'Making an Attack', 'Conditions', 'Table: Weapons']);
    const picked = chunkSections(structure, new Set([idOf('Magic')]));
    expect(new Set(picked.map((c) => c.heading))).toEqual(new Set(['Magic', 'Magic › Casting a Spell', 'Magic › Spell Slots']));
    expect(picked.map((c) => c.ordinal)).toEqual(picked.map((_, i) => i));
  });

  it('takes a chosen section alone, and nothing when nothing is chosen', () => {
    const picked = chunkSections(structure, new Set([idOf('Conditions')]));
    expect(picked.map((c) => c.heading)).toEqual(['Combat › Conditions']);
    expect(chunkSections(structure, new Set())).toEqual([]);
  });
});

describe('chunk sizes and boundaries', () => {
  const text = paragraphs(6, 4);
  const long = sectionOf({ id: 'long', text });
  const chunks = chunkSections(structureOf([long, sectionOf({ id: 'short', text: 'A short rule.' })]), null);
  const ofLong = chunks.filter((c) => c.sectionId === 'long');

  it('keeps chunks between 600 and 1,000 characters, the last of a section may be shorter', () => {
    expect(ofLong.length).toBeGreaterThan(2);
    for (const chunk of ofLong) expect(chunk.text.length).toBeLessThanOrEqual(1000);
    for (const chunk of ofLong.slice(0, -1)) expect(chunk.text.length).toBeGreaterThanOrEqual(600);
  });

  it('cuts only between sentences and never across sections', () => {
    for (const chunk of ofLong) {
      expect(text).toContain(chunk.text);
      expect(chunk.text).toMatch(/^Rule \d{3}/);
      expect(chunk.text).toMatch(/on its turn\.$/);
    }
    expect(chunks.filter((c) => c.sectionId === 'short').map((c) => c.text)).toEqual(['A short rule.']);
  });

  it('loses no sentence', () => {
    for (let n = 0; n < 24; n++) expect(ofLong.some((c) => c.text.includes(sentence(n)))).toBe(true);
  });

  it('prefers the end of a paragraph to the middle of one', () => {
    // Paragraphs of four sentences are about 420 characters; two make a chunk.
    for (const chunk of ofLong) expect(chunk.text.split('\n\n').every((p) => p.split('. Rule').length === 4)).toBe(true);
  });

  it('repeats one sentence when a paragraph has to be cut', () => {
    const oneParagraph = sectionOf({ id: 'run', text: Array.from({ length: 12 }, (_, n) => sentence(n)).join(' ') });
    const cut = chunkSections(structureOf([oneParagraph]), null);
    expect(cut.length).toBeGreaterThan(1);
    const sentencesOf = (chunk: RuleChunk) => chunk.text.split(/(?<=\.) (?=Rule)/);
    for (let i = 1; i < cut.length; i++) {
      const [first, second] = sentencesOf(cut[i]!);
      expect(first).toBe(sentencesOf(cut[i - 1]!).pop());
      expect(cut[i - 1]!.text).not.toContain(second);
    }
  });

  it('cuts a run-on passage without sentence ends at spaces', () => {
    const words = Array.from({ length: 400 }, (_, n) => `word${n}`).join(' ');
    const cut = chunkSections(structureOf([sectionOf({ id: 'list', text: words })]), null);
    expect(cut.length).toBeGreaterThan(2);
    for (const chunk of cut) {
      expect(chunk.text.length).toBeLessThanOrEqual(1000);
      expect(chunk.text).toMatch(/^word\d+( word\d+)*$/);
    }
    expect(cut.map((c) => c.text).join(' ')).toBe(words);
  });
});

describe('pages of chunks', () => {
  it('reads each offset’s page from the section’s page offsets', () => {
    const section = sectionOf({
      id: 'p',
      text: 'x'.repeat(50),
      pageStart: 7,
      pageEnd: 9,
      pageOffsets: [
        { page: 7, offset: 0 },
        { page: 8, offset: 20 },
        { page: 9, offset: 40 },
      ],
    });
    expect([0, 19, 20, 39, 40, 49].map((o) => pageAt(section, o))).toEqual([7, 7, 8, 8, 9, 9]);
  });

  it.each([
    ['inside the second chunk', 10, [4, 5]],
    ['where the second chunk starts', 0, [5, 5]],
  ] as const)('gives each chunk the pages of its first and last character (page break %s)', (_, into, second) => {
    const text = paragraphs(4, 4);
    const start = text.indexOf(sentence(8));
    const section = sectionOf({
      id: 'p',
      text,
      pageStart: 4,
      pageEnd: 5,
      pageOffsets: [
        { page: 4, offset: 0 },
        { page: 5, offset: start + into },
      ],
    });
    const chunks = chunkSections(structureOf([section]), null);
    expect(chunks[1]!.text.startsWith(sentence(8))).toBe(true);
    expect(chunks.map((c) => [c.pageStart, c.pageEnd])).toEqual([[4, 4], second]);
  });
});

describe('a book’s contents and index', () => {
  it('are not made into passages: they only name pages', () => {
    const sections = ['Contents', 'Table of Contents', 'Combat', 'Index', 'Indexing Spells'].map((title) =>
      sectionOf({ id: title.toLowerCase().replace(/ /g, '-'), title, text: `${title}: grapple, 95; shove, 96; cover, 96.` }),
    );
    expect(chunkSections(structureOf(sections), null).map((c) => c.heading)).toEqual(['Combat', 'Indexing Spells']);
  });
});

describe('chunkSections on the lists of a whole book', () => {
  const body = 'It lurks in the deep places and waits for prey to wander near.';
  const structure = structureOf([
    sectionOf({ id: 'Caverns', text: ['Ankheg\tHorde, Large', body, 'Goblin\tHorde, Small', body].join('\n\n') }),
    sectionOf({ id: 'Experiments', text: ['Iron Golem\tGroup, Construct', body, 'Flesh Golem\tHorde\nClaws (d6+2 damage)\t3 HP', body].join('\n\n') }),
  ]);

  it('takes a title line run on into its text when its first tag opens titles standing alone elsewhere in the book', () => {
    const headings = chunkSections(structure, new Set(['Experiments'])).map((c) => c.heading);
    expect(headings).toEqual(['Experiments › Iron Golem', 'Experiments › Flesh Golem']);
  });
});

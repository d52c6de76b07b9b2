import type { ParsedMonster, ParsedSpell } from './content/schema';

/**
 * One line of a page's text layer, with what tells a heading from body text.
 * `x` and `y` are the start of its baseline in points from the page's
 * top-left corner; an indented line after a finished sentence starts a
 * paragraph. Table cells are separated by tabs.
 */
export type PdfLine = { text: string; fontSize: number; bold: boolean; x: number; y: number };

export type PdfPage = { number: number; text: string; lines: PdfLine[] };

/** An entry of the PDF's own outline (bookmarks), flattened in reading order. */
export type OutlineEntry = { title: string; page: number; depth: number };

/** What a rulebook without an outline offers for its headings to be chosen from: its heading-like lines, one a line ("p2 size 14.0 bold: Combat"). */
export type HeadingOffer = { title: string | null; pageCount: number; candidates: string[] };

/** Picks a rulebook's headings among the offered lines (a model does); null keeps the layout's reading. */
export type HeadingChooser = (offer: HeadingOffer, signal?: AbortSignal) => Promise<OutlineEntry[] | null>;

export type ExtractedPdf = {
  title: string | null;
  pageCount: number;
  pages: PdfPage[];
  /** Null when the PDF has no outline. */
  outline: OutlineEntry[] | null;
};

export type SectionKind = 'chapter' | 'section' | 'table';

/** A part of the rulebook a game master can choose to import. */
export type RulebookSection = {
  id: string;
  title: string;
  kind: SectionKind;
  /** 1 for chapters, deeper for their sections. */
  depth: number;
  parentId: string | null;
  pageStart: number;
  pageEnd: number;
  /** The section's own text (not its subsections'), pages joined in order. */
  text: string;
  /** Where each page of `text` starts, so chunks know their pages. */
  pageOffsets: Array<{ page: number; offset: number }>;
};

export type RulebookStructure = {
  title: string;
  pageCount: number;
  /** How the sections were found. */
  source: 'outline' | 'layout' | 'model';
  sections: RulebookSection[];
};

/** A passage of a section, the unit that is embedded and retrieved. */
export type RuleChunk = {
  ordinal: number;
  sectionId: string;
  /** The section's path, e.g. "Combat › Making an Attack". */
  heading: string;
  pageStart: number;
  pageEnd: number;
  text: string;
  /** The names of the rows of the tables in the text, searched as its title is (see table-rows.ts); none when absent. */
  rowNames?: string[];
};

/** The rules vocabulary recognised in the imported text: terms defined or used, as data the rules engine can show. */
export type RuleTerms = {
  conditions: Array<{ name: string; summary: string; page: number }>;
  actions: Array<{ name: string; summary: string; page: number }>;
  abilities: string[];
  skills: string[];
  damageTypes: string[];
};

/**
 * What an import recognised as data: its rules vocabulary, and the monsters
 * and spells read from its stat blocks and spell entries in the engine's own
 * shapes. Modules stored before monsters and spells were read have neither
 * (see withContent in lib/db/queries/rule-systems.ts).
 */
export type RuleModule = RuleTerms & { monsters: ParsedMonster[]; spells: ParsedSpell[] };

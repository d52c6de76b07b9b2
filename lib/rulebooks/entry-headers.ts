// Runs inside the PDF reading and parsing workers: see pdf-text.ts on its imports and syntax.

const sizes = 'Tiny|Small|Medium|Large|Huge|Gargantuan';

/** The line that opens a stat block: "Large aberration, lawful evil", "Medium swarm of Tiny beasts, unaligned". */
export const monsterHeader = new RegExp(`^(${sizes})(?: or (?:${sizes}))? ([a-z][a-z ]*?)(?: \\(([^)]*)\\))?, ([a-z][^.]*)$`, 'i');

/** The line that opens a spell entry: "3rd-level evocation (ritual)", "Conjuration cantrip", "Level 2 Abjuration (Cleric, Wizard)". */
export const spellHeader = /^(?:(\d)(?:st|nd|rd|th)[- ]level ([a-z]+)|([a-z]+) cantrip|level (\d) ([a-z]+))(?: \(([^)]*)\))?$/i;

/** SQL for a title without its numbering: "9 The Paladin" is "The Paladin", "12. Choose Bonds" "Choose Bonds". */
export const unnumberedSql = (text: string) => `regexp_replace(${text}, '^[0-9]+[.)]?\\s+', '')`;

/**
 * SQL for a passage's section title, from its heading "Chapter › Section › Title", without numbering.
 * The spell_classes migration's mark_spell_classes reads a title the same way, in its own SQL.
 */
export const sectionTitleSql = (heading: string) => unnumberedSql(`regexp_replace(${heading}, '^.*› ', '')`);

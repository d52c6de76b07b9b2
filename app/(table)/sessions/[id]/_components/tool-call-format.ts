/** Longest summary of one tool input or output; a stat block passed whole would otherwise fill the panel. */
const MAX_SUMMARY = 160;

function render(value: unknown, nameOf: (id: string) => string, depth: number): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'string') return nameOf(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (depth > 2) return '…';
  if (Array.isArray(value)) return `[${value.map((v) => render(v, nameOf, depth + 1)).join(', ')}]`;
  if (typeof value === 'object') {
    const parts = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}: ${render(v, nameOf, depth + 1)}`);
    return depth === 0 ? parts.join(', ') : `{ ${parts.join(', ')} }`;
  }
  return String(value);
}

/**
 * A tool's input or output as one short line ("characterId: Mira Thorne,
 * skill: perception, dc: 13"). Ids of people at the table read as their names.
 * An answer that says its outcome in a sentence of its own ("Kestrel drinks
 * Potion of Healing: +7 HP (2d4+2: 7)") reads as that sentence.
 */
export function summarise(value: unknown, nameOf: (id: string) => string): string {
  if (value && typeof value === 'object' && 'outcome' in value && typeof value.outcome === 'string') return value.outcome;
  const text = render(value, nameOf, 0);
  return text.length > MAX_SUMMARY ? `${text.slice(0, MAX_SUMMARY - 1)}…` : text;
}

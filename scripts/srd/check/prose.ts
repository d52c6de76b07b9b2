import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Raw } from './read';

const SPAN = 8;

function words(text: string): string[] {
  return text.toLowerCase().replace(/['’]/g, '').match(/[a-z0-9]+/g) ?? [];
}

function shingles(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + SPAN <= w.length; i++) out.add(w.slice(i, i + SPAN).join(' '));
  return out;
}

/** Every string value in a JSON document, at any depth. */
function stringsOf(value: Raw, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsOf(v, out);
  return out;
}

/** Every text under a `desc` or `higher_level` key, at any depth. */
function proseOf(value: Raw, out: string[] = [], inProse = false): string[] {
  if (typeof value === 'string') {
    if (inProse) out.push(value);
  } else if (Array.isArray(value)) {
    for (const v of value) proseOf(v, out, inProse);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) proseOf(v, out, inProse || k === 'desc' || k === 'higher_level');
  }
  return out;
}

/**
 * How many 8-word sequences of the reference's descriptive text appear
 * anywhere in the data folder's files. Any at all means prose was copied.
 * In the JSON files, text is each string value: a list of ids in a
 * record's arrays (skills to choose from) is structure, not prose, even
 * when a description lists the same names in the same order.
 */
export function proseCheck(referenceDir: string, dataDir: string) {
  const ours = new Set<string>();
  for (const file of readdirSync(dataDir)) {
    const text = readFileSync(path.join(dataDir, file), 'utf8');
    const texts = file.endsWith('.json') ? stringsOf(JSON.parse(text)) : [text];
    for (const t of texts) for (const s of shingles(t)) ours.add(s);
  }
  const reference = new Set<string>();
  for (const file of readdirSync(referenceDir).filter((f) => f.startsWith('5e-SRD-') && f.endsWith('.json'))) {
    for (const text of proseOf(JSON.parse(readFileSync(path.join(referenceDir, file), 'utf8')))) for (const s of shingles(text)) reference.add(s);
  }
  const found = [...reference].filter((s) => ours.has(s));
  return { referenceSequences: reference.size, sequencesFound: found.length, sample: found.slice(0, 5) };
}

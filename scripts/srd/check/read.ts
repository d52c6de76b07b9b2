import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A reference record read as plain JSON. The checker keeps its own loose
 * reading of the files on purpose, sharing no types or parsing with the
 * generator, so a mistake in one is not repeated in the other.
 */
export type Raw = any;

export function readRaw(dir: string, name: string): Raw[] {
  return JSON.parse(readFileSync(path.join(dir, `5e-SRD-${name}.json`), 'utf8')) as Raw[];
}

/** "2d6 + 5" and "2d6+5" are the same dice. */
export const squash = (text: unknown): string => String(text ?? '').replace(/\s+/g, '');

/** "120 ft." → 120. */
export const feetOf = (text: unknown): number | null => {
  const match = /(\d+)\s*ft/.exec(String(text ?? ''));
  return match ? Number(match[1]) : null;
};

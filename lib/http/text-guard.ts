import { AppError } from '@/lib/errors';

/**
 * Characters no text of ours may hold: NUL (Postgres cannot store it), the
 * other C0 controls but tab and line breaks, DEL and the C1 controls.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
/**
 * Invisible characters that only ever hide or reorder what a reader sees
 * (bidi overrides, embeddings and isolates, zero-width space, BOM): taken out.
 * Joiners and the plain direction marks stay; scripts and emoji need them.
 */
const INVISIBLE = /[\u202a-\u202e\u2066-\u2069\u200b\ufeff]/gu;

function problemWith(text: string): string | null {
  if (!text.isWellFormed()) return 'holds a broken character (a lone UTF-16 surrogate)';
  const control = CONTROL.exec(text);
  if (control) return `holds a control character (U+${control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
  return null;
}

/** One text from a request, checked: refused with a 400 naming the field, or given back without invisible tricks. */
export function cleanText(text: string, field: string): string {
  const problem = problemWith(text);
  if (problem) throw new AppError('bad_request', `${field || 'The request'} ${problem}`);
  return text.replace(INVISIBLE, '');
}

/**
 * Every string (and key) of a parsed request body or query, checked and
 * cleaned the same way, before any schema sees it: no field can slip past.
 */
export function cleanTexts(value: unknown, path: string[] = []): unknown {
  if (typeof value === 'string') return cleanText(value, path.join('.'));
  if (Array.isArray(value)) return value.map((item, i) => cleanTexts(item, [...path, String(i)]));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => {
        const name = cleanText(key, [...path, 'key'].join('.'));
        return [name, cleanTexts(item, [...path, name])];
      }),
    );
  }
  return value;
}

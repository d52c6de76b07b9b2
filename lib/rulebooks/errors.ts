/** Why an uploaded rulebook cannot be imported, each with what the person can do about it. */
const defaultMessages = {
  not_pdf: 'This file is not a PDF; upload the rulebook as a PDF file.',
  too_large: 'This PDF is too large to import; split it into smaller parts and upload them one by one.',
  encrypted: 'This PDF is password-protected; remove the password and upload it again.',
  corrupt: 'This PDF is damaged and cannot be read; download or export it again and upload the new copy.',
  empty: 'This PDF has no pages.',
  no_text: 'This PDF has no text layer (its pages look like scanned images); run it through text recognition (OCR) and upload the searchable copy.',
  too_slow: 'This PDF took too long to read; split it into smaller parts and upload them one by one.',
  too_complex: 'This PDF needs more memory to read than an import may use; print or export it to a new PDF, or split it, and upload that.',
} as const;

export type RulebookErrorCode = keyof typeof defaultMessages;

export const rulebookErrorCodes = Object.keys(defaultMessages) as RulebookErrorCode[];

function isCode(value: unknown): value is RulebookErrorCode {
  return typeof value === 'string' && Object.hasOwn(defaultMessages, value);
}

// Also runs inside the PDF reading worker, so no parameter properties: see pdf-text.ts.
export class RulebookError extends Error {
  readonly code: RulebookErrorCode;

  /**
   * Route bundles may each carry their own copy of this class while sharing
   * one runtime, so `instanceof` cannot be trusted across them; the name and
   * a known code can.
   */
  static is(error: unknown): error is RulebookError {
    if (typeof error !== 'object' || error === null) return false;
    const { name, code } = error as { name?: unknown; code?: unknown };
    return name === 'RulebookError' && isCode(code);
  }

  constructor(code: RulebookErrorCode, message: string = defaultMessages[code], options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RulebookError';
    this.code = code;
  }
}

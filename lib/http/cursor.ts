import { AppError } from '@/lib/errors';

/** Log sequence numbers are Postgres integers. */
const MAX_SEQ = 2_147_483_647;

/** A position in a session's log from a query or a Last-Event-ID header: a whole number the log can hold, else a 400. */
export function parseCursor(raw: string | null, name = 'after'): number {
  if (raw === null || raw === '') return 0;
  const seq = /^\d{1,10}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(seq) || seq > MAX_SEQ) {
    throw new AppError('bad_request', `"${name}" must be a log sequence number, a whole number from 0 to ${MAX_SEQ}`);
  }
  return seq;
}

import type { Envelope } from '@/lib/messages';

/** Bytes of JSON a traced message keeps whole; most messages are far smaller. */
const MESSAGE_BYTES = 4096;
/** Bytes one field of a larger message may keep; a bigger one is described instead. */
const FIELD_BYTES = 1024;

function withoutDiceKeys(key: string, value: unknown): unknown {
  return key === 'seed' && typeof value === 'string' ? undefined : value;
}

/**
 * Whether a value's JSON would be longer than `limit`, walking only as far
 * as it takes to know: a whole game state is never walked to the end.
 */
function longerThan(value: unknown, limit: number): boolean {
  let left = limit;
  const walk = (v: unknown): boolean => {
    if (typeof v === 'string') left -= v.length + 2;
    else if (typeof v !== 'object' || v === null) left -= 8;
    else
      for (const [key, field] of Object.entries(v)) {
        left -= key.length + 4;
        if (left < 0 || walk(field)) return true;
      }
    return left < 0;
  };
  return walk(value);
}

/**
 * Keeps a large payload's shape and small fields, and says what each big
 * field (a whole game state) was in its place, two levels down: what was
 * asked and what came back stay readable, the table's state is in its own
 * row already.
 */
function bounded(value: unknown, depth: number): unknown {
  if (typeof value !== 'object' || value === null || !longerThan(value, FIELD_BYTES)) return value;
  if (Array.isArray(value)) return `[left out of the trace: ${value.length} items]`;
  if (depth === 0) return `[left out of the trace: ${Object.keys(value).length} fields]`;
  return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, bounded(field, depth - 1)]));
}

/**
 * A message as the trace keeps it: without the tables' dice keys, which
 * travel to the agents inside game states but must never reach anyone who
 * reads traces (a game master reads their own turns'). Keys are the only
 * string-valued `seed`s; per-roll seeds are numbers and stay.
 *
 * A large payload keeps only its small fields: writing every game state
 * into every trace cost more than the turn's own commit, and held the
 * embedded database while the table waited.
 */
export function traceable(message: Envelope): Envelope {
  const kept = longerThan(message.payload, MESSAGE_BYTES)
    ? Object.fromEntries(Object.entries(message.payload).map(([key, field]) => [key, bounded(field, 2)]))
    : message.payload;
  return { ...message, payload: JSON.parse(JSON.stringify(kept, withoutDiceKeys)) } as Envelope;
}

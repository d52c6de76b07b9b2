import type { Envelope } from '@/lib/messages';

/**
 * A message as the trace keeps it: without the tables' dice keys, which
 * travel to the agents inside game states but must never reach anyone who
 * reads traces (a game master reads their own turns'). Keys are the only
 * string-valued `seed`s; per-roll seeds are numbers and stay.
 */
export function traceable(message: Envelope): Envelope {
  const payload = JSON.parse(JSON.stringify(message.payload, (key, value: unknown) => (key === 'seed' && typeof value === 'string' ? undefined : value)));
  return { ...message, payload };
}

let lastMs = -1;
let lastIso = '';

/**
 * The current time as an ISO 8601 string. Formatting a date costs more than
 * the rest of building a message, and many messages share a millisecond, so
 * the string is reused within one.
 */
export function isoNow(): string {
  const ms = Date.now();
  if (ms !== lastMs) {
    lastMs = ms;
    lastIso = new Date(ms).toISOString();
  }
  return lastIso;
}

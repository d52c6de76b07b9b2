/** What the server and browsers must agree on when a table is followed over Supabase Realtime. */

/** The private channel a session's live events are broadcast on; its policy lets only the table's members join. */
export function sessionTopic(sessionId: string): string {
  return `session:${sessionId}`;
}

/** How often a browser following a table over Realtime tells the server it is still there. */
export const PRESENCE_HEARTBEAT_MS = 15_000;

/** How often a quiet feed says it is alive: proxies keep the connection open, and the page's watchdog (watched-event-source.ts) hears it. */
export const HEARTBEAT_MS = 15_000;

/**
 * The heartbeat as a named event, where a comment would do for proxies: a
 * page's EventSource never sees comments, and its watchdog must tell a quiet
 * feed from a connection that stalled (a laptop waking up, a proxy that
 * dropped it without a word). `onmessage` ignores it.
 */
export const PING_FRAME = 'event: ping\ndata: {}\n\n';

/** How long a feed may say nothing before the page takes it for stalled: three pings missed. */
export const SILENT_FEED_MS = HEARTBEAT_MS * 3;

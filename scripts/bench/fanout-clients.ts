// The browsers of `npm run bench -- fanout`, in a process of their own so that reading the events
// does not run on the driver's event loop. Latencies are measured on process.hrtime.bigint(), the
// monotonic clock the server stamps each event with, which every process on the machine shares.
import http from 'node:http';

export type ClientCommand = { type: 'connect'; port: number; path: string; sessions: string[]; events: number } | { type: 'finish' };

/**
 * Each client's latencies by event number, in ms from publish to parse (NaN until it arrives). Kept in
 * arrays allocated up front: a map growing by an entry per event made every young-generation collection
 * of this process copy it, and those pauses landed on the latencies measured.
 */
const clients: { request: http.ClientRequest; received: Float64Array }[] = [];

/** Reads an SSE stream as a browser's EventSource would, then JSON-parses each event as the page does. */
function connect(port: number, path: string, events: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const received = new Float64Array(events).fill(NaN);
    const request = http.get({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const data = buffer
            .slice(0, end)
            .split('\n')
            .find((line) => line.startsWith('data: '));
          buffer = buffer.slice(end + 2);
          if (!data) continue;
          const event = JSON.parse(data.slice(6)) as { kind: string; delta?: string };
          const now = process.hrtime.bigint();
          const [mark, stamp] = event.kind === 'narration' ? (event.delta ?? '').split('@') : [];
          // Warm-up events carry a negative mark and are not timed.
          if (mark && stamp && Number(mark) >= 0) received[Number(mark)] = Number(now - BigInt(stamp)) / 1e6;
        }
      });
      clients.push({ request, received });
      resolve();
    });
    request.on('error', reject);
  });
}

/** Opens the connections a few dozen at a time, as many as the server's accept queue comfortably takes. */
async function connectAll(port: number, path: string, sessions: string[], events: number) {
  for (let i = 0; i < sessions.length; i += 50) {
    await Promise.all(sessions.slice(i, i + 50).map((s) => connect(port, `${path}?session=${s}`, events)));
  }
}

process.on('message', async (command: ClientCommand) => {
  if (command.type === 'connect') {
    await connectAll(command.port, command.path, command.sessions, command.events);
    process.send!({ connected: clients.length });
    return;
  }
  const latencies = clients.flatMap((c) => [...c.received].filter((ms) => !Number.isNaN(ms)));
  for (const c of clients.splice(0)) c.request.destroy();
  process.send!({ latencies });
});

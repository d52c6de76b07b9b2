import type { Redis } from 'ioredis';
import { StopSignal } from './stop-signal';
import type { Delivery } from './transport';

/** A stream entry as XREADGROUP returns it: [id, [field, value, field, value, ...]]. */
type Entry = [string, string[] | null];

export type RedisConsumerOptions = {
  key: string;
  group: string;
  consumer: string;
  prefetch: number;
  blockMs: number;
  /** A message unsettled for this long by a consumer is taken over by another. */
  reclaimIdleMs: number;
};

function field(fields: string[], name: string): string | null {
  for (let i = 0; i + 1 < fields.length; i += 2) if (fields[i] === name) return fields[i + 1]!;
  return null;
}

function body(fields: string[] | null): unknown {
  const raw = fields ? field(fields, 'body') : null;
  if (raw === null) return null;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/**
 * One agent's consumer-group reader on its stream. It reads at most `prefetch`
 * unsettled entries, keeps its in-flight entries' leases fresh so nobody
 * steals them, takes over entries other consumers left idle (they died), and
 * after a dropped connection first re-reads its own pending entries.
 */
export class RedisStreamConsumer {
  private running = true;
  private readonly stopSignal = new StopSignal();
  /** Re-read our own pending entries next: a reply lost with a dropped connection left them there. */
  private recoverOwn = true;
  private readonly inFlight = new Set<string>();
  private wake: (() => void) | null = null;
  private readonly timers: ReturnType<typeof setInterval>[] = [];
  private loop: Promise<void> | undefined;
  /** Entries settled in this tick, acked and deleted together in one command each. */
  private settling: { ids: string[]; done: Promise<void> } | null = null;

  constructor(
    private readonly reader: Redis,
    private readonly commands: Redis,
    private readonly options: RedisConsumerOptions,
    private readonly onDelivery: (delivery: Delivery) => void,
  ) {}

  async start(): Promise<void> {
    const { key, group } = this.options;
    try {
      // From the start of the stream: work queued before the first worker ran is still work.
      await this.commands.call('XGROUP', 'CREATE', key, group, '0', 'MKSTREAM');
    } catch (error) {
      if (!String((error as Error).message).includes('BUSYGROUP')) throw error;
    }
    this.reader.on('ready', () => (this.recoverOwn = true));
    this.loop = this.run();
    this.timers.push(setInterval(() => void this.renewLeases(), Math.max(50, this.options.reclaimIdleMs / 3)));
    this.timers.push(setInterval(() => void this.reclaim(), Math.max(50, this.options.reclaimIdleMs / 2)));
  }

  async stop(): Promise<void> {
    this.running = false;
    for (const timer of this.timers) clearInterval(timer);
    this.wake?.();
    this.stopSignal.stop();
    this.reader.disconnect();
    await this.loop;
  }

  private capacity(): number {
    return this.options.prefetch - this.inFlight.size;
  }

  private async run(): Promise<void> {
    while (this.running) {
      if (this.capacity() <= 0) {
        await new Promise<void>((resolve) => (this.wake = resolve));
        continue;
      }
      try {
        // '0' re-reads entries already delivered to us; '>' reads new ones.
        const recovering = this.recoverOwn;
        const reply = (await this.stopSignal.race(this.reader.call(
          'XREADGROUP', 'GROUP', this.options.group, this.options.consumer,
          'COUNT', this.capacity(), ...(recovering ? [] : ['BLOCK', this.options.blockMs]),
          'STREAMS', this.options.key, recovering ? '0' : '>',
        ))) as Array<[string, Entry[]]> | null | undefined;
        if (!this.running) return;
        const entries = reply?.[0]?.[1] ?? [];
        if (recovering && entries.filter(([id]) => !this.inFlight.has(id)).length === 0) this.recoverOwn = false;
        this.deliver(entries, recovering);
      } catch (error) {
        if (!this.running) return;
        console.warn(`[bus:redis] reading ${this.options.key} failed, retrying:`, (error as Error).message);
        this.recoverOwn = true;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }

  private deliver(entries: Entry[], redelivered: boolean): void {
    for (const [id, fields] of entries) {
      if (this.inFlight.has(id)) continue;
      this.inFlight.add(id);
      const settle = () => (this.inFlight.delete(id) ? this.settle(id) : Promise.resolve());
      this.onDelivery({
        body: body(fields),
        trusted: false,
        replyTo: fields ? field(fields, 'replyTo') : null,
        redelivered,
        ack: settle,
        reject: settle,
      });
    }
  }

  private settle(id: string): Promise<void> {
    if (this.settling) {
      this.settling.ids.push(id);
      return this.settling.done;
    }
    const ids = [id];
    const done = new Promise<void>((resolve) => queueMicrotask(resolve)).then(async () => {
      this.settling = null;
      await Promise.all([this.commands.xack(this.options.key, this.options.group, ...ids), this.commands.xdel(this.options.key, ...ids)]);
      this.wake?.();
      this.wake = null;
    });
    this.settling = { ids, done };
    return done;
  }

  /** Touches our in-flight entries (XCLAIM to ourselves) so their idle time restarts while we work. */
  private async renewLeases(): Promise<void> {
    if (this.inFlight.size === 0) return;
    try {
      await this.commands.call('XCLAIM', this.options.key, this.options.group, this.options.consumer, 0, ...this.inFlight, 'JUSTID');
    } catch (error) {
      console.warn(`[bus:redis] renewing leases on ${this.options.key} failed:`, (error as Error).message);
    }
  }

  /** Takes over entries another consumer left idle too long: it died holding them. */
  private async reclaim(): Promise<void> {
    const count = this.capacity();
    if (count <= 0 || !this.running) return;
    try {
      const [, entries] = (await this.commands.call(
        'XAUTOCLAIM', this.options.key, this.options.group, this.options.consumer,
        this.options.reclaimIdleMs, '0-0', 'COUNT', count,
      )) as [string, Entry[]];
      this.deliver(entries.filter(([, fields]) => fields !== null), true);
    } catch (error) {
      console.warn(`[bus:redis] reclaiming on ${this.options.key} failed:`, (error as Error).message);
    }
  }
}

import os from 'node:os';
import { Redis } from 'ioredis';
import type { AgentName, Envelope } from '@/lib/messages';
import { RedisStreamConsumer } from './redis-consumer';
import { StopSignal } from './stop-signal';
import type { ConsumeOptions, Delivery, Transport } from './transport';

export type RedisTransportOptions = {
  url: string;
  /** Prefix for every key, so several deployments (or test runs) can share one Redis. */
  namespace?: string;
  /** Consumer group every worker of an agent joins. */
  group?: string;
  /** Idle time after which a dead consumer's messages are taken over. */
  reclaimIdleMs?: number;
  blockMs?: number;
};

/** Reply streams nobody reads any more (their process died) expire after this long. */
const REPLY_TTL_SECONDS = 3600;
const REPLY_MAXLEN = 10_000;

function decode(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/**
 * Redis Streams transport: one stream per agent (`agent:<toAgent>`) read by
 * a consumer group, so each message goes to one worker; entries are acked
 * when settled and reclaimed from workers that die. Replies go to a stream
 * only the requesting process reads.
 */
export class RedisTransport implements Transport {
  readonly kind = 'redis' as const;
  readonly replyAddress: string;
  private readonly commands: Redis;
  private readonly connections: Redis[] = [];
  private readonly consumers = new Set<RedisStreamConsumer>();
  private readonly namespace: string;
  private readonly consumerName = `${os.hostname()}-${process.pid}-${crypto.randomUUID().slice(0, 8)}`;
  private consumerCount = 0;
  private replyLoop: Promise<void> | undefined;
  /** Reply streams whose expiry was set recently. */
  private readonly expiring = new Set<string>();
  private running = true;
  private readonly stopSignal = new StopSignal();

  constructor(private readonly options: RedisTransportOptions) {
    this.namespace = options.namespace ?? '';
    this.replyAddress = `${this.namespace}reply:${this.consumerName}`;
    this.commands = this.connect();
  }

  /** Commands issued while the connection is down wait in ioredis's offline queue and go out on reconnect. */
  private connect(): Redis {
    // RESP2 keeps stream replies in their documented nested-array shape.
    // No auto-pipelining: a connection dropped while a pipeline's replies are half read can leave
    // ioredis's queue out of step, and commands are never answered (ioredis#800). Acks are batched
    // by the consumer instead, which keeps the throughput.
    const connection = new Redis(this.options.url, { maxRetriesPerRequest: null, protocol: 2 });
    connection.on('error', (error) => {
      if (this.running) console.warn('[bus:redis] connection error:', error.message);
    });
    this.connections.push(connection);
    return connection;
  }

  get connected(): boolean {
    return this.running && this.commands.status === 'ready';
  }

  streamKey(agent: AgentName): string {
    return `${this.namespace}agent:${agent}`;
  }

  async start(onReply: (body: unknown, trusted: boolean) => void): Promise<void> {
    const reader = this.connect();
    this.replyLoop = (async () => {
      let lastId = '0';
      while (this.running) {
        try {
          const reply = (await this.stopSignal.race(
            reader.call('XREAD', 'COUNT', 500, 'BLOCK', this.options.blockMs ?? 1000, 'STREAMS', this.replyAddress, lastId),
          )) as Array<[string, Array<[string, string[]]>]> | null | undefined;
          if (!this.running) return;
          const entries = reply?.[0]?.[1] ?? [];
          for (const [id, fields] of entries) {
            lastId = id;
            onReply(decode(fields[fields.indexOf('body') + 1] ?? 'null'), false);
          }
          if (entries.length) await this.commands.xtrim(this.replyAddress, 'MINID', lastId);
        } catch (error) {
          if (!this.running) return;
          console.warn('[bus:redis] reading replies failed, retrying:', (error as Error).message);
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
    })();
  }

  async send(message: Envelope, options: { replyTo?: string } = {}): Promise<void> {
    const fields = ['body', JSON.stringify(message)];
    if (options.replyTo) fields.push('replyTo', options.replyTo);
    await this.commands.xadd(this.streamKey(message.toAgent), '*', ...fields);
  }

  async reply(address: string, message: Envelope): Promise<void> {
    await this.commands.xadd(address, 'MAXLEN', '~', REPLY_MAXLEN, '*', 'body', JSON.stringify(message));
    // Refreshing the expiry on every reply would double the commands; now and then is enough.
    if (!this.expiring.has(address)) {
      this.expiring.add(address);
      await this.commands.expire(address, REPLY_TTL_SECONDS);
      setTimeout(() => this.expiring.delete(address), (REPLY_TTL_SECONDS * 1000) / 2).unref();
    }
  }

  async consume(agent: AgentName, onDelivery: (delivery: Delivery) => void, options: ConsumeOptions) {
    const consumer = new RedisStreamConsumer(
      this.connect(),
      this.commands,
      {
        key: this.streamKey(agent),
        group: this.options.group ?? 'agents',
        consumer: `${this.consumerName}-${agent}-${++this.consumerCount}`,
        prefetch: options.prefetch,
        blockMs: this.options.blockMs ?? 1000,
        reclaimIdleMs: this.options.reclaimIdleMs ?? 30_000,
      },
      onDelivery,
    );
    await consumer.start();
    this.consumers.add(consumer);
    return async () => {
      this.consumers.delete(consumer);
      await consumer.stop();
    };
  }

  async broadcast(body: unknown): Promise<void> {
    await this.commands.publish(this.broadcastChannel, JSON.stringify(body));
  }

  /** Pub/sub needs a connection of its own; ioredis subscribes it again after a reconnect. */
  async listen(onBroadcast: (body: unknown) => void) {
    const subscriber = this.connect();
    subscriber.on('message', (_channel: string, raw: string) => onBroadcast(decode(raw)));
    await subscriber.subscribe(this.broadcastChannel);
    return async () => {
      await subscriber.unsubscribe(this.broadcastChannel).catch(() => {});
      subscriber.disconnect();
    };
  }

  private get broadcastChannel(): string {
    return `${this.namespace}broadcast`;
  }

  async close(): Promise<void> {
    this.running = false;
    this.stopSignal.stop();
    for (const consumer of this.consumers) await consumer.stop();
    for (const connection of this.connections) connection.disconnect();
    await this.replyLoop;
  }
}

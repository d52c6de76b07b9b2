import { connect, type Channel, type ChannelModel, type ConfirmChannel, type ConsumeMessage, type RecoveringChannelModel } from 'amqplib';
import type { AgentName, Envelope, Priority } from '@/lib/messages';
import { amqpTopology, type AmqpTopology } from './amqp-topology';
import type { ConsumeOptions, Delivery, Transport } from './transport';

export type AmqpTransportOptions = {
  url: string;
  /** Prefix for exchanges and queues, so several deployments (or test runs) can share one broker. */
  namespace?: string;
};

type Subscription = { agent: AgentName; onDelivery: (delivery: Delivery) => void; prefetch: number; channel: Channel | null };
type Listener = { onBroadcast: (body: unknown) => void; channel: Channel | null };

const priorityLevel: Record<Priority, number> = { high: 2, normal: 1, low: 0 };

function decode(content: Buffer): unknown {
  const text = content.toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * RabbitMQ transport: a topic exchange `agents`, routing key `agent.<toAgent>`,
 * one durable queue `queue_<agent>` per agent (manual acks; a rejected message
 * is published to the dead-letter exchange by its consumer, since the queue has
 * no arguments), publisher confirms, and a reply queue per process named in
 * each request's `reply_to`. Reconnects by itself; unsettled deliveries are
 * redelivered by the broker and unconfirmed publishes are sent again.
 */
export class AmqpTransport implements Transport {
  readonly kind = 'amqp' as const;
  readonly replyAddress: string;
  private readonly topology: AmqpTopology;
  private connection: Promise<RecoveringChannelModel> | undefined;
  private latestModel: ChannelModel | null = null;
  private publisher: ConfirmChannel | null = null;
  private waiting: Array<(channel: ConfirmChannel) => void> = [];
  private readonly subscriptions = new Set<Subscription>();
  private readonly listeners = new Set<Listener>();
  /** Agent queues declared, or being declared, on the current connection. */
  private readonly declared = new Map<AgentName, Promise<unknown>>();
  private onReply: ((body: unknown, trusted: boolean) => void) | null = null;
  private closed = false;

  constructor(private readonly options: AmqpTransportOptions) {
    this.topology = amqpTopology(options.namespace ?? '');
    this.replyAddress = this.topology.replyQueue(crypto.randomUUID());
  }

  get connected(): boolean {
    return !this.closed && this.publisher !== null;
  }

  async start(onReply: (body: unknown, trusted: boolean) => void): Promise<void> {
    this.onReply = onReply;
    await this.ready();
  }

  async send(message: Envelope, options: { replyTo?: string } = {}): Promise<void> {
    await this.declareQueueFor(message.toAgent);
    await this.publish((channel, confirmed) =>
      channel.publish(this.topology.exchange, this.topology.routingKey(message.toAgent), Buffer.from(JSON.stringify(message)), {
        persistent: true,
        contentType: 'application/json',
        messageId: message.messageId,
        correlationId: message.correlationId,
        type: message.messageType,
        priority: priorityLevel[message.priority],
        ...(options.replyTo ? { replyTo: options.replyTo } : {}),
      }, confirmed),
    );
  }

  async reply(address: string, message: Envelope): Promise<void> {
    await this.publish((channel, confirmed) =>
      channel.sendToQueue(address, Buffer.from(JSON.stringify(message)), {
        contentType: 'application/json',
        messageId: message.messageId,
        correlationId: message.correlationId,
        type: message.messageType,
      }, confirmed),
    );
  }

  async consume(agent: AgentName, onDelivery: (delivery: Delivery) => void, options: ConsumeOptions) {
    return this.attach(this.subscriptions, { agent, onDelivery, prefetch: options.prefetch, channel: null }, (model, s) => this.openConsumer(model, s));
  }

  async broadcast(body: unknown): Promise<void> {
    await this.publish((channel, confirmed) =>
      channel.publish(this.topology.broadcastExchange, '', Buffer.from(JSON.stringify(body)), { contentType: 'application/json' }, confirmed),
    );
  }

  async listen(onBroadcast: (body: unknown) => void) {
    return this.attach(this.listeners, { onBroadcast, channel: null }, (model, l) => this.openListener(model, l));
  }

  /**
   * Keeps a consumer of its own channel: registered first, so a reconnect that happens meanwhile reopens it
   * too, and opened here unless that reconnect already did. The returned function closes it for good.
   */
  private async attach<T extends { channel: Channel | null }>(set: Set<T>, item: T, open: (model: ChannelModel, item: T) => Promise<void>) {
    set.add(item);
    await this.ready();
    const model = await this.model();
    if (!item.channel) await open(model, item);
    return async () => {
      set.delete(item);
      await item.channel?.close().catch(() => {});
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    if (!this.connection) return;
    const connection = await this.connection;
    // Nobody will read this process's replies any more. Without a connection now, the queue expires within the hour.
    await this.publisher
      ?.deleteQueue(this.replyAddress)
      .catch((error: unknown) => console.warn(`[bus:amqp] could not delete ${this.replyAddress}:`, (error as Error).message));
    await connection.close().catch(() => {});
  }

  /**
   * A message routed to an agent whose queue does not exist yet would be
   * dropped by the exchange, so senders declare the queue too (once per connection).
   */
  private async declareQueueFor(agent: AgentName): Promise<void> {
    await this.ready();
    let declaring = this.declared.get(agent);
    if (!declaring) {
      declaring = this.topology.declareAgentQueue(this.latestModel!, agent);
      this.declared.set(agent, declaring);
      declaring.catch(() => this.declared.get(agent) === declaring && this.declared.delete(agent));
    }
    await declaring;
  }

  /** Publishes until the broker confirms; a publish cut off by a dropped connection is sent again once reconnected. */
  private async publish(write: (channel: ConfirmChannel, confirmed: (error: unknown) => void) => void): Promise<void> {
    for (;;) {
      if (this.closed) throw new Error('The bus is closed');
      const channel = await this.ready();
      try {
        await new Promise<void>((resolve, reject) => write(channel, (error) => (error ? reject(error) : resolve())));
        return;
      } catch (error) {
        if (this.closed) throw error;
        if (this.publisher === channel) this.publisher = null;
        console.warn('[bus:amqp] publish not confirmed, sending again:', (error as Error)?.message ?? error);
      }
    }
  }

  private ready(): Promise<ConfirmChannel> {
    void this.model();
    if (this.publisher) return Promise.resolve(this.publisher);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private async model(): Promise<ChannelModel> {
    this.connection ??= connect(this.options.url, {
      // Small messages back and forth: without this, Nagle's algorithm holds them for the peer's delayed ACK.
      noDelay: true,
      recovery: {
        initialMaxRetries: 3,
        maxRetries: Infinity,
        maxDelay: 2_000,
        setup: (model: ChannelModel) => this.setup(model),
      },
    }).then((connection) => {
      connection.on('disconnect', (error: Error) => {
        this.publisher = null;
        if (!this.closed) console.warn('[bus:amqp] connection lost, reconnecting:', error?.message);
      });
      connection.on('error', (error: Error) => console.warn('[bus:amqp] connection error:', error.message));
      return connection;
    });
    await this.connection;
    return this.latestModel!;
  }

  /** Runs after every (re)connect: declares the topology and reopens every consumer. */
  private async setup(model: ChannelModel): Promise<void> {
    this.latestModel = model;
    this.declared.clear();
    await this.topology.declareShared(model);
    for (const subscription of this.subscriptions) await this.openConsumer(model, subscription);
    for (const listener of this.listeners) await this.openListener(model, listener);
    await this.openPublisher(model);
  }

  /** The confirm channel everything is published on, which also receives this process's replies. */
  private async openPublisher(model: ChannelModel): Promise<void> {
    const channel = await this.openChannel(model, true);
    // The broker closed this channel alone and the connection stays up: without another, every publish would wait for a reconnect that never comes.
    channel.once('error', () => {
      if (this.publisher !== channel || this.closed) return;
      this.publisher = null;
      this.openPublisher(model).catch((error: unknown) => console.warn('[bus:amqp] could not reopen the publisher:', (error as Error).message));
    });
    await channel.assertQueue(this.replyAddress, this.topology.replyQueueOptions);
    if (this.onReply) {
      const onReply = this.onReply;
      await channel.consume(this.replyAddress, (message) => message && onReply(decode(message.content), false), { noAck: true });
    }
    this.publisher = channel;
    for (const resolve of this.waiting.splice(0)) resolve(channel);
  }

  /** A channel whose errors are reported here: unheard, a channel's error would close the whole connection. */
  private async openChannel(model: ChannelModel, confirm: true): Promise<ConfirmChannel>;
  private async openChannel(model: ChannelModel, confirm?: false): Promise<Channel>;
  private async openChannel(model: ChannelModel, confirm = false): Promise<Channel> {
    const channel = confirm ? await model.createConfirmChannel() : await model.createChannel();
    channel.on('error', (error: Error) => console.warn('[bus:amqp] channel closed by the broker:', error.message));
    return channel;
  }

  private async openListener(model: ChannelModel, listener: Listener): Promise<void> {
    const channel = await this.openChannel(model);
    listener.channel = channel;
    const { queue } = await channel.assertQueue('', this.topology.broadcastQueueOptions);
    await channel.bindQueue(queue, this.topology.broadcastExchange, '');
    await channel.consume(queue, (message) => message && listener.onBroadcast(decode(message.content)), { noAck: true });
  }

  private async openConsumer(model: ChannelModel, subscription: Subscription): Promise<void> {
    const queue = await this.topology.declareAgentQueue(model, subscription.agent);
    const channel = await this.openChannel(model);
    subscription.channel = channel;
    await channel.prefetch(subscription.prefetch);
    await channel.consume(queue, (message) => {
      if (!message) return;
      const ack = () => {
        // After a reconnect the old channel is gone and the broker redelivers the message; nothing to settle.
        try {
          channel.ack(message);
        } catch {
          /* channel closed */
        }
      };
      subscription.onDelivery({
        body: decode(message.content),
        trusted: false,
        replyTo: message.properties.replyTo ?? null,
        redelivered: message.fields.redelivered,
        ack,
        reject: async (reason) => {
          await this.deadLetter(queue, message, reason);
          ack();
        },
      });
    });
  }

  /**
   * Agent queues have no dead-letter argument (agents in other languages declare them without), so a
   * rejected message is put on the dead-letter exchange here, with why, before it leaves its queue.
   */
  private deadLetter(queue: string, message: ConsumeMessage, reason: string): Promise<void> {
    const { properties } = message;
    return this.publish((channel, confirmed) =>
      channel.publish(this.topology.deadLetterExchange, message.fields.routingKey, message.content, {
        persistent: true,
        contentType: properties.contentType,
        messageId: properties.messageId,
        correlationId: properties.correlationId,
        type: properties.type,
        headers: { ...properties.headers, 'x-dead-letter-reason': reason, 'x-dead-letter-queue': queue },
      }, confirmed),
    );
  }
}

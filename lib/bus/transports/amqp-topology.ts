import type { Channel, ChannelModel, Options } from 'amqplib';
import type { AgentName } from '@/lib/messages';

/** AMQP's reply code when a name exists with other settings (RabbitMQ: "inequivalent arg"). */
const PRECONDITION_FAILED = 406;

type Binding = { exchange: string; routingKey: string };

/**
 * Runs declarations on a channel of their own: a broker that refuses one
 * closes that channel, never the publisher's, a consumer's or the connection.
 */
async function onOwnChannel(model: ChannelModel, work: (channel: Channel) => Promise<unknown>): Promise<void> {
  const channel = await model.createChannel();
  // The refusal reaches `work` as a rejected call; unheard, the same error as an event would close the connection.
  channel.on('error', () => {});
  try {
    await work(channel);
  } finally {
    await channel.close().catch(() => {});
  }
}

/**
 * The RabbitMQ names every participant must agree on, including agents
 * written in other languages (see README, "Agents in other languages").
 * Agent queues are declared durable with no arguments, the way those agents
 * declare them, so either side may come first.
 */
export function amqpTopology(namespace: string) {
  const exchange = `${namespace}agents`;
  const broadcastExchange = `${namespace}broadcast`;
  const deadLetterExchange = `${namespace}agents.dlx`;
  const deadLetterQueue = `${namespace}queue_dead_letters`;
  const agentQueue = (agent: AgentName) => `${namespace}queue_${agent}`;
  const acceptedAsIs = new Set<string>();

  /**
   * Declares a name, or takes it as it stands when it already exists with
   * other settings: queues of earlier deployments were declared with
   * arguments, and the broker refuses to declare them again without.
   */
  async function declare(
    model: ChannelModel,
    name: string,
    assert: (channel: Channel) => Promise<unknown>,
    check: (channel: Channel) => Promise<unknown>,
    bindings: Binding[] = [],
  ): Promise<void> {
    const bind = async (channel: Channel) => {
      for (const binding of bindings) await channel.bindQueue(name, binding.exchange, binding.routingKey);
    };
    try {
      await onOwnChannel(model, async (channel) => {
        await assert(channel);
        await bind(channel);
      });
    } catch (error) {
      if ((error as { code?: unknown }).code !== PRECONDITION_FAILED) throw error;
      await onOwnChannel(model, async (channel) => {
        await check(channel);
        await bind(channel);
      });
      if (!acceptedAsIs.has(name)) {
        acceptedAsIs.add(name);
        console.warn(`[bus:amqp] ${name} exists with other settings; using it as it is:`, (error as Error).message);
      }
    }
  }

  const declareExchange = (model: ChannelModel, name: string, type: 'topic' | 'fanout', options: Options.AssertExchange) =>
    declare(model, name, (channel) => channel.assertExchange(name, type, options), (channel) => channel.checkExchange(name));

  return {
    exchange,
    broadcastExchange,
    /** A listener's own queue: gone with its connection, since broadcasts are only for who is listening now. */
    broadcastQueueOptions: { exclusive: true, autoDelete: true, durable: false } satisfies Options.AssertQueue,
    deadLetterExchange,
    deadLetterQueue,
    routingKey: (agent: AgentName) => `agent.${agent}`,
    agentQueue,
    replyQueue: (id: string) => `${namespace}reply.${id}`,
    /** Reply queues outlive a dropped connection (replies sent meanwhile wait), and vanish an hour after their process is gone. */
    replyQueueOptions: { durable: false, exclusive: false, arguments: { 'x-expires': 3_600_000 } } satisfies Options.AssertQueue,

    async declareShared(model: ChannelModel): Promise<void> {
      await declareExchange(model, exchange, 'topic', { durable: true });
      await declareExchange(model, broadcastExchange, 'fanout', { durable: false });
      await declareExchange(model, deadLetterExchange, 'topic', { durable: true });
      // Rejected messages are kept for inspection by broker tools, but not without bound.
      await declare(
        model,
        deadLetterQueue,
        (channel) => channel.assertQueue(deadLetterQueue, { durable: true, arguments: { 'x-max-length': 10_000 } }),
        (channel) => channel.checkQueue(deadLetterQueue),
        [{ exchange: deadLetterExchange, routingKey: '#' }],
      );
    },

    async declareAgentQueue(model: ChannelModel, agent: AgentName): Promise<string> {
      const queue = agentQueue(agent);
      await declare(
        model,
        queue,
        (channel) => channel.assertQueue(queue, { durable: true }),
        (channel) => channel.checkQueue(queue),
        [{ exchange, routingKey: `agent.${agent}` }],
      );
      return queue;
    },
  };
}

export type AmqpTopology = ReturnType<typeof amqpTopology>;

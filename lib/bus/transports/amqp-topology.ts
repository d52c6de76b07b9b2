import type { Channel, Options } from 'amqplib';
import type { AgentName } from '@/lib/messages';

/**
 * The RabbitMQ names and arguments every participant must agree on, including
 * agents written in other languages (see README, "Agents in other languages").
 */
export function amqpTopology(namespace: string) {
  const exchange = `${namespace}agents`;
  const broadcastExchange = `${namespace}broadcast`;
  const deadLetterExchange = `${namespace}agents.dlx`;
  const deadLetterQueue = `${namespace}queue_dead_letters`;
  const agentQueueOptions: Options.AssertQueue = {
    durable: true,
    arguments: { 'x-dead-letter-exchange': deadLetterExchange, 'x-max-priority': 2 },
  };
  return {
    exchange,
    broadcastExchange,
    /** A listener's own queue: gone with its connection, since broadcasts are only for who is listening now. */
    broadcastQueueOptions: { exclusive: true, autoDelete: true, durable: false } satisfies Options.AssertQueue,
    deadLetterExchange,
    deadLetterQueue,
    agentQueueOptions,
    routingKey: (agent: AgentName) => `agent.${agent}`,
    agentQueue: (agent: AgentName) => `${namespace}queue_${agent}`,
    replyQueue: (id: string) => `${namespace}reply.${id}`,
    /** Reply queues outlive a dropped connection (replies sent meanwhile wait), and vanish an hour after their process is gone. */
    replyQueueOptions: { durable: false, exclusive: false, arguments: { 'x-expires': 3_600_000 } } satisfies Options.AssertQueue,

    async declareShared(channel: Channel): Promise<void> {
      await channel.assertExchange(exchange, 'topic', { durable: true });
      await channel.assertExchange(broadcastExchange, 'fanout', { durable: false });
      await channel.assertExchange(deadLetterExchange, 'topic', { durable: true });
      // Rejected messages are kept for inspection by broker tools, but not without bound.
      await channel.assertQueue(deadLetterQueue, { durable: true, arguments: { 'x-max-length': 10_000 } });
      await channel.bindQueue(deadLetterQueue, deadLetterExchange, '#');
    },

    async declareAgentQueue(channel: Channel, agent: AgentName): Promise<string> {
      const queue = `${namespace}queue_${agent}`;
      await channel.assertQueue(queue, agentQueueOptions);
      await channel.bindQueue(queue, exchange, `agent.${agent}`);
      return queue;
    },
  };
}

export type AmqpTopology = ReturnType<typeof amqpTopology>;

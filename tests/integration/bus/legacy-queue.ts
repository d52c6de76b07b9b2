import { connect } from 'amqplib';
import { amqpTopology } from '@/lib/bus/transports/amqp-topology';
import type { AgentName } from '@/lib/messages';
import { AMQP_URL } from './transports';

/**
 * Declares an agent's queue as earlier deployments did, with a dead-letter
 * exchange and priorities as queue arguments: the broker keeps such a queue as
 * it is, and whoever declares it later without arguments is refused.
 */
export async function declareQueueWithArguments(namespace: string, agent: AgentName): Promise<void> {
  const topology = amqpTopology(namespace);
  const connection = await connect(AMQP_URL);
  try {
    const channel = await connection.createChannel();
    await channel.assertExchange(topology.exchange, 'topic', { durable: true });
    await channel.assertQueue(topology.agentQueue(agent), {
      durable: true,
      arguments: { 'x-dead-letter-exchange': topology.deadLetterExchange, 'x-max-priority': 2 },
    });
    await channel.bindQueue(topology.agentQueue(agent), topology.exchange, topology.routingKey(agent));
  } finally {
    await connection.close();
  }
}

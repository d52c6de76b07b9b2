import { connect } from 'amqplib';
import { Redis } from 'ioredis';
import { amqpTopology } from '@/lib/bus/transports/amqp-topology';
import { agentNames } from '@/lib/messages';

/**
 * Removes what a run left on its broker under `namespace`, so runs never pile up streams or queues.
 * On RabbitMQ, reply queues are named at random; a bus deletes its own when closed, and `replyQueues`
 * names those of processes that could not (they were killed).
 */
export async function dropNamespace(url: string, namespace: string, replyQueues: string[] = []): Promise<void> {
  if (url.startsWith('redis')) {
    const redis = new Redis(url);
    const keys = await redis.keys(`${namespace}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    return;
  }
  const connection = await connect(url);
  const channel = await connection.createChannel();
  const topology = amqpTopology(namespace);
  for (const agent of agentNames) await channel.deleteQueue(topology.agentQueue(agent));
  await channel.deleteQueue(topology.deadLetterQueue);
  for (const queue of replyQueues) await channel.deleteQueue(queue);
  await channel.deleteExchange(topology.exchange);
  await channel.deleteExchange(topology.deadLetterExchange);
  await channel.deleteExchange(topology.broadcastExchange);
  await connection.close();
}

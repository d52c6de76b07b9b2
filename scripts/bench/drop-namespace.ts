import { connect } from 'amqplib';
import { Redis } from 'ioredis';
import { amqpTopology } from '@/lib/bus/transports/amqp-topology';
import { agentNames } from '@/lib/messages';

/** Removes what a run left on its broker under `namespace`, so runs never pile up streams or queues. */
export async function dropNamespace(url: string, namespace: string): Promise<void> {
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
  await channel.deleteExchange(topology.exchange);
  await channel.deleteExchange(topology.deadLetterExchange);
  await channel.deleteExchange(topology.broadcastExchange);
  await connection.close();
}

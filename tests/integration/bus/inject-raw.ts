import { Redis } from 'ioredis';
import { connect } from 'amqplib';
import type { Transport } from '@/lib/bus/transports/transport';
import { amqpTopology } from '@/lib/bus/transports/amqp-topology';
import type { AgentName } from '@/lib/messages';
import { AMQP_URL, REDIS_URL } from './transports';

/** Puts raw bytes on an agent's queue the way a broken client in another process would. */
export async function injectRaw(kind: 'redis' | 'amqp', transport: Transport, namespace: string, agent: AgentName, text: string) {
  if (kind === 'redis') {
    const redis = new Redis(REDIS_URL);
    await redis.xadd(`${namespace}agent:${agent}`, '*', 'body', text, 'replyTo', transport.replyAddress);
    redis.disconnect();
    return;
  }
  const connection = await connect(AMQP_URL);
  const channel = await connection.createConfirmChannel();
  const topology = amqpTopology(namespace);
  await new Promise<void>((resolve, reject) =>
    channel.publish(topology.exchange, topology.routingKey(agent), Buffer.from(text), { contentType: 'application/json' }, (error) =>
      error ? reject(error) : resolve(),
    ),
  );
  await connection.close();
}

import type { BusConfig } from '@/lib/config';
import { AmqpTransport } from './amqp';
import { MemoryTransport } from './memory';
import { RedisTransport } from './redis';
import type { Transport } from './transport';

/** The transport BUS_URL names: memory:// (default), redis://, rediss://, amqp:// or amqps://. */
export function createTransport(config: BusConfig): Transport {
  const scheme = new URL(config.url).protocol;
  switch (scheme) {
    case 'memory:':
      return new MemoryTransport();
    case 'redis:':
    case 'rediss:':
      return new RedisTransport({ url: config.url, namespace: config.namespace, reclaimIdleMs: config.reclaimIdleMs });
    case 'amqp:':
    case 'amqps:':
      return new AmqpTransport({ url: config.url, namespace: config.namespace });
    default:
      throw new Error(`BUS_URL must start with memory://, redis://, rediss://, amqp:// or amqps:// (got ${scheme})`);
  }
}

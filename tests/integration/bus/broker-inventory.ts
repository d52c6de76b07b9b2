import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { connect } from 'amqplib';
import { Redis } from 'ioredis';

const run = promisify(execFile);

/** What the brokers hold under some namespaces. */
export type Inventory = { queues: string[]; exchanges: string[]; keys: string[] };

const under = (names: string[], namespaces: string[]) => names.filter((name) => namespaces.some((ns) => name.startsWith(ns)));

/**
 * RabbitMQ's queues or exchanges by name. AMQP itself cannot list them, and
 * the names of reply queues are random, so this asks rabbitmqctl on this
 * machine; without it the listing is skipped loudly, and under CI=true fails.
 */
export async function rabbitNames(what: 'queues' | 'exchanges'): Promise<string[] | null> {
  try {
    const { stdout } = await run('rabbitmqctl', ['-q', `list_${what}`, 'name', '--no-table-headers']);
    return stdout.split('\n').filter(Boolean);
  } catch (error) {
    const message = `rabbitmqctl could not list ${what}: ${(error as Error).message.split('\n')[0]}`;
    if (process.env.CI === 'true') throw new Error(`${message}: the broker tests need it under CI`);
    console.warn(`\n*** SKIPPING the RabbitMQ leftovers check: ${message} ***\n`);
    return null;
  }
}

/** Everything on the brokers whose name starts with one of `namespaces`. */
export async function inventory(namespaces: string[], brokers: { redisUrl?: string; amqp: boolean }): Promise<Inventory> {
  const found: Inventory = { queues: [], exchanges: [], keys: [] };
  if (namespaces.length === 0) return found;
  if (brokers.amqp) {
    found.queues = under((await rabbitNames('queues')) ?? [], namespaces);
    found.exchanges = under((await rabbitNames('exchanges')) ?? [], namespaces);
  }
  if (brokers.redisUrl) {
    const redis = new Redis(brokers.redisUrl);
    try {
      for (const ns of namespaces) found.keys.push(...(await redis.keys(`${ns}*`)));
    } finally {
      redis.disconnect();
    }
  }
  return found;
}

/** Deletes what `inventory` found. */
export async function remove(found: Inventory, urls: { redis: string; amqp: string }): Promise<void> {
  if (found.queues.length || found.exchanges.length) {
    const connection = await connect(urls.amqp);
    const channel = await connection.createChannel();
    for (const queue of found.queues) await channel.deleteQueue(queue);
    for (const exchange of found.exchanges) await channel.deleteExchange(exchange);
    await connection.close();
  }
  if (found.keys.length) {
    const redis = new Redis(urls.redis);
    await redis.del(...found.keys);
    redis.disconnect();
  }
}

import { EventEmitter } from 'node:events';
import { connect } from 'amqplib';
import { Redis } from 'ioredis';

/** A request/response pair the way each raw client would do it by hand, as the anchor for the bus. */
export type Echo = { ping(i: number): Promise<void>; close(): Promise<void> };

export async function eventEmitterEcho(): Promise<Echo> {
  const requests = new EventEmitter();
  const replies = new EventEmitter();
  requests.setMaxListeners(0);
  replies.setMaxListeners(0);
  requests.on('ping', (id: number) => queueMicrotask(() => replies.emit(`pong:${id}`)));
  return {
    ping: (i) =>
      new Promise((resolve) => {
        replies.once(`pong:${i}`, resolve);
        queueMicrotask(() => requests.emit('ping', i));
      }),
    close: async () => {},
  };
}

export async function redisStreamsEcho(url: string, prefix: string): Promise<Echo> {
  const commands = new Redis(url, { protocol: 2 });
  const serverReader = new Redis(url, { protocol: 2 });
  const clientReader = new Redis(url, { protocol: 2 });
  const requests = `${prefix}raw:req`;
  const replies = `${prefix}raw:rep`;
  await commands.call('XGROUP', 'CREATE', requests, 'g', '0', 'MKSTREAM');
  const waiting = new Map<string, () => void>();
  let running = true;
  type Reply = Array<[string, Array<[string, string[]]>]> | null;
  void (async () => {
    while (running) {
      const reply = (await serverReader.call('XREADGROUP', 'GROUP', 'g', 'c', 'COUNT', 128, 'BLOCK', 100, 'STREAMS', requests, '>').catch(() => null)) as Reply;
      const entries = reply?.[0]?.[1] ?? [];
      if (entries.length === 0) continue;
      // Answer a whole batch in one round trip, as a competent hand-written worker would.
      const batch = commands.pipeline();
      for (const [, fields] of entries) batch.xadd(replies, '*', 'id', fields[1]!);
      batch.xack(requests, 'g', ...entries.map(([id]) => id));
      await batch.exec();
    }
  })();
  void (async () => {
    let last = '$';
    while (running) {
      const reply = (await clientReader.call('XREAD', 'COUNT', 128, 'BLOCK', 100, 'STREAMS', replies, last).catch(() => null)) as Reply;
      for (const [id, fields] of reply?.[0]?.[1] ?? []) {
        last = id;
        waiting.get(fields[1]!)?.();
      }
    }
  })();
  await new Promise((r) => setTimeout(r, 50));
  return {
    ping: (i) =>
      new Promise<void>((resolve) => {
        waiting.set(String(i), () => {
          waiting.delete(String(i));
          resolve();
        });
        void commands.xadd(requests, '*', 'id', String(i));
      }),
    close: async () => {
      running = false;
      await new Promise((r) => setTimeout(r, 150));
      await commands.del(requests, replies);
      for (const c of [commands, serverReader, clientReader]) c.disconnect();
    },
  };
}

export async function amqpEcho(url: string, prefix: string): Promise<Echo> {
  const connection = await connect(url);
  const server = await connection.createChannel();
  const client = await connection.createConfirmChannel();
  const requests = `${prefix}raw.req`;
  await server.assertQueue(requests, { durable: true });
  await server.prefetch(128);
  await server.consume(requests, (message) => {
    if (!message) return;
    server.sendToQueue(message.properties.replyTo, message.content, { correlationId: message.properties.correlationId });
    server.ack(message);
  });
  const { queue: replies } = await client.assertQueue('', { exclusive: true });
  const waiting = new Map<string, () => void>();
  await client.consume(replies, (message) => message && waiting.get(message.properties.correlationId)?.(), { noAck: true });
  return {
    ping: (i) =>
      new Promise<void>((resolve, reject) => {
        const id = String(i);
        waiting.set(id, () => {
          waiting.delete(id);
          resolve();
        });
        client.sendToQueue(requests, Buffer.from(id), { persistent: true, replyTo: replies, correlationId: id }, (error) => error && reject(error));
      }),
    close: async () => {
      await server.deleteQueue(requests);
      await connection.close();
    },
  };
}

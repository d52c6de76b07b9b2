import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { connect } from 'amqplib';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { amqpTopology } from '@/lib/bus/transports/amqp-topology';
import { createRequest } from '@/lib/messages';
import { injectRaw } from './inject-raw';
import { declareQueueWithArguments } from './legacy-queue';
import { AMQP_URL, cleanUp, expectNoLeftovers, makeBus, makeTransport, newNamespace, transportsUnderTest } from './transports';

const root = path.resolve(import.meta.dirname, '../../..');
const amqpUp = (await transportsUnderTest()).find((t) => t.kind === 'amqp')!.available;
afterAll(expectNoLeftovers);

function hasAioPika(): boolean {
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import aio_pika'], { stdio: 'ignore' });
    return true;
  } catch {
    if (process.env.CI === 'true') throw new Error('python3-aio-pika is missing: .ci/run installs it');
    console.warn('\n*** SKIPPING the aio_pika agent tests: /usr/bin/python3 with aio_pika (Debian: python3-aio-pika) is not installed ***\n');
    return false;
  }
}
const pythonUp = amqpUp && hasAioPika();

/** Starts the Python agent; resolves once its queue is declared and bound, fails if it exits first. */
async function startSeedAgent(namespace: string): Promise<ChildProcess> {
  const agent = spawn('/usr/bin/python3', [path.join(root, 'tests/fixtures/seed_agent.py'), AMQP_URL, namespace], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    agent.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    agent.once('exit', (code) => reject(new Error(`the Python agent exited with ${code}`)));
  });
  return agent;
}

async function stop(agent: ChildProcess | undefined): Promise<void> {
  if (!agent || agent.exitCode !== null) return;
  const exited = new Promise((resolve) => agent.once('exit', resolve));
  agent.kill();
  await exited;
}

const askForNpc = (name: string) =>
  createRequest({ fromAgent: 'dm', toAgent: 'generator', sessionId: 'seed-agent', action: 'generate_npc', parameters: { name }, timeout: 10_000 });

describe('an agent in another language that declares its queue the seed way (aio_pika, no arguments)', () => {
  let namespace = newNamespace();
  const closers: Array<() => Promise<void>> = [];

  afterEach(async () => {
    vi.restoreAllMocks();
    for (const close of closers.splice(0).reverse()) await close();
    await cleanUp('amqp', namespace);
    namespace = newNamespace();
  });

  function openBus() {
    const transport = makeTransport('amqp', { namespace });
    const bus = makeBus(transport);
    closers.push(() => bus.close());
    return { bus, transport };
  }

  it.skipIf(!pythonUp)('declared first, then the app starts: the app joins its queue, stays connected and gets answers', async () => {
    const warn = vi.spyOn(console, 'warn');
    const agent = await startSeedAgent(namespace);
    closers.push(() => stop(agent));
    const { bus, transport } = openBus();
    // The app hosts agents of its own beside it, as an app with AGENTS_IN_PROCESS does.
    await bus.subscribe('dm', () => 'the DM is here');
    const response = await bus.request(askForNpc('Old Maren'));
    expect(response.payload).toEqual({ success: true, data: { npc: { name: 'Old Maren', written_in: 'python' } } });
    expect((await bus.request(createRequest({ fromAgent: 'system', toAgent: 'dm', sessionId: 's', action: 'x' }))).payload).toMatchObject({
      success: true,
    });
    expect(transport.connected).toBe(true);
    expect(warn.mock.calls.map((call) => String(call[0])).filter((line) => line.includes('[bus:amqp]'))).toEqual([]);
  }, 30_000);

  it.skipIf(!pythonUp)('the app first, then the agent: it declares the same queue and answers the request waiting there', async () => {
    const { bus } = openBus();
    const answered = bus.request(askForNpc('Wren'));
    const agent = await startSeedAgent(namespace);
    closers.push(() => stop(agent));
    expect((await answered).payload).toEqual({ success: true, data: { npc: { name: 'Wren', written_in: 'python' } } });
  }, 30_000);

  it.skipIf(!amqpUp)("an earlier deployment's queue, declared with arguments, is used as it stands and the connection stays up", async () => {
    await declareQueueWithArguments(namespace, 'generator');
    const { bus, transport } = openBus();
    await bus.subscribe('generator', () => 'still served');
    for (let i = 0; i < 3; i++) {
      const response = await bus.request(askForNpc(`npc ${i}`));
      expect(response.payload).toEqual({ success: true, data: 'still served' });
    }
    expect(transport.connected).toBe(true);
  });

  it.skipIf(!amqpUp)('a rejected message goes to the dead-letter queue with its reason, without a queue argument', async () => {
    const { bus, transport } = openBus();
    await bus.subscribe('generator', () => 'fine');
    await injectRaw('amqp', transport, namespace, 'generator', '{"messageId": "x", "not json');
    const topology = amqpTopology(namespace);
    const connection = await connect(AMQP_URL);
    closers.push(() => connection.close());
    const channel = await connection.createChannel();
    const letter = await vi.waitFor(async () => {
      const got = await channel.get(topology.deadLetterQueue, { noAck: true });
      if (!got) throw new Error('no dead letter yet');
      return got;
    });
    expect(letter.content.toString()).toBe('{"messageId": "x", "not json');
    expect(letter.properties.headers).toMatchObject({
      'x-dead-letter-reason': expect.stringMatching(/Invalid message|JSON/),
      'x-dead-letter-queue': topology.agentQueue('generator'),
    });
    // The agent goes on serving.
    expect((await bus.request(askForNpc('after'))).payload).toEqual({ success: true, data: 'fine' });
  });
});

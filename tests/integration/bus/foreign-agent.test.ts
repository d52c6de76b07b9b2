import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createRequest, envelopeSchema } from '@/lib/messages';
import { AMQP_URL, cleanUp, expectNoLeftovers, makeBus, makeTransport, newNamespace, transportsUnderTest } from './transports';

const root = path.resolve(import.meta.dirname, '../../..');
const amqpUp = (await transportsUnderTest()).find((t) => t.kind === 'amqp')!.available;
afterAll(expectNoLeftovers);

function hasPika(): boolean {
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import pika'], { stdio: 'ignore' });
    return true;
  } catch {
    if (process.env.CI === 'true') throw new Error('python3-pika is missing: .ci/run installs it');
    console.warn('\n*** SKIPPING the Python agent test: /usr/bin/python3 with pika (Debian: python3-pika) is not installed ***\n');
    return false;
  }
}

describe('an agent written in another language on RabbitMQ', () => {
  const namespace = newNamespace();
  afterEach(() => cleanUp('amqp', namespace));

  it.skipIf(!amqpUp || !hasPika())('receives our request through the documented topology and answers it', async () => {
    const agent = spawn('/usr/bin/python3', [path.join(root, 'tests/fixtures/foreign_agent.py'), AMQP_URL, namespace], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      agent.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
      agent.once('exit', (code) => reject(new Error(`the Python agent exited with ${code}`)));
    });
    const bus = makeBus(makeTransport('amqp', { namespace }));
    try {
      const request = createRequest({
        fromAgent: 'dm',
        toAgent: 'generator',
        sessionId: 'polyglot',
        action: 'generate_npc',
        parameters: { name: 'Old Maren' },
        timeout: 10_000,
      });
      const response = await bus.request(request);
      expect(envelopeSchema.safeParse(response).success).toBe(true);
      expect(response).toMatchObject({
        correlationId: request.correlationId,
        fromAgent: 'generator',
        toAgent: 'dm',
        payload: { success: true, data: { npc: { name: 'Old Maren', written_in: 'python' } } },
      });
    } finally {
      await bus.close();
      agent.kill();
    }
  }, 30_000);
});

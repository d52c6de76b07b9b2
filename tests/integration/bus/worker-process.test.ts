import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openingState } from '@/lib/campaigns/arrival';
import { sampleCampaign } from '@/lib/campaigns/sample';
import { createRequest } from '@/lib/messages';
import { turnOutcomeSchema } from '@/lib/rules/session-log';
import { AMQP_URL, cleanUp, expectNoLeftovers, makeBus, makeTransport, newNamespace, REDIS_URL, transportsUnderTest } from './transports';

const root = path.resolve(import.meta.dirname, '../../..');
const brokers = (await transportsUnderTest()).filter((t) => t.kind !== 'memory');
afterAll(expectNoLeftovers);

describe.each(brokers)('an agent as its own process on $kind', ({ kind, available }) => {
  const namespace = newNamespace();
  afterEach(() => cleanUp(kind as 'redis' | 'amqp', namespace));

  it.skipIf(!available)('npm run worker -- dm answers the table over the bus', async () => {
    const worker = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts', 'dm'], {
      cwd: root,
      env: { ...process.env, BUS_URL: kind === 'redis' ? REDIS_URL : AMQP_URL, BUS_NAMESPACE: namespace, OFFLINE_TOKEN_DELAY_MS: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const bus = makeBus(makeTransport(kind as 'redis' | 'amqp', { namespace }));
    try {
      await new Promise<void>((resolve, reject) => {
        worker.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('serving dm') && resolve());
        worker.once('exit', (code) => reject(new Error(`worker exited with ${code}`)));
      });
      const state = openingState(sampleCampaign, 9);
      const deltas: string[] = [];
      const response = await bus.request(
        createRequest({
          fromAgent: 'system',
          toAgent: 'dm',
          sessionId: 'worker-test',
          action: 'resolve_action',
          parameters: {
            turnId: 't1',
            characterId: 'mira',
            controller: 'human',
            action: 'I search the altar for traps',
            state,
            memory: { blocks: [] },
            seed: 9,
            locations: sampleCampaign.locations,
          },
          timeout: 20_000,
        }),
        { onUpdate: (u) => deltas.push((u.payload.data as { delta: string }).delta) },
      );
      expect(response.payload.success).toBe(true);
      const outcome = turnOutcomeSchema.parse((response.payload as { data: unknown }).data);
      expect(outcome.checks[0]).toMatchObject({ characterId: 'mira', skill: 'investigation' });
      expect(deltas.join('').trim()).toBe(outcome.text);
    } finally {
      await bus.close();
      // Stopped before the clean-up, so that nothing of the worker's is left (it deletes its reply queue itself).
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      if (worker.kill('SIGTERM')) await exited;
    }
  }, 30_000);
});

import { describe, expect, it } from 'vitest';
import { readConfig } from '@/lib/config';

describe('AGENT_CONCURRENCY', () => {
  it('lets each agent handle 32 messages at once in a process unless set', () => {
    expect(readConfig({}).agentConcurrency).toBe(32);
    expect(readConfig({ AGENT_CONCURRENCY: '' }).agentConcurrency).toBe(32);
  });

  it('takes a whole number of at least 1', () => {
    expect(readConfig({ AGENT_CONCURRENCY: '4' }).agentConcurrency).toBe(4);
    for (const value of ['0', '-2', '2.5', 'many']) {
      expect(() => readConfig({ AGENT_CONCURRENCY: value }), value).toThrow(/AGENT_CONCURRENCY/);
    }
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { pdfImportMachine } from '@/machines/pdf-import.machine';
import type { RuleChunk, RuleModule, RulebookStructure } from '@/lib/rulebooks/types';

const structure: RulebookStructure = {
  title: 'Rules',
  pageCount: 2,
  source: 'outline',
  sections: [
    { id: 'a', title: 'Combat', kind: 'chapter', depth: 1, parentId: null, pageStart: 1, pageEnd: 2, text: 'Attack.', pageOffsets: [{ page: 1, offset: 0 }] },
  ],
};
const chunk: RuleChunk = { ordinal: 0, sectionId: 'a', heading: 'Combat', pageStart: 1, pageEnd: 1, text: 'Attack.' };
const module: RuleModule = { conditions: [], actions: [], abilities: [], skills: [], damageTypes: [], monsters: [], spells: [] };
const input = { selectionTimeoutMs: 60_000, embedAttempts: 3, backoffMs: 100 };

afterEach(() => vi.useRealTimers());

function run(overrides: { embed?: (attempt: number) => Promise<number[][]>; save?: () => Promise<string> } = {}) {
  const saves: unknown[] = [];
  const machine = pdfImportMachine.provide({
    actors: {
      extractAndAnalyse: fromPromise(async () => structure),
      parse: fromPromise(async () => ({ chunks: [chunk], module })),
      embed: fromPromise(async ({ input: { attempt } }) => (overrides.embed ? overrides.embed(attempt) : [[1, 0]])),
      save: fromPromise(async ({ input: saved }) => {
        saves.push(saved);
        return overrides.save ? overrides.save() : 'system-1';
      }),
    },
  });
  return { actor: createActor(machine, { input }).start(), saves };
}

describe('the rulebook import machine', () => {
  it('reads, waits for a choice of sections, then parses, embeds and saves once', async () => {
    const { actor, saves } = run();
    await waitFor(actor, (s) => s.matches('awaitingSelection'));
    actor.send({ type: 'import.select', selection: { name: 'Rules', sectionIds: ['nope'] } });
    expect(actor.getSnapshot().value).toBe('awaitingSelection');
    actor.send({ type: 'import.select', selection: { name: 'Rules', sectionIds: ['a'] } });
    const done = await waitFor(actor, (s) => s.status === 'done');
    expect(done.value).toBe('done');
    expect(done.context.ruleSystemId).toBe('system-1');
    expect(saves).toHaveLength(1);
    expect(saves[0]).toMatchObject({ selection: { sectionIds: ['a'] }, embeddings: [[1, 0]] });
  });

  it('tries embedding again after a passing failure, with backoff', async () => {
    vi.useFakeTimers();
    const { actor } = run({
      embed: async (attempt) => {
        if (attempt < 3) throw new Error('rate limited');
        return [[0, 1]];
      },
    });
    await vi.advanceTimersByTimeAsync(0);
    actor.send({ type: 'import.select', selection: { name: 'Rules', sectionIds: ['a'] } });
    await vi.advanceTimersByTimeAsync(100 + 200);
    const done = await waitFor(actor, (s) => s.status === 'done');
    expect(done.value).toBe('done');
    expect(done.context.attempt).toBe(3);
  });

  it('fails with the reason when saving fails, and when nobody chooses in time', async () => {
    const failing = run({ save: async () => Promise.reject(new Error('disk full')) });
    await waitFor(failing.actor, (s) => s.matches('awaitingSelection'));
    failing.actor.send({ type: 'import.select', selection: { name: 'Rules', sectionIds: ['a'] } });
    const failed = await waitFor(failing.actor, (s) => s.status === 'done');
    expect(failed.value).toBe('failed');
    expect(failed.context.error).toBe('disk full');

    vi.useFakeTimers();
    const idle = run();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(idle.actor.getSnapshot().value).toBe('failed');
    expect(idle.actor.getSnapshot().context.error).toMatch(/Nothing was chosen/);
  });

  it('can be cancelled while it waits', async () => {
    const { actor, saves } = run();
    await waitFor(actor, (s) => s.matches('awaitingSelection'));
    actor.send({ type: 'import.cancel' });
    expect(actor.getSnapshot().value).toBe('cancelled');
    expect(saves).toHaveLength(0);
  });
});

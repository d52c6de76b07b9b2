import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { HEARTBEAT_MS, PING_FRAME } from '@/lib/realtime/heartbeat';
import { importEventStream } from '@/lib/rulebooks/imports/import-stream';
import type { ImportView } from '@/lib/rulebooks/imports/rulebook-imports';
import type { Runtime } from '@/lib/runtime/runtime';
import { rulebookPdf } from '@/scripts/fixtures/rulebook-pdf';
import { closeRuntime, memoryRuntime } from '../../fixtures/runtime';

let runtime: Runtime;
beforeAll(async () => {
  runtime = await memoryRuntime();
});
afterAll(() => closeRuntime(runtime));
afterEach(() => vi.useRealTimers());

function until(id: string, status: ImportView['status']): Promise<void> {
  if (runtime.imports.view(id).status === status) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = runtime.imports.subscribe(id, (view) => {
      if (view.status !== status) return;
      stop();
      resolve();
    });
  });
}

describe("an import's progress feed", () => {
  it('pings while the import waits, as a named event the page hears, and ends with the import', async () => {
    const { id } = runtime.imports.start({ ownerId: crypto.randomUUID(), fileName: 'rules.pdf', bytes: new Uint8Array(await rulebookPdf({ outline: true })) });
    await until(id, 'awaitingSelection');
    // Only the feed's heartbeat runs on the test's clock; the import's own timers keep real time.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const reader = importEventStream(runtime.imports, id, new AbortController().signal).getReader();
    const text = async () => new TextDecoder().decode((await reader.read()).value);

    expect(JSON.parse((await text()).replace(/^data: /, ''))).toMatchObject({ id, status: 'awaitingSelection' });
    vi.advanceTimersByTime(HEARTBEAT_MS);
    expect(await text()).toBe(PING_FRAME);

    const { sections } = runtime.imports.structure(id);
    runtime.imports.select(id, { name: 'Pinged Rules', sectionIds: sections.map((s) => s.id) });
    const frames: string[] = [];
    for (let read = await reader.read(); !read.done; read = await reader.read()) frames.push(new TextDecoder().decode(read.value));
    expect(JSON.parse(frames.at(-1)!.replace(/^data: /, ''))).toMatchObject({ status: 'done' });
  });
});

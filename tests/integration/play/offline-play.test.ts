import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '@/lib/config';
import { openPglite } from '@/lib/db/pglite';
import { createRuntime, type Runtime } from '@/lib/runtime/runtime';
import { getSessionById, listSessionEvents } from '@/lib/db/queries/sessions';
import { replayLog } from '@/lib/rules/log-replay';
import { applyPatches } from '@/lib/rules/patches';
import { publicState } from '@/lib/rules/public-state';
import { phrasingsEval, readPhrasings } from '@/scripts/eval/offline-play/phrasings';
import { playThrough } from '@/scripts/eval/offline-play/playthrough';

async function file(content: unknown): Promise<string> {
  const at = path.join(await mkdtemp(path.join(tmpdir(), 'phrasings-')), 'cases.json');
  await writeFile(at, JSON.stringify(content));
  return at;
}

describe('the offline-play eval', () => {
  let runtime: Runtime;
  beforeAll(async () => {
    runtime = await createRuntime(readConfig({ OFFLINE_TOKEN_DELAY_MS: '0', AGENT_TIMEOUT_MS: '20000' }), await openPglite('memory://'));
  }, 60_000);
  afterAll(() => runtime?.close());

  it('plays the sample adventure from the nave to its epilogue in plain words, through the whole table', async () => {
    const run = await playThrough(runtime, 3, 60);
    expect(run).toMatchObject({ completed: true, place: 'bell-chamber' });
    expect(run.actions).toBeLessThanOrEqual(60);
    const sessions = await runtime.db.query<{ id: string }>('select id from sessions order by created_at desc limit 1');
    const { state } = await runtime.sessions.view(sessions.rows[0]!.id);
    expect(state.story.ending).toMatch(/Harrowmere sleeps without bells/);
    expect(state.story.fired).toContain('bell-silenced');

    // Every change the whole adventure made is in its log's patches: the stored checkpoint with the log after
    // it, and the opening state with the whole log, both give the table as it is.
    const id = sessions.rows[0]!.id;
    const record = (await getSessionById(runtime.db, { id }))!;
    expect(publicState(applyPatches(record.state, []))).toEqual(state);
    const { rows } = await runtime.db.query<{ state_seq: number; last: number; seed: string }>(
      'select state_seq, (select max(seq) from session_events where session_id = $1) as last, state->>\'seed\' as seed from sessions where id = $1',
      [id],
    );
    expect(rows[0]!.state_seq).toBeLessThan(rows[0]!.last);
    const log = await listSessionEvents(runtime.db, { sessionId: id });
    const opening = log[0]!;
    if (opening.type !== 'session.started') throw new Error('the log opens with the session');
    expect(publicState(replayLog({ ...opening.data.initialState!, seed: rows[0]!.seed }, log))).toEqual(state);
  }, 240_000);

  it('reads a file of phrasings, lists what it misread, and names the case a bad file breaks on', async () => {
    const cases = [
      { text: 'I ring the silver bell', at: 'nave', actor: 'mira', intent: 'use-object', target: 'silver-bell' },
      { text: 'I ring the silver bell', at: 'nave', actor: 'mira', intent: 'talk', target: 'old-marrow' },
    ];
    const result = phrasingsEval(await readPhrasings(await file(cases)));
    expect(result).toMatchObject({ phrasings: 2, understood: 0.5 });
    expect(result.misunderstood).toEqual([expect.objectContaining({ intent: 'talk', read: { intent: 'use-object', target: 'silver-bell' } })]);
    await expect(readPhrasings(await file([{ ...cases[0], at: 'the moon' }]))).rejects.toThrow(/case 0\.at/);
  });
});

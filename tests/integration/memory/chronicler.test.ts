import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedPassages } from '@/lib/ai/embed';
import { readConfig } from '@/lib/config';
import { insertFacts, listFacts, setFactPinned } from '@/lib/db/queries/campaign-facts';
import { openPglite } from '@/lib/db/pglite';
import type { Database } from '@/lib/db/types';
import { createRequest } from '@/lib/messages';
import type { ContextBlock } from '@/lib/memory/types';
import { createRuntime, type Runtime } from '@/lib/runtime/runtime';
import { ImmediateModel } from '../../../scripts/bench/immediate-model';

let db: Database;
let runtime: Runtime;
let sessionId: string;

const told = 'Maren Ashgrove, the innkeeper’s daughter, admits that her brother owes forty silver to Tobin the miller.';

async function recallFor(reader: { kind: 'dm' } | { kind: 'character'; characterId: string }, action: string): Promise<string> {
  const request = createRequest({
    fromAgent: 'system', toAgent: 'chronicler', sessionId, timeout: 5_000, action: 'recall',
    parameters: { chronicleId: sessionId, sessionId, reader, action, place: 'The Flooded Nave', recent: [], budgetTokens: 1_000 },
  });
  const response = await runtime.bus.request(request);
  if (!response.payload.success) throw new Error(response.payload.error.message);
  return (response.payload.data as { blocks: ContextBlock[] }).blocks.flatMap((b) => b.lines).join('\n');
}

beforeAll(async () => {
  db = await openPglite('memory://');
  runtime = await createRuntime(readConfig({ OFFLINE_TOKEN_DELAY_MS: '0' }), db, { dm: new ImmediateModel(told), player: new ImmediateModel('I keep watch.') });
  ({ sessionId } = await runtime.sessions.create('sunken-shrine', { seed: 2 }));
  await runtime.sessions.submit(sessionId, { characterId: 'mira', text: 'I talk to the girl at the bar', idempotencyKey: 'k1' });
  await runtime.sessions.settled(sessionId);
}, 60_000);

afterAll(async () => {
  await runtime.close();
  await db.close();
});

describe('the Chronicler', () => {
  it('reads every commit into the campaign’s register once, with its source entry and the quest the party set out on', async () => {
    const facts = await listFacts(db, { chronicleId: sessionId, reader: { kind: 'dm' } });
    const debt = facts.filter((f) => f.text === told);
    expect(debt).toHaveLength(1);
    expect(debt[0]).toMatchObject({ kind: 'promise', subject: 'Maren Ashgrove', sessionId });
    expect(debt[0]!.sourceSeq).toBeGreaterThan(1);
    expect(facts.some((f) => f.kind === 'quest' && f.detail.status === 'open')).toBe(true);
    const { rows } = await db.query<{ chronicled_seq: number; n: number }>(
      'select chronicled_seq, (select max(seq) from session_events where session_id = $1)::int as n from sessions where id = $1',
      [sessionId],
    );
    expect(rows[0]!.chronicled_seq).toBe(rows[0]!.n);
  });

  it('recalls for the DM a fact an oblique action points at, and the DM’s secrets and pins, which a player never gets', async () => {
    const secret = 'The abbess hides the bell’s clapper under the altar stone.';
    const aside = 'Kestrel alone saw the abbess drop a silver key into the well.';
    const texts = [secret, aside];
    const [a, b] = await embedPassages(runtime.memory.embedder, texts);
    await insertFacts(db, {
      campaignId: 'sunken-shrine', chronicleId: sessionId, sessionId, dimensions: runtime.memory.embedder.dimensions,
      facts: [
        { kind: 'clue', subject: 'the abbess', text: secret, detail: {}, witnesses: null, secret: true, sourceSeq: null, embedding: a! },
        { kind: 'clue', subject: 'the abbess', text: aside, detail: {}, witnesses: ['kestrel'], secret: false, sourceSeq: null, embedding: b! },
      ],
    });
    const dm = await recallFor({ kind: 'dm' }, 'I ask the innkeeper’s daughter about the debt');
    expect(dm).toContain(told);
    const aboutTheAbbess = 'I ask where the abbess hid things';
    expect(await recallFor({ kind: 'dm' }, aboutTheAbbess)).toContain(secret);
    const mira = await recallFor({ kind: 'character', characterId: 'mira' }, aboutTheAbbess);
    expect(mira).not.toContain(secret);
    expect(mira).not.toContain(aside);
    expect(await recallFor({ kind: 'character', characterId: 'kestrel' }, aboutTheAbbess)).toContain(aside);

    const quest = (await listFacts(db, { chronicleId: sessionId, reader: { kind: 'dm' }, kinds: ['quest'] }))[0]!;
    await setFactPinned(db, { chronicleId: sessionId, factId: quest.id, pinned: true });
    expect(await recallFor({ kind: 'dm' }, 'I bake bread')).toContain(quest.text);
  });

  it('tells the game master which blocks the DM was sent, without their lines', async () => {
    const { rows } = await db.query<{ context: Array<{ id: string; tokens: number; lines: number; why: string }> }>(
      "select data->'context' as context from session_events where session_id = $1 and type = 'dm.narrated' order by seq desc limit 1",
      [sessionId],
    );
    const context = rows[0]!.context;
    expect(context.map((b) => b.id)).toContain('facts');
    for (const block of context) {
      expect(block.tokens).toBeGreaterThan(0);
      expect(typeof block.lines).toBe('number');
      expect(block.why.length).toBeGreaterThan(10);
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '@/lib/config';
import { listFacts } from '@/lib/db/queries/campaign-facts';
import { openPglite } from '@/lib/db/pglite';
import type { Database } from '@/lib/db/types';
import { createRuntime, type Runtime } from '@/lib/runtime/runtime';
import { ImmediateModel } from '../../../scripts/bench/immediate-model';

class Telling extends ImmediateModel {
  constructor(private readonly lines: string[]) {
    super(lines[0]!);
  }
  override async doStream(options: Parameters<ImmediateModel['doStream']>[0]) {
    this.text = this.lines.shift() ?? 'Nothing stirs.';
    return super.doStream(options);
  }
}

let db: Database;
let runtime: Runtime;

beforeAll(async () => {
  db = await openPglite('memory://');
  const dm = new Telling(['Maren Ashgrove, the ferryman’s daughter, begs you to rescue her brother from the crypt.', 'Nothing stirs.', 'Nothing stirs.', 'Maren weeps with joy: you have brought back her brother.']);
  runtime = await createRuntime(readConfig({ OFFLINE_TOKEN_DELAY_MS: '0' }), db, { dm, player: new ImmediateModel('I keep watch.') });
}, 30_000);

afterAll(async () => {
  await runtime.close();
  await db.close();
});

describe('the quest log', () => {
  it('opens a quest when someone asks it of the party, and closes it when the story sees it through', async () => {
    const { sessionId } = await runtime.sessions.create('sunken-shrine', { seed: 4 });
    const quests = async () => (await listFacts(db, { chronicleId: sessionId, reader: { kind: 'character', characterId: 'mira' }, kinds: ['quest'] })).filter((f) => f.text.includes('Maren'));
    await runtime.sessions.submit(sessionId, { characterId: 'mira', text: 'I ask the girl what is wrong', idempotencyKey: 'q1' });
    await runtime.sessions.settled(sessionId);
    expect((await quests()).map((q) => q.detail.status)).toEqual(['open']);
    await runtime.sessions.submit(sessionId, { characterId: 'mira', text: 'I lead her brother home', idempotencyKey: 'q2' });
    await runtime.sessions.settled(sessionId);
    expect((await quests()).map((q) => q.detail.status).sort()).toEqual(['done', 'done']);
  });
});

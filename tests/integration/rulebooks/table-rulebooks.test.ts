import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { continueCampaign } from '@/lib/campaigns/continue-campaign';
import { endSessionByGm } from '@/lib/campaigns/end-session';
import { saveRuleSystem, type NewRuleSystem } from '@/lib/db/queries/rule-systems';
import { listSessionRuleSystems } from '@/lib/db/queries/sessions';
import type { Runtime } from '@/lib/runtime/runtime';
import { closeRuntime, memoryRuntime } from '../../fixtures/runtime';

const imogen = { userId: '00000000-0000-4000-8000-000000000031', name: 'Imogen' };
const pat = { userId: '00000000-0000-4000-8000-000000000032', name: 'Pat' };
const ids = { imogens: crypto.randomUUID(), pats: crypto.randomUUID(), house: crypto.randomUUID() };

function book(id: string, name: string, importedBy: string | null): NewRuleSystem {
  return {
    id,
    name,
    importedBy,
    sourceName: `${name}.pdf`,
    pageCount: 1,
    embeddingModel: 'local-hash-384',
    dimensions: 384,
    module: { conditions: [], actions: [], abilities: [], skills: [], damageTypes: [], monsters: [], spells: [] },
    structure: [],
    chunks: [],
  };
}

let runtime: Runtime;

beforeAll(async () => {
  runtime = await memoryRuntime();
  await saveRuleSystem(runtime.db, book(ids.imogens, "Imogen's Rules", imogen.userId));
  await saveRuleSystem(runtime.db, book(ids.pats, "Pat's Rules", pat.userId));
  await saveRuleSystem(runtime.db, book(ids.house, 'House Rules', null));
});
afterAll(() => closeRuntime(runtime));

describe('the rulebooks a new table plays by', () => {
  it("are its game master's own imports and the unowned ones, never another person's", async () => {
    const { sessionId } = await runtime.sessions.create('sunken-shrine', { gm: imogen });
    expect((await listSessionRuleSystems(runtime.db, { sessionId })).sort()).toEqual([ids.imogens, ids.house].sort());
    const other = await runtime.sessions.create('sunken-shrine', { gm: pat });
    expect((await listSessionRuleSystems(runtime.db, { sessionId: other.sessionId })).sort()).toEqual([ids.pats, ids.house].sort());
  });

  it('are all of them for a table run by code alone', async () => {
    const { sessionId } = await runtime.sessions.create('sunken-shrine', { seed: 3 });
    expect((await listSessionRuleSystems(runtime.db, { sessionId })).sort()).toEqual(Object.values(ids).sort());
  });

  it('carry over when the campaign is continued, whoever imported what since', async () => {
    const { sessionId } = await runtime.sessions.create('sunken-shrine', { gm: imogen });
    const later = crypto.randomUUID();
    await saveRuleSystem(runtime.db, book(later, "Imogen's Later Rules", imogen.userId));
    await endSessionByGm(runtime, { gm: imogen, sessionId });
    const next = await continueCampaign(runtime, { gm: imogen, sessionId });
    expect((await listSessionRuleSystems(runtime.db, { sessionId: next.sessionId })).sort()).toEqual([ids.imogens, ids.house].sort());
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveRuleSystem } from '@/lib/db/queries/rule-systems';
import { REFERENCE_SOURCE } from '@/lib/rules/reference';
import type { Runtime } from '@/lib/runtime/runtime';
import { lookUpTableRule } from '@/lib/table/table-rule-lookup';
import { chooseRulebooks } from '@/lib/table/table-rulebooks';
import { embeddedRuleSystem } from '../../fixtures/embedded-rule-system';
import { closeRuntime, memoryRuntime } from '../../fixtures/runtime';

const gm = { userId: '00000000-0000-4000-8000-000000000041', name: 'Robin' };
const bookId = '41111111-1111-4111-8111-111111111111';
const chunks = [
  {
    sectionId: 'prone',
    heading: 'Conditions › Prone',
    pageStart: 291,
    pageEnd: 291,
    ordinal: 0,
    text: 'A prone creature’s only movement option is to crawl, unless it stands up and thereby ends the condition.',
  },
  {
    sectionId: 'cover',
    heading: 'Combat › Cover',
    pageStart: 196,
    pageEnd: 196,
    ordinal: 1,
    text: 'A target with half cover has a +2 bonus to AC and Dexterity saving throws behind a low wall or another creature.',
  },
];

let runtime: Runtime;
let sessionId: string;
const lookUp = (question: string) => lookUpTableRule({ db: runtime.db, embedder: runtime.embedder }, { sessionId, question });

beforeAll(async () => {
  runtime = await memoryRuntime();
  ({ sessionId } = await runtime.sessions.create('sunken-shrine', { gm }));
  await saveRuleSystem(runtime.db, await embeddedRuleSystem({ id: bookId, name: 'Table Rules', embedder: runtime.embedder, chunks }));
});
afterAll(() => closeRuntime(runtime));

describe('looking a rule up at the table', () => {
  it('reads the built-in reference while the table plays by no rulebook', async () => {
    const rules = await lookUp('what does half cover give me');
    expect(rules[0]).toMatchObject({ source: REFERENCE_SOURCE, section: 'Cover', page: null });
  });

  it('reads the rulebooks the table plays by first, with their pages, once the game master chooses them', async () => {
    await chooseRulebooks(runtime, { sessionId, ruleSystemIds: [bookId], by: gm });
    const rules = await lookUp('what does half cover give me');
    expect(rules[0]).toEqual({ source: 'Table Rules', section: 'Combat › Cover', page: 196, text: chunks[1]!.text });
    expect(rules.every((r) => r.source === 'Table Rules')).toBe(true);
  });
});

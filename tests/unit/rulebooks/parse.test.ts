import { beforeAll, describe, expect, it } from 'vitest';
import { chunkSections } from '@/lib/rulebooks/chunk';
import { RulebookError } from '@/lib/rulebooks/errors';
import { extractPdf } from '@/lib/rulebooks/extract';
import { parseRulebook } from '@/lib/rulebooks/parse';
import { buildRuleModule } from '@/lib/rulebooks/rule-module';
import { ruleVocabulary } from '@/lib/rulebooks/rule-vocabulary';
import { analyseStructure } from '@/lib/rulebooks/structure';
import type { RulebookStructure } from '@/lib/rulebooks/types';
import { rulebookPdf } from '@/scripts/fixtures/rulebook-pdf';

describe('parseRulebook', () => {
  let structure: RulebookStructure;
  beforeAll(async () => {
    structure = analyseStructure(await extractPdf(new Uint8Array(await rulebookPdf({ outline: true }))));
  });

  it('gives, from its own thread, the passages and rule module of the chosen sections', async () => {
    const combat = structure.sections.find((section) => section.title === 'Combat')!.id;
    const parsed = await parseRulebook(structure, [combat]);
    expect(parsed).toEqual({
      chunks: chunkSections(structure, new Set([combat])),
      module: { ...buildRuleModule(structure, new Set([combat]), ruleVocabulary()), monsters: [], spells: [] },
      unread: [],
    });
    expect(parsed.chunks.length).toBeGreaterThan(0);
    expect((await parseRulebook(structure, null)).chunks).toEqual(chunkSections(structure, null));
  });

  it('stops at its time limit, and when the import is cancelled', async () => {
    const late = await parseRulebook(structure, null, { timeoutMs: 1 }).catch((error: unknown) => error);
    expect(RulebookError.is(late) && late.code).toBe('too_slow');
    const controller = new AbortController();
    const parsing = parseRulebook(structure, null, { signal: controller.signal });
    controller.abort(new Error('cancelled by the test'));
    await expect(parsing).rejects.toThrow('cancelled by the test');
  });
});

import type { LanguageModelV4CallOptions } from '@ai-sdk/provider';
import { MockLanguageModelV4 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { readRulebook } from '@/lib/rulebooks/extract';
import { modelHeadingChooser } from '@/lib/ai/structure-rulebook';
import { rulebookPdf } from '@/scripts/fixtures/rulebook-pdf';

const usage = { inputTokens: { total: 100, noCache: 100, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: 50, text: 50, reasoning: 0 } };

function answering(headings: unknown, prompts: string[] = []) {
  return new MockLanguageModelV4({
    doGenerate: async (options: LanguageModelV4CallOptions) => {
      prompts.push(JSON.stringify(options.prompt));
      return {
        content: [{ type: 'text', text: JSON.stringify({ headings }) }],
        finishReason: { unified: 'stop', raw: undefined },
        usage,
        warnings: [],
      };
    },
  });
}

const withoutOutline = new Uint8Array(await rulebookPdf({ outline: false }));

/** The book is read and analysed in worker threads, which offer the model their candidates and take its answer back. */
const structureWithModel = (model: MockLanguageModelV4, bytes = withoutOutline) => readRulebook(bytes, { chooseHeadings: modelHeadingChooser(model) });

describe('reading the structure with a model', () => {
  it("uses the headings the model picks among the layout's candidates, and drops the ones not on their page", async () => {
    const prompts: string[] = [];
    const model = answering(
      [
        { title: 'Combat', page: 2, depth: 0 },
        { title: 'Making an Attack', page: 2, depth: 1 },
        { title: 'Conditions', page: 3, depth: 1 },
        { title: 'The Chapter Nobody Wrote', page: 4, depth: 0 },
        { title: 'Magic', page: 5, depth: 0 },
        { title: 'Spell Slots', page: 5, depth: 1 },
      ],
      prompts,
    );
    const structure = await structureWithModel(model);
    expect(structure.source).toBe('model');
    const titles = structure.sections.map((s) => s.title);
    expect(titles).toEqual(expect.arrayContaining(['Combat', 'Making an Attack', 'Conditions', 'Magic', 'Spell Slots']));
    expect(titles).not.toContain('The Chapter Nobody Wrote');
    // Headings the model left out stay inside the section before them.
    expect(titles).not.toContain('Casting a Spell');
    expect(structure.sections.find((s) => s.title === 'Spell Slots')).toMatchObject({ pageStart: 5 });
    expect(prompts[0]).toContain('p2 size');
  });

  it("keeps the layout's reading when the model fails or makes most of its answer up", async () => {
    const failing = new MockLanguageModelV4({
      doGenerate: async () => {
        throw new Error('the model is down');
      },
    });
    expect((await structureWithModel(failing)).source).toBe('layout');
    const inventing = answering([
      { title: 'Combat', page: 2, depth: 0 },
      { title: 'Dragons', page: 3, depth: 0 },
      { title: 'Treasure', page: 4, depth: 0 },
      { title: 'Taverns', page: 5, depth: 0 },
    ]);
    expect((await structureWithModel(inventing)).source).toBe('layout');
  });

  it('is not asked about a book whose outline gives its structure', async () => {
    const prompts: string[] = [];
    const structure = await structureWithModel(answering([], prompts), new Uint8Array(await rulebookPdf({ outline: true })));
    expect(structure.source).toBe('outline');
    expect(prompts).toEqual([]);
  });
});

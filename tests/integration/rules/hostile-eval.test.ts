import { describe, expect, it } from 'vitest';
import { hostileCaseSchema } from '@/scripts/eval/hostile/case-schema';
import { runCase } from '@/scripts/eval/hostile/run-case';

const shootTwice = hostileCaseSchema.parse({
  name: 'Mira shoots twice',
  table: { location: 'steps', combat: true, turn: 'mira' },
  calls: [
    { tool: 'attack', input: { attackerId: 'mira', targetId: 'rat-1', attackName: 'Shortbow' }, expect: 'accept', category: 'attack' },
    { tool: 'attack', input: { attackerId: 'mira', targetId: 'rat-2', attackName: 'Shortbow' }, expect: 'refuse', category: 'extra-attack' },
    { tool: 'no_such_tool', input: { hp: 999 }, expect: 'refuse', category: 'made-up-tool' },
  ],
});

describe('the hostile-model eval', () => {
  it('plays the calls through the DM tools and records what the rules did with each, in order', async () => {
    const { verdicts, problems } = await runCase(shootTwice, 7);
    expect(problems).toEqual([]);
    expect(verdicts.map((v) => [v.tool, v.accepted])).toEqual([
      ['attack', true],
      ['attack', false],
      ['no_such_tool', false],
    ]);
    expect(String(verdicts[1]!.answer)).toMatch(/already used/);
  });

  it('reports a table it cannot set up instead of playing a different one', async () => {
    const unknown = hostileCaseSchema.parse({ ...shootTwice, table: { party: ['nobody'] } });
    await expect(runCase(unknown, 7)).rejects.toThrow(/no character "nobody"/);
  });
});

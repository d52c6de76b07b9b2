import { describe, expect, it } from 'vitest';
import { extractFacts } from '@/lib/memory/extract-facts';
import { properNames } from '@/lib/memory/sentences';
import type { SessionEvent } from '@/lib/rules/session-log';

function narrated(seq: number, text: string, witnesses?: string[]): SessionEvent {
  return { seq, createdAt: '', type: 'dm.narrated', data: { turnId: `t${seq}`, characterId: 'mira', text, checks: [], rolls: [], patches: [], toolCalls: [], rules: [], usage: null, witnesses } };
}

const known = { party: ['Mira Thorne', 'Brother Aldric', 'Kestrel'] };

describe('the Chronicler reading narration without a model', () => {
  it('finds names, not sentence openings, rule abbreviations or the party', () => {
    expect(properNames('Maren Ashgrove, the innkeeper’s daughter, waves at Brother Aldric.')).toEqual(['Maren Ashgrove', 'Aldric']);
    expect(properNames('Rain drums on the roof of Owl Tower.')).toEqual(['Owl Tower']);
    expect(properNames('The Order of the Lamp meets at night.')).toEqual(['Order of the Lamp']);
    expect(properNames('It works (17 against DC 13).')).toEqual([]);
  });

  it('keeps promises, debts, clues and people with their role, and drops colour and roll reports', () => {
    const facts = extractFacts(
      [
        narrated(2, 'Rain drums on the roof. Maren Ashgrove, the innkeeper’s daughter, admits that her brother owes 40 silver to Tobin the miller.'),
        narrated(3, 'Scratched into the chapel door is a weeping eye. Kestrel succeeds (14 against DC 12): the effort pays off.'),
        narrated(4, 'Corwin, the ferryman, greets you with a wary nod.', ['mira']),
      ],
      known,
    );
    expect(facts.map((f) => [f.kind, f.subject])).toEqual([
      ['promise', 'Maren Ashgrove'],
      ['clue', 'scratched'],
      ['person', 'Corwin'],
    ]);
    expect(facts[0]!.sourceSeq).toBe(2);
    expect(facts[2]).toMatchObject({ detail: { role: 'the ferryman', attitude: 'wary' }, witnesses: ['mira'] });
    expect(facts.some((f) => f.text.includes('Rain drums'))).toBe(false);
  });

  it('records the places the party reached and a person’s own promise', () => {
    const moved: SessionEvent = {
      ...narrated(5, 'You climb the stair.'),
      data: { ...(narrated(5, 'You climb the stair.').data as object), patches: [{ op: 'scene.set', scene: { locationId: 'tower', title: 'Owl Tower', description: 'A cold tower. Owls nest in it.', dc: 12 } }] },
    } as SessionEvent;
    const promised: SessionEvent = { seq: 6, createdAt: '', type: 'player.acted', data: { turnId: 't6', characterId: 'mira', characterName: 'Mira Thorne', controller: 'human', text: 'I swear to the abbess that we will return the bell.' } };
    const facts = extractFacts([moved, promised], known);
    expect(facts.find((f) => f.kind === 'place')).toMatchObject({ subject: 'Owl Tower', text: 'The party reached Owl Tower. A cold tower.' });
    expect(facts.find((f) => f.kind === 'promise')?.text).toBe('Mira Thorne: I swear to the abbess that we will return the bell.');
  });

  it('takes a task asked of the party for a quest, and someone at work for nothing', () => {
    const facts = extractFacts(
      [narrated(8, 'Brother Aldric turns to the task.'), narrated(9, 'Abbess Hale has a task for you: find the drowned bell.')],
      known,
    );
    expect(facts.map((f) => [f.kind, f.sourceSeq])).toEqual([['quest', 9]]);
  });

  it('reads a quest seen through as done', () => {
    const facts = extractFacts([narrated(7, 'Maren weeps with joy: you have brought back her brother, as you swore.')], { ...known, people: ['Maren Ashgrove'] });
    expect(facts).toEqual([expect.objectContaining({ kind: 'quest', subject: 'Maren', detail: { status: 'done' } })]);
  });
});

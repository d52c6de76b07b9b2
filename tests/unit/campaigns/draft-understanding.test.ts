import { describe, expect, it } from 'vitest';
import { readEditedLines } from '@/lib/campaigns/draft-answers';
import { understandAnswer } from '@/lib/campaigns/draft-understanding';

describe('the offline Campaign Assistant reading a free answer', () => {
  it('puts a villain named while the setting was asked into the villain, not the setting', () => {
    expect(understandAnswer('The villain is Abbess Morwen, who wants every bell in the valley silenced.', 'setting')).toEqual({
      villain: { name: 'Abbess Morwen', description: 'who wants every bell in the valley silenced.' },
    });
  });

  it('counts the party while the villain was asked, and keeps the rest for the villain', () => {
    expect(understandAnswer('The party are three pilgrims of the fourth level. Sister Ilse: she hoards the relics of the saints.', 'villain')).toEqual({
      partySize: 3,
      startingLevel: 4,
      villain: { name: 'Sister Ilse', description: 'she hoards the relics of the saints.' },
    });
  });

  it('reads several fields from one message, and the question asked from what is left', () => {
    expect(understandAnswer('Grim and gothic. It is set in a drowned valley of bell towers. Call it The Drowned Bell.', 'tone')).toEqual({
      tone: 'Grim and gothic',
      setting: 'It is set in a drowned valley of bell towers.',
      title: 'The Drowned Bell',
    });
    expect(understandAnswer('four', 'partySize')).toEqual({ partySize: 4 });
    expect(understandAnswer('a party of five at level 2', 'title')).toEqual({ partySize: 5, startingLevel: 2 });
  });

  it('gives nothing when nothing in the answer can be used', () => {
    expect(understandAnswer('no idea', 'partySize')).toBeNull();
  });
});

describe('a draft part edited by hand', () => {
  it('keeps one item per line, with commas and "and" inside a description', () => {
    expect(readEditedLines('locations', 'The Bell Tower: a cracked tower, cold and high\n\nThe Crypt: drowned vaults')).toEqual({
      locations: [
        { title: 'The Bell Tower', description: 'a cracked tower, cold and high' },
        { title: 'The Crypt', description: 'drowned vaults' },
      ],
    });
    expect(readEditedLines('partySize', '4')).toEqual({ partySize: 4 });
    expect(readEditedLines('hooks', '')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { castWords, featureWords, itemWords, targetsFor, type Target } from '@/app/(table)/sessions/[id]/_components/sheet-words';
import type { SpellLine } from '@/lib/characters/spell-lines';

const spell = (name: string, aim: SpellLine['aim']): SpellLine => ({ id: name.toLowerCase().replace(/ /g, '-'), name, level: 1, school: 'evocation', concentration: false, ritual: false, castingTime: '1 action', range: '120 ft', summary: '', aim });
const everyone: Target[] = [
  { id: 'rat-1', name: 'Giant Rat', side: 'foe' },
  { id: 'rat-2', name: 'Giant Rat', side: 'foe' },
  { id: 'aldric', name: 'Brother Aldric', side: 'ally' },
  { id: 'ilsa', name: 'Ilsa', side: 'ally' },
];

describe('the words the sheet puts in the action box', () => {
  it('aims harm at foes (two of one name told apart by id), help at the party, and a spell on the caster at no one', () => {
    expect(targetsFor(spell('Magic Missile', 'foe'), everyone).map((t) => t.name)).toEqual(['Giant Rat (rat-1)', 'Giant Rat (rat-2)']);
    expect(targetsFor(spell('Cure Wounds', 'ally'), everyone).map((t) => t.id)).toEqual(['aldric', 'ilsa']);
    expect(targetsFor(spell('Shield', 'self'), everyone)).toEqual([]);
  });

  it('says it the way the DM understands it', () => {
    expect(castWords(spell('Magic Missile', 'foe'), everyone[0]!, 'ilsa')).toBe('I cast Magic Missile at the Giant Rat');
    expect(castWords(spell('Cure Wounds', 'ally'), everyone[2]!, 'ilsa')).toBe('I cast Cure Wounds on Brother Aldric');
    expect(castWords(spell('Cure Wounds', 'ally'), everyone[3]!, 'ilsa')).toBe('I cast Cure Wounds on myself');
    expect(castWords(spell('Shield', 'self'), null, 'ilsa')).toBe('I cast Shield');
    expect(featureWords({ id: 'second-wind', name: 'Second Wind', source: 'Fighter 1', resource: null, action: 'bonus action' })).toBe('I use Second Wind');
    expect(itemWords({ item: 'potion-of-healing-common', name: 'Potion of Healing', quantity: 1, equipped: false, attuned: false, charges: null, weight: 0.5, use: 'drink' })).toBe('I drink my Potion of Healing');
  });
});

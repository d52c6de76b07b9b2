import { describe, expect, it } from 'vitest';
import { chosenEquipment, equipmentView } from '@/lib/characters/equipment-options';
import { getClass } from '@/lib/rules/srd';

const fighter = getClass('fighter')!.startingEquipment;

describe('starting equipment from the class options', () => {
  it('offers each choice in words, with the items a free pick may take', () => {
    const view = equipmentView(fighter);
    expect(view.choices[0]!.options.map((o) => o.label)).toEqual(['Chain Mail', 'Leather Armor and Longbow and 20 × Arrow']);
    expect(view.choices[1]!.options[0]!.picks[0]).toMatchObject({ category: 'martial-weapons', choose: 1, items: expect.arrayContaining([{ value: 'longsword', label: 'Longsword' }]) });
  });

  it('gives the items picked, and names a pick outside its category or a choice left out', () => {
    const picked = chosenEquipment(fighter, [{ option: 0, items: [] }, { option: 0, items: ['longsword'] }, { option: 1, items: [] }, { option: 1, items: [] }], 'Fighter');
    expect(picked).toMatchObject({ problems: [], missing: [] });
    expect(picked.items.map((i) => i.item)).toEqual(['chain-mail', 'longsword', 'shield', 'handaxe', 'explorers-pack']);
    const wrong = chosenEquipment(fighter, [{ option: 0, items: [] }, { option: 0, items: ['dagger'] }], 'Fighter');
    expect(wrong.problems).toEqual(['Dagger is not one of the martial weapons']);
    expect(wrong.missing).toEqual(['Choose Fighter equipment 3', 'Choose Fighter equipment 4']);
  });
});

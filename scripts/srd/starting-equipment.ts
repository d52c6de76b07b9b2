import type { StartingEquipment } from '@/lib/rules/srd/class-schema';
import type { Choice, Option } from './reference';

type Pick = StartingEquipment['choices'][number]['options'][number][number];

function picks(option: Option): Pick[] {
  switch (option.option_type) {
    case 'counted_reference':
      return [{ item: option.of!.index, quantity: Number(option.count), ...(('prerequisites' in option) && { ifProficient: true as const }) }];
    case 'reference':
      return [{ item: option.item!.index, quantity: 1 }];
    case 'multiple':
      return (option.items ?? []).flatMap(picks);
    case 'choice':
      return [{ anyOf: option.choice!.from.equipment_category!.index, choose: option.choice!.choose }];
    default:
      throw new Error(`Unknown equipment option "${option.option_type}"`);
  }
}

/** A starting-equipment choice as lists of picks; a bare category choice becomes one option of free picks. */
export function equipmentChoice(choice: Choice): StartingEquipment['choices'][number] {
  if (choice.from.option_set_type === 'equipment_category') {
    return { choose: 1, options: [[{ anyOf: choice.from.equipment_category!.index, choose: choice.choose }]] };
  }
  return { choose: choice.choose, options: (choice.from.options ?? []).map(picks) };
}

export function startingEquipment(fixed: Array<{ equipment: { index: string }; quantity: number }>, choices: Choice[]): StartingEquipment {
  return {
    fixed: fixed.map((f) => ({ item: f.equipment.index, quantity: f.quantity })),
    choices: choices.map(equipmentChoice),
  };
}

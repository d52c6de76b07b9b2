import { z } from 'zod';
import { idSchema } from '@/lib/rules/srd/common';
import type { StartingEquipment } from '@/lib/rules/srd/class-schema';
import { itemFacts } from '@/lib/rules/sheet/items';
import { categoryItems, type ItemCount } from '@/lib/rules/sheet/starting-equipment';

/** An item id and what people call it. */
export type ItemChoice = { value: string; label: string };

/** One option of a starting-equipment choice, as the builder shows it. */
export type EquipmentOptionView = {
  label: string;
  /** Free picks the option asks for: `choose` items of a category. */
  picks: Array<{ category: string; choose: number; items: ItemChoice[] }>;
};

export type EquipmentView = {
  fixed: string[];
  choices: Array<{ options: EquipmentOptionView[] }>;
};

/** Which option of one choice was taken, and the items chosen for its free picks, in order. */
export const equipmentPickSchema = z.object({
  option: z.number().int().min(0).max(10),
  items: z.array(idSchema).max(6).default([]),
});
export type EquipmentPick = z.output<typeof equipmentPickSchema>;
export type EquipmentPickInput = z.input<typeof equipmentPickSchema>;

/** An SRD item's name as people say it ("Light crossbow"). */
export function equipmentName(id: string): string {
  return itemFacts({ item: id, base: null })?.name ?? id;
}

const counted = (item: string, quantity: number) => (quantity > 1 ? `${quantity} × ${equipmentName(item)}` : equipmentName(item));
const categoryLabel = (category: string, choose: number) => `${choose === 1 ? 'any' : choose} ${category.replace(/-/g, ' ')}`;

/** Starting equipment as choices with words, for the builder's equipment step. */
export function equipmentView(equipment: StartingEquipment): EquipmentView {
  return {
    fixed: equipment.fixed.map((f) => counted(f.item, f.quantity)),
    choices: equipment.choices.map((choice) => ({
      options: choice.options.map((option) => ({
        label: option.map((p) => ('item' in p ? counted(p.item, p.quantity) : categoryLabel(p.anyOf, p.choose))).join(' and '),
        picks: option.flatMap((p) => ('anyOf' in p ? [{ category: p.anyOf, choose: p.choose, items: categoryItems(p.anyOf).map((id) => ({ value: id, label: equipmentName(id) })) }] : [])),
      })),
    })),
  };
}

/**
 * The items a set of starting-equipment picks gives, or what is wrong
 * with them: an option that does not exist, a free pick outside its
 * category or of the wrong number. Choices left out are reported as
 * missing, not filled in, since the builder asks for each.
 */
export function chosenEquipment(
  equipment: StartingEquipment,
  picks: readonly EquipmentPick[],
  what: string,
): { items: Array<ItemCount & { ifProficient?: boolean }>; problems: string[]; missing: string[] } {
  const items: Array<ItemCount & { ifProficient?: boolean }> = equipment.fixed.map((f) => ({ ...f }));
  const problems: string[] = [];
  const missing: string[] = [];
  equipment.choices.forEach((choice, i) => {
    const pick = picks[i];
    if (!pick) return missing.push(`Choose ${what} equipment ${i + 1}`);
    const option = choice.options[pick.option];
    if (!option) return problems.push(`${what} equipment ${i + 1} has no option ${pick.option + 1}`);
    const free = [...pick.items];
    for (const part of option) {
      if ('item' in part) {
        items.push({ item: part.item, quantity: part.quantity, ...(part.ifProficient ? { ifProficient: true } : {}) });
        continue;
      }
      const chosen = free.splice(0, part.choose);
      const allowed = categoryItems(part.anyOf);
      if (chosen.length < part.choose) missing.push(`Choose ${categoryLabel(part.anyOf, part.choose)} for ${what} equipment ${i + 1}`);
      for (const id of chosen) {
        if (allowed.includes(id)) items.push({ item: id, quantity: 1 });
        else problems.push(`${equipmentName(id)} is not one of the ${part.anyOf.replace(/-/g, ' ')}`);
      }
    }
    if (free.length) problems.push(`${what} equipment ${i + 1} takes ${pick.items.length - free.length} chosen items, not ${pick.items.length}`);
  });
  return { items, problems, missing };
}

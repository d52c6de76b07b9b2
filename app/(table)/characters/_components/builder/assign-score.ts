import type { Ability } from '@/lib/rules/abilities';
import { abilityKeys } from './builder-state';

/** Gives `ability` the value `value`, swapping with whichever ability held it, so each value is used once. */
export function assign(values: Record<Ability, number>, ability: Ability, slotOf: (a: Ability) => number, slot: number, valueOf: (slot: number) => number) {
  const other = abilityKeys.find((a) => slotOf(a) === slot && a !== ability);
  const next = { ...values, [ability]: valueOf(slot) };
  if (other) next[other] = valueOf(slotOf(ability));
  return next;
}

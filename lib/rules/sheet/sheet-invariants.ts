import { advancement } from '../srd/progression';
import { getArmor } from '../srd/equipment';
import type { CharacterSheet } from './character';
import { MAX_ATTUNED } from './inventory';

type Report = (rule: string, message: string, subjectId?: string) => void;

// Like invariants.ts, these checks read the raw values (and the SRD's own
// tables) rather than the engine's schemas, so a bug there cannot hide here.

/** What a character sheet's stored parts must satisfy: coins, items, attunement, resources, XP and level. */
export function checkSheet(c: CharacterSheet, report: Report): void {
  for (const [coin, n] of Object.entries(c.coins)) {
    if (!Number.isInteger(n) || n < 0) report('coins-range', `${c.name} has ${n} ${coin}`, c.id);
  }
  if (!Number.isInteger(c.xp) || c.xp < 0) report('xp-range', `${c.name} has ${c.xp} XP`, c.id);
  const reached = advancement.filter((row) => row.xp <= c.xp).at(-1)?.level ?? 1;
  if (c.build.level > reached) report('level-over-xp', `${c.name} is level ${c.build.level} with ${c.xp} XP (level ${reached})`, c.id);
  for (const item of c.inventory) {
    if (!Number.isInteger(item.quantity) || item.quantity < 1) report('item-quantity', `${c.name} carries ${item.quantity} of ${item.item}`, c.id);
  }
  const attuned = c.inventory.filter((i) => i.attuned).length;
  if (attuned > MAX_ATTUNED) report('attuned-over-limit', `${c.name} is attuned to ${attuned} items`, c.id);
  const worn = c.inventory.filter((i) => i.equipped).map((i) => getArmor(i.base ?? i.item)?.armor.category).filter((k) => k !== undefined);
  if (worn.filter((k) => k !== 'shield').length > 1) report('armor-doubled', `${c.name} wears two suits of armour`, c.id);
  if (worn.filter((k) => k === 'shield').length > 1) report('armor-doubled', `${c.name} carries two shields in use`, c.id);
  for (const [feature, spent] of Object.entries(c.resources)) {
    const max = c.resourceLimits[feature]?.max;
    if (spent < 0 || (max !== undefined && max !== null && spent > max)) report('resource-range', `${c.name} spent ${spent} of ${max ?? 'no'} ${feature}`, c.id);
  }
}

type Holder = { id: string; name: string; effects?: readonly { id: string; source: { id: string; by: string }; ends: readonly { kind: string }[] }[] };
type Concentrating = { id: string; concentration?: { spell: string } | null };

/** An effect that lasts while its caster concentrates must have a caster concentrating on that spell. */
export function checkConcentration(holders: readonly Holder[], casters: readonly Concentrating[], report: Report): void {
  for (const h of holders) {
    for (const effect of h.effects ?? []) {
      if (!effect.ends.some((e) => e.kind === 'concentration')) continue;
      const caster = casters.find((c) => c.id === effect.source.by);
      if (caster?.concentration?.spell !== effect.source.id) {
        report('concentration-lost', `${h.name} still has ${effect.source.id} though ${effect.source.by} no longer concentrates on it`, h.id);
      }
    }
  }
}

import type { z } from 'zod';
import { statBlockSchema, type StatBlock } from '@/lib/rules/creature';
import { wieldedAndWorn } from '@/lib/rules/creature-gear';
import type { GoodsStack } from '@/lib/rules/scene-goods';
import { statBlockFromMonster } from '@/lib/rules/srd-stat-block';
import { parsedMonsterSchema, parsedSpellSchema, type ParsedAbility } from './schema';

/** The engine keeps this much of an ability's words with the creature, as a reminder. */
const REMINDER_CHARS = 400;

function reminder(text: string): string | undefined {
  const plain = text.replace(/\s+/g, ' ').trim();
  if (!plain) return undefined;
  if (plain.length <= REMINDER_CHARS) return plain;
  return `${plain.slice(0, plain.lastIndexOf(' ', REMINDER_CHARS - 1))}…`;
}

function withReminders(abilities: ParsedAbility[]) {
  return abilities.map(({ text, ...ability }) => {
    const kept = reminder(text);
    return kept ? { ...ability, text: kept } : ability;
  });
}

/**
 * An imported monster's stat block id: apart from the SRD's ids, so nothing
 * in the engine that looks an SRD monster up by id (its gear, its armour)
 * finds a different creature of the same name.
 */
function importedId(id: string): string {
  return `imported-${id}`.slice(0, 64).replace(/-+$/, '');
}

/** The ids of the spells a stat block's spellcasting names: those its book's spells are looked up for. */
export function spellIdsOf(monster: { traits: ReadonlyArray<{ spellcasting?: { spells: ReadonlyArray<{ id: string }> } }> }): string[] {
  return monster.traits.flatMap((t) => t.spellcasting?.spells.map((s) => s.id) ?? []);
}

function reasons(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || 'the block'}: ${issue.message}`)
    .join('; ');
}

/**
 * A monster read from an imported rulebook as the engine's stat block, or
 * why its numbers cannot be played. The stored monster is validated again
 * (a module is data from storage), then turned into a stat block the way an
 * SRD monster is, so it plays by its own armour class, hit points, scores,
 * attacks, damage and saves; its traits and actions keep the book's words
 * as reminders. Its gear is the SRD weapons its attacks name and the SRD
 * armour its armour class names, which can be taken from it as an SRD
 * monster's can. The spells of its book (`storedSpells`) that its
 * spellcasting names go with it, so it casts them by that book's numbers.
 */
export function importedStatBlock(stored: unknown, storedSpells: readonly unknown[] = []): { ok: true; statBlock: StatBlock; gear: GoodsStack[] } | { ok: false; reason: string } {
  const monster = parsedMonsterSchema.safeParse(stored);
  if (!monster.success) return { ok: false, reason: `its stat block was not read whole (${reasons(monster.error)})` };
  const m = monster.data;
  const named = new Set(spellIdsOf(m));
  // Its book's spells are untrusted too: one that does not validate is left to the SRD's of that name, if any.
  const bookSpells = storedSpells.flatMap((stored) => {
    const spell = parsedSpellSchema.safeParse(stored);
    return spell.success && named.has(spell.data.id) ? [spell.data] : [];
  });
  const block = statBlockFromMonster({
    ...m,
    traits: withReminders(m.traits),
    actions: withReminders(m.actions),
    reactions: withReminders(m.reactions),
    legendaryActions: withReminders(m.legendaryActions),
  });
  const checked = statBlockSchema.safeParse({ ...block, id: importedId(m.id), bookSpells: bookSpells.slice(0, 20) });
  if (!checked.success) return { ok: false, reason: `its numbers are outside what the rules engine plays (${reasons(checked.error)})` };
  const worn = m.armorClass.find((ac) => ac.kind === 'armor')?.armor ?? [];
  return { ok: true, statBlock: checked.data, gear: wieldedAndWorn(checked.data.attacks, worn) };
}

import type { SheetPatch } from '@/lib/rules/sheet/sheet-patch-schema';

/** An SRD id as words: `potion-of-healing-common` → "potion of healing common". The browser has no SRD data to look names up in. */
export function words(id: string): string {
  return id.replaceAll('-', ' ');
}

/** An inventory stack by its ids, as words. */
export function itemName(patch: { item: string; base: string | null }): string {
  return patch.base ? `${words(patch.item)} (${words(patch.base)})` : words(patch.item);
}

/** Coins held, largest first. */
export function purse(coins: Record<string, number>): string {
  const held = ['pp', 'gp', 'ep', 'sp', 'cp'].filter((c) => (coins[c] ?? 0) > 0).map((c) => `${coins[c]} ${c}`);
  return held.length ? held.join(', ') : 'empty';
}

/** A sheet patch that needs no memory of earlier ones to be told; effects are told where the ledger remembers them (patch-lines.ts). */
export type PlainSheetPatch = Exclude<SheetPatch, { op: 'character.effect' | 'character.effectEnded' }>;

/** A character-sheet patch as the sentences a player would want to read. */
export function sheetPatchLines(name: string, patch: PlainSheetPatch): string[] {
  switch (patch.op) {
    case 'character.item':
      return [patch.quantity === 0 ? `${name} no longer carries ${itemName(patch)}` : `${name} carries ${patch.quantity} × ${itemName(patch)}`];
    case 'character.equipped':
      return [`${name} ${patch.equipped ? 'takes up' : 'puts away'} ${itemName(patch)}`];
    case 'character.attuned':
      return [`${name} ${patch.attuned ? 'attunes to' : 'ends attunement with'} ${itemName(patch)}`];
    case 'character.charges':
      return [`${name}'s ${itemName(patch)}: ${patch.charges} charge${patch.charges === 1 ? '' : 's'} left`];
    case 'character.coins':
      return [`${name}'s purse: ${purse(patch.coins)}`];
    case 'character.xp':
    case 'character.xpCorrection':
      return [`${name}: ${patch.xp} XP`];
    case 'character.resource':
      return [`${name}: ${patch.spent} of ${words(patch.featureId)} spent`];
    case 'character.prepared':
      return [`${name} prepares ${patch.prepared.map(words).join(', ') || 'no spells'}`];
    case 'character.spellsKnown':
      return [`${name} now knows ${[...patch.cantrips, ...patch.known].map(words).join(', ') || 'no spells'}`];
    case 'character.concentration':
      return [patch.concentration ? `${name} concentrates on ${words(patch.concentration.spell)}` : `${name} stops concentrating`];
    case 'character.build':
      return [`${name} reaches level ${patch.build.level}`];
  }
}

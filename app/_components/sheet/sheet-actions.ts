import type { SpellLine } from '@/lib/characters/spell-lines';
import type { FeatureLine, ItemLine } from '@/lib/characters/sheet-gear';

/** What a player may do from the sheet at a table; left out, the sheet only shows. */
export type SheetActions = {
  cast?: (spell: SpellLine) => void;
  useFeature?: (feature: FeatureLine) => void;
  useItem?: (item: ItemLine) => void;
};

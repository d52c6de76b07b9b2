import type { BuilderOptions } from '@/lib/characters/builder-options';
import type { CharacterPreview } from '@/lib/characters/player-characters';
import type { BuilderDraft } from './builder-state';

/** What every step of the builder is given: the offer, the draft and a way to change it, and the server's preview. */
export type StepProps = {
  options: BuilderOptions;
  draft: BuilderDraft;
  update: (change: (draft: BuilderDraft) => BuilderDraft) => void;
  preview: CharacterPreview | null;
};

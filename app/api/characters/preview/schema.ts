import { characterDraftSchema } from '@/lib/characters/draft';

/** A character as the builder sends it, to create, rebuild or preview. */
export const characterBody = characterDraftSchema;

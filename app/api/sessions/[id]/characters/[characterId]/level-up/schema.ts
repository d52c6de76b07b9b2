import { levelUpChoicesSchema } from '@/lib/rules/advancement/level-up-choices';

/** The choices for the next level, as the level-up screen sends them. */
export const levelUpBody = levelUpChoicesSchema;

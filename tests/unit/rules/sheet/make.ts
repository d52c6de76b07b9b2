import type { BuildInput } from '@/lib/rules/sheet/build';
import type { StoredCharacterInput } from '@/lib/rules/sheet/stored-character';
import { characterSchema, type CharacterSheet } from '@/lib/rules/state';

const scores = { str: 15, dex: 14, con: 13, int: 12, wis: 10, cha: 8 };

/** A build of a class at a level: a human with standard-array scores and average hit points, unless told otherwise. */
export function build(classId: string, level = 1, overrides: Partial<BuildInput> = {}): BuildInput {
  return {
    level,
    ancestry: { id: 'human' },
    class: { id: classId },
    background: { id: 'acolyte' },
    abilities: { method: 'standard-array', scores },
    hitPoints: Array.from({ length: level - 1 }, (_, i) => ({ level: i + 2, method: 'average' as const })),
    ...overrides,
  };
}

/** A parsed character from a build and whatever else it carries or knows. */
export function make(b: BuildInput, rest: Partial<StoredCharacterInput> = {}): CharacterSheet {
  return characterSchema.parse({ id: 'hero', name: 'Hero', controller: 'ai', build: b, xp: 355_000, ...rest });
}

/** A parse that should fail, with the messages it gave. */
export function problems(b: BuildInput, rest: Partial<StoredCharacterInput> = {}): string[] {
  const parsed = characterSchema.safeParse({ id: 'hero', name: 'Hero', controller: 'ai', build: b, xp: 355_000, ...rest });
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
}

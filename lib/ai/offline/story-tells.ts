import type { TableFacts } from '@/lib/ai/prompts/format';
import type { Intent } from './intents';
import type { ToolOutcome } from './prompt-reader';
import { pick } from './seeded';

/**
 * What the offline DM says of the story's side of a deed: what using an
 * object set off, what overcoming an obstacle woke or ended, and the
 * epilogue read out once the adventure is over. The rules decided it; the
 * words are the scene author's.
 */
export function storyTold(outcome: ToolOutcome | undefined): string {
  if (!outcome?.ok) return '';
  const { value } = outcome;
  const lines = [
    ...(outcome.toolName === 'use_object' && typeof value.outcome === 'string' ? [value.outcome] : []),
    ...(Array.isArray(value.triggered) ? value.triggered.filter((t): t is string => typeof t === 'string') : []),
    ...(typeof value.epilogue === 'string' ? [`\n\n${value.epilogue}`] : []),
  ];
  return lines.length ? `${lines.join(' ')} ` : '';
}

/** A person answering the party: one of the things the author gave them to tell, or a shrug when they have none. */
export function personSays(table: TableFacts, intent: Extract<Intent, { kind: 'talk' }>, speaker: string, seed: number): string {
  const person = table.scene.people.find((p) => p.id === intent.personId) ?? table.creatures.find((c) => c.id === intent.personId);
  if (!person) return `${speaker} calls out, but nobody answers. `;
  const tells = table.scene.tells?.[person.id] ?? [];
  if (tells.length === 0) return `${speaker} speaks with ${person.name}, who listens but has nothing to add. `;
  return `${speaker} speaks with ${person.name}. "${pick(tells, seed, 11)}" `;
}

import type { TableFacts } from '@/lib/ai/prompts/format';
import type { Intent } from './intents';
import type { ToolOutcome } from './prompt-reader';
import { say, type Cycle } from './voice';

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

/** How a conversation opens: {name} is the speaker, {how} the one spoken to. */
export const conversations: Cycle = [
  '{name} speaks with {how}.',
  '{how} hears {name} out.',
  '{name} draws {how} aside.',
  '{how} looks {name} up and down before answering.',
  '{name} asks, and {how} answers.',
  '{how} leans closer to {name}.',
  '{name} puts the question to {how}.',
  '{how} takes a moment before replying to {name}.',
  '{name} catches {how}’s eye.',
  '{how} lowers their voice for {name}.',
  '{name} and {how} talk for a while.',
  '{how} glances about, then answers {name}.',
];

/** Said by someone with nothing (more) to tell: {how} is their name. */
export const toldAll: Cycle = [
  '{how} shrugs: there is nothing more to tell.',
  '{how} has said all there is to say.',
  '{how} shakes their head; that is everything.',
  '{how} spreads their hands. Nothing more.',
  '"That is all I know," says {how}.',
  '{how} falls quiet, with nothing to add.',
  '"I have told you what I can," {how} says.',
  '{how} only repeats a warning to be careful.',
  '{how} looks away; the talk is over.',
  '"Ask me again and you will hear the same," says {how}.',
  '{how} has no more news to give.',
  '{how} waves the question off.',
];

/**
 * A person answering the party: the first thing the author gave them to
 * tell that the table has not heard lately, then a line that they have told
 * it all. `heard` is the recent narration the prompt recalls.
 */
export function personSays(table: TableFacts, intent: Extract<Intent, { kind: 'talk' }>, speaker: string, cursor: number, heard: string): string {
  const person = table.scene.people.find((p) => p.id === intent.personId) ?? table.creatures.find((c) => c.id === intent.personId);
  if (!person) return `${speaker} calls out, but nobody answers. `;
  const opening = say(conversations, cursor, { name: speaker, how: person.name });
  const fresh = (table.scene.tells?.[person.id] ?? []).find((tell) => !heard.includes(tell));
  return fresh ? `${opening} "${fresh}" ` : `${opening} ${say(toldAll, cursor, { how: person.name })} `;
}

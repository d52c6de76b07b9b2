import { tokensOf } from '@/lib/memory/budget';
import { RECENT_TITLE, type ContextBlock, type PromptMemory } from '@/lib/memory/types';
import type { SessionEvent } from '@/lib/rules/session-log';

/** Something that happened, and which party members saw it. */
export type Memory = { text: string; witnesses: string[] | 'all' };

/**
 * What the agents remember of a session, in bounded size however long it
 * runs: a few lasting facts (places reached, fights won, the fallen), the
 * last few events word for word, and each party member's own latest words,
 * so an AI player knows what it has said already. Kept up to date one
 * committed event at a time; a snapshot saved before `said` was kept has none.
 */
export type StoryMemory = { facts: Memory[]; recent: Memory[]; said?: Record<string, string[]> };

export const MAX_FACTS = 12;
export const MAX_RECENT = 10;
/** A party member's own lines kept: an AI player says nothing it said in its last this many turns. */
export const MAX_SAID = 20;
const MAX_LINE = 320;

export const emptyMemory: StoryMemory = { facts: [], recent: [], said: {} };

function clip(text: string): string {
  return text.length > MAX_LINE ? `${text.slice(0, MAX_LINE - 1)}…` : text;
}

function lasting(event: SessionEvent): Memory[] {
  switch (event.type) {
    case 'session.started':
      return [{ text: `The adventure began at ${event.data.scene.title}.`, witnesses: 'all' }];
    case 'dm.narrated':
      return event.data.patches.flatMap((patch): Memory[] => {
        if (patch.op === 'scene.set') return [{ text: `The party reached ${patch.scene.title}.`, witnesses: event.data.witnesses ?? 'all' }];
        if (patch.op === 'character.dead' && patch.dead) return [{ text: `${patch.characterId} died.`, witnesses: event.data.witnesses ?? 'all' }];
        return [];
      });
    case 'combat.ended':
      return [{ text: event.data.winner === 'party' ? 'The party won a fight.' : 'The party was beaten in a fight.', witnesses: 'all' }];
    case 'character.leveled':
      return [{ text: `${event.data.characterName} reached level ${event.data.level}.`, witnesses: 'all' }];
    default:
      return [];
  }
}

function retold(event: SessionEvent): Memory | null {
  switch (event.type) {
    case 'player.acted':
      return { text: clip(`${event.data.characterName}: ${event.data.text}`), witnesses: event.data.witnesses ?? 'all' };
    case 'dm.narrated':
      return { text: clip(`DM: ${event.data.text}`), witnesses: event.data.witnesses ?? 'all' };
    default:
      return null;
  }
}

/** Who said what, by party member; a monster's turn is the DM's and is nobody's to remember. */
function saidAfter(said: Record<string, string[]>, event: SessionEvent): Record<string, string[]> {
  if (event.type !== 'player.acted' || event.data.controller === 'dm') return said;
  const { characterId, text } = event.data;
  return { ...said, [characterId]: [...(said[characterId] ?? []), clip(text)].slice(-MAX_SAID) };
}

export function remember(memory: StoryMemory, event: SessionEvent): StoryMemory {
  const facts = [...memory.facts, ...lasting(event)].slice(-MAX_FACTS);
  const line = retold(event);
  const recent = line ? [...memory.recent, line].slice(-MAX_RECENT) : memory.recent;
  return { facts, recent, said: saidAfter(memory.said ?? {}, event) };
}

/** A party member's own latest lines, oldest first. */
export function saidBy(memory: StoryMemory, characterId: string): string[] {
  return memory.said?.[characterId] ?? [];
}

function seenBy(characterId?: string) {
  return (m: Memory) => characterId === undefined || m.witnesses === 'all' || m.witnesses.includes(characterId);
}

/** The latest lines one party member saw, oldest first. The DM (no id) saw everything. */
export function recentLines(memory: StoryMemory, characterId?: string): string[] {
  return memory.recent.filter(seenBy(characterId)).map((m) => m.text);
}

function block(id: ContextBlock['id'], title: string, lines: string[], why: string): ContextBlock[] {
  return lines.length ? [{ id, title, lines, tokens: tokensOf(lines.join('\n')), why, dropped: 0 }] : [];
}

/**
 * What one party member remembers of this session alone: its milestones and
 * latest lines, only those they witnessed. The table falls back to it when
 * the campaign's memory cannot be reached.
 */
export function recall(memory: StoryMemory, characterId?: string): PromptMemory {
  return {
    blocks: [
      ...block('summaries', 'So far', memory.facts.filter(seenBy(characterId)).map((m) => m.text), "this session's milestones"),
      ...block('recent', RECENT_TITLE, recentLines(memory, characterId), 'the latest turns, word for word'),
    ],
  };
}

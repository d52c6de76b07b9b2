import type { PromptMemory } from '@/lib/memory/types';

/** The memory's blocks as prompt lines, each under its own heading; an empty block is left out. */
export function memoryLines(memory: PromptMemory): string[] {
  return memory.blocks.flatMap((block) => (block.lines.length ? ['', `${block.title}:`, ...block.lines.map((line) => `- ${line}`)] : []));
}

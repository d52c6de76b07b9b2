import type { PromptMemory } from '@/lib/memory/types';

/** The memory's blocks as prompt lines, each under its own heading; an empty block is left out. */
export function memoryLines(memory: PromptMemory): string[] {
  return memory.blocks.flatMap((block) => listLines(block.title, block.lines));
}

/** A titled list as prompt lines: a blank line, the title, then one line per item. */
export function listLines(title: string, lines: readonly string[]): string[] {
  return lines.length ? ['', `${title}:`, ...lines.map((line) => `- ${line}`)] : [];
}

/** The items of a titled list in a prompt, in order; none when the prompt has no such list. */
export function readListLines(text: string, title: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(`${title}:`);
  if (start < 0) return [];
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line === '') break;
    // An item that ran over several lines goes on until the next item.
    if (line.startsWith('- ')) items.push(line.slice(2));
    else if (items.length) items[items.length - 1] += `\n${line}`;
    else break;
  }
  return items;
}

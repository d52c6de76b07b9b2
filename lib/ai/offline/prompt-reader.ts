import type { LanguageModelV4Prompt } from '@ai-sdk/provider';

export type ToolOutcome = { toolName: string; ok: true; value: Record<string, unknown> } | { toolName: string; ok: false; error: string };

export type ReadPrompt = {
  system: string;
  /** The newest user message: what the model is answering. */
  lastUser: string;
  /** Results of the tools this model called since that message, in order. */
  toolOutcomes: ToolOutcome[];
  /** The tools the caller offered this time. */
  offeredTools: string[];
};

export function readPrompt(prompt: LanguageModelV4Prompt, offeredTools: string[] = []): ReadPrompt {
  const system = prompt
    .filter((m) => m.role === 'system')
    .map((m) => m.content)
    .join('\n');
  let lastUserIndex = -1;
  prompt.forEach((m, i) => {
    if (m.role === 'user') lastUserIndex = i;
  });
  const lastUserMessage = prompt[lastUserIndex];
  const lastUser =
    lastUserMessage?.role === 'user'
      ? lastUserMessage.content.flatMap((p) => (p.type === 'text' ? [p.text] : [])).join('\n')
      : '';
  const toolOutcomes = prompt.slice(lastUserIndex + 1).flatMap((m): ToolOutcome[] => {
    if (m.role !== 'tool') return [];
    return m.content.flatMap((part): ToolOutcome[] => {
      if (part.type !== 'tool-result') return [];
      const out = part.output;
      switch (out.type) {
        case 'json':
          return out.value && typeof out.value === 'object' && !Array.isArray(out.value)
            ? [{ toolName: part.toolName, ok: true, value: out.value as Record<string, unknown> }]
            : [];
        case 'error-text':
          return [{ toolName: part.toolName, ok: false, error: out.value }];
        case 'error-json':
          return [{ toolName: part.toolName, ok: false, error: JSON.stringify(out.value) }];
        default:
          return [];
      }
    });
  });
  return { system, lastUser, toolOutcomes, offeredTools };
}

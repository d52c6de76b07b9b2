import { stepCountIs, streamText, toUIMessageStream, type LanguageModel, type ModelMessage, type UIMessage } from 'ai';
import type { CampaignDraft } from '@/lib/campaigns/draft';
import { assistantInstructions } from './prompts/assistant';
import { createRequestVisualsTool, type VisualKind } from './tools/request-visuals';
import { createUpdateDraftTool } from './tools/update-draft';

/**
 * One reply of the Campaign Assistant: it records what the game master said
 * in the draft (through its tool) and asks the next question. The draft it
 * ends with is read from `draft()` once the stream is done.
 */
export function assistantTurn(options: {
  model: LanguageModel;
  draft: CampaignDraft;
  messages: ModelMessage[];
  seed?: number;
  abortSignal?: AbortSignal;
  /** Stores each change as soon as it is made. */
  onDraft?: (draft: CampaignDraft) => Promise<void>;
  /** Has the Creative Generator draw a picture; resolves with the stored picture's id. */
  draw?: (what: VisualKind, draft: CampaignDraft) => Promise<string>;
}) {
  let draft = options.draft;
  const save = async (next: CampaignDraft) => {
    draft = next;
    await options.onDraft?.(next);
  };
  const result = streamText({
    model: options.model,
    instructions: assistantInstructions(options.draft),
    messages: options.messages,
    tools: {
      update_draft: createUpdateDraftTool({ draft: () => draft, save }),
      ...(options.draw ? { request_visuals: createRequestVisualsTool({ draft: () => draft, save, draw: options.draw }) } : {}),
    },
    stopWhen: stepCountIs(4),
    seed: options.seed,
    abortSignal: options.abortSignal,
  });
  /** The reply as chunks for the chat in the browser; `onEnd` gets the conversation with the reply added. */
  const uiChunks = (conversation: UIMessage[], onEnd: (messages: UIMessage[]) => void) =>
    toUIMessageStream({ stream: result.stream, originalMessages: conversation, onEnd: ({ messages }) => onEnd(messages) });
  return { result, draft: () => draft, uiChunks };
}

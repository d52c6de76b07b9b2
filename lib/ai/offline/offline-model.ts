import type {
  LanguageModelV4,
  LanguageModelV4CallOptions,
  LanguageModelV4Content,
  LanguageModelV4GenerateResult,
  LanguageModelV4StreamPart,
  LanguageModelV4StreamResult,
  LanguageModelV4Usage,
} from '@ai-sdk/provider';
import { planAssistantReply } from './assistant-script';
import { planDmReply } from './dm-script';
import { planPlayerReply } from './player-script';
import { readPrompt, type ReadPrompt } from './prompt-reader';
import type { ScriptedReply } from './scripted-reply';

export type OfflineRole = 'dm' | 'player' | 'assistant';

const planners: Record<OfflineRole, (read: ReadPrompt, seed: number) => ScriptedReply> = {
  dm: planDmReply,
  player: planPlayerReply,
  assistant: planAssistantReply,
};

/** Splits text into word-sized pieces that keep their trailing spaces, as tokens arrive from a hosted model. */
function tokens(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}

function usage(prompt: string, output: string): LanguageModelV4Usage {
  const inputTokens = Math.ceil(prompt.length / 4);
  const outputTokens = Math.ceil(output.length / 4);
  return {
    inputTokens: { total: inputTokens, noCache: inputTokens, cacheRead: 0, cacheWrite: 0 },
    outputTokens: { total: outputTokens, text: outputTokens, reasoning: 0 },
  };
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * A language model that needs no network and no weights: it reads the prompt
 * and the tool results as our prompts write them and answers with the same
 * tool calls and narration a hosted model would. Deterministic for a seed.
 */
export class OfflineModel implements LanguageModelV4 {
  readonly specificationVersion = 'v4' as const;
  readonly provider = 'roundtable-offline';
  readonly supportedUrls = {};

  constructor(
    readonly role: OfflineRole,
    private readonly tokenDelayMs = 0,
  ) {}

  get modelId(): string {
    return `offline-${this.role}`;
  }

  private plan(options: LanguageModelV4CallOptions) {
    const offered = new Set((options.tools ?? []).map((t) => t.name));
    const read = readPrompt(options.prompt, [...offered]);
    const reply = planners[this.role](read, options.seed ?? 0);
    const toolCalls = reply.toolCalls
      .filter((call) => offered.has(call.toolName))
      .map((call, i) => ({
        type: 'tool-call' as const,
        toolCallId: `offline-${options.seed ?? 0}-${read.toolOutcomes.length}-${i}`,
        toolName: call.toolName,
        input: JSON.stringify(call.input),
      }));
    const promptText = `${read.system}\n${read.lastUser}`;
    return { text: reply.text, toolCalls, usage: usage(promptText, reply.text) };
  }

  async doGenerate(options: LanguageModelV4CallOptions): Promise<LanguageModelV4GenerateResult> {
    const { text, toolCalls, usage } = this.plan(options);
    const content: LanguageModelV4Content[] = [...(text ? [{ type: 'text' as const, text }] : []), ...toolCalls];
    return {
      content,
      finishReason: { unified: toolCalls.length ? 'tool-calls' : 'stop', raw: undefined },
      usage,
      warnings: [],
    };
  }

  async doStream(options: LanguageModelV4CallOptions): Promise<LanguageModelV4StreamResult> {
    const { text, toolCalls, usage } = this.plan(options);
    const delay = this.tokenDelayMs;
    const signal = options.abortSignal;
    const stream = new ReadableStream<LanguageModelV4StreamPart>({
      async start(controller) {
        try {
          controller.enqueue({ type: 'stream-start', warnings: [] });
          if (text) {
            controller.enqueue({ type: 'text-start', id: 'text-0' });
            for (const token of tokens(text)) {
              if (delay > 0) await sleep(delay, signal);
              controller.enqueue({ type: 'text-delta', id: 'text-0', delta: token });
            }
            controller.enqueue({ type: 'text-end', id: 'text-0' });
          }
          for (const call of toolCalls) controller.enqueue(call);
          controller.enqueue({
            type: 'finish',
            usage,
            finishReason: { unified: toolCalls.length ? 'tool-calls' : 'stop', raw: undefined },
          });
          controller.close();
        } catch (error) {
          controller.error(error);
        }
      },
    });
    return { stream };
  }
}

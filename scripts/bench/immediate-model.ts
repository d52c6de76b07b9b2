import type { LanguageModelV4, LanguageModelV4CallOptions, LanguageModelV4StreamPart } from '@ai-sdk/provider';

const usage = { inputTokens: { total: 0, noCache: 0, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: 0, text: 0, reasoning: 0 } };

/** A model that answers at once with a fixed line and no tool calls: what is left of a turn's time is the table's own. */
export class ImmediateModel implements LanguageModelV4 {
  readonly specificationVersion = 'v4' as const;
  readonly provider = 'bench';
  readonly modelId = 'immediate';
  readonly supportedUrls = {};

  constructor(protected text: string) {}

  async doGenerate(_options: LanguageModelV4CallOptions) {
    return { content: [{ type: 'text' as const, text: this.text }], finishReason: { unified: 'stop' as const, raw: undefined }, usage, warnings: [] };
  }

  async doStream(_options: LanguageModelV4CallOptions) {
    const parts: LanguageModelV4StreamPart[] = [
      { type: 'stream-start', warnings: [] },
      { type: 'text-start', id: 't' },
      { type: 'text-delta', id: 't', delta: this.text },
      { type: 'text-end', id: 't' },
      { type: 'finish', finishReason: { unified: 'stop', raw: undefined }, usage },
    ];
    return { stream: new ReadableStream<LanguageModelV4StreamPart>({ start: (c) => (parts.forEach((p) => c.enqueue(p)), c.close()) }) };
  }
}

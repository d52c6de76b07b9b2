import { wrapImageModel, wrapLanguageModel, type ImageModel, type LanguageModel } from 'ai';
import type { ImageModelV4, LanguageModelV4 } from '@ai-sdk/provider';

/** Middleware that holds every call for `ms` before the model sees it, as a hosted model keeps one waiting. */
function delay(ms: number) {
  return {
    async transformParams<P>({ params }: { params: P }): Promise<P> {
      await new Promise((resolve) => setTimeout(resolve, ms));
      return params;
    },
  };
}

export function withLatency(model: LanguageModelV4, ms: number): LanguageModel {
  return wrapLanguageModel({ model, middleware: delay(ms) });
}

export function imageWithLatency(model: ImageModelV4, ms: number): ImageModel {
  return wrapImageModel({ model, middleware: delay(ms) });
}

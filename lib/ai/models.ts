import { createOpenAI } from '@ai-sdk/openai';
import type { ImageModel, LanguageModel } from 'ai';
import type { AppConfig } from '@/lib/config';
import { OfflineModel, type OfflineRole } from './offline/offline-model';

export type ModelRole = OfflineRole;

/** The model an agent plays with: the offline narrator unless an OpenAI key is configured. */
function openaiProvider(config: Extract<AppConfig['model'], { kind: 'openai' }>) {
  return createOpenAI({ apiKey: config.apiKey, baseURL: config.baseURL });
}

export function modelFor(role: ModelRole, config: AppConfig['model']): LanguageModel {
  // The offline narrator streams its words at a reading pace where a person watches them arrive.
  if (config.kind === 'offline') return new OfflineModel(role, role === 'player' ? 0 : config.tokenDelayMs);
  const openai = openaiProvider(config);
  // Compatible servers (Ollama, vLLM, ...) speak chat completions, not the Responses API.
  return config.baseURL ? openai.chat(config.modelId) : openai(config.modelId);
}

/** The model that paints pictures, when a key and an image model are configured; otherwise pictures are drawn procedurally. */
export function imageModelFor(config: AppConfig['model']): ImageModel | undefined {
  if (config.kind === 'offline' || config.imageModelId === null) return undefined;
  return openaiProvider(config).image(config.imageModelId);
}

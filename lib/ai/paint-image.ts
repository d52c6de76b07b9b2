import { generateImage, type ImageModel } from 'ai';

export type Painting = { mediaType: string; base64: string };

const sizes = { square: '1024x1024', wide: '1536x1024' } as const;

/**
 * A picture from the configured image model. It is decoration only: when the
 * model fails the caller keeps its procedural drawing, so a painting is never
 * what a turn or a campaign waits on.
 */
export async function paint(model: ImageModel, prompt: string, shape: keyof typeof sizes, abortSignal?: AbortSignal): Promise<Painting> {
  const { image } = await generateImage({ model, prompt, size: sizes[shape], n: 1, maxRetries: 1, abortSignal });
  return { mediaType: image.mediaType, base64: image.base64 };
}

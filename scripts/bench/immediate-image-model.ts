import type { ImageModelV4, ImageModelV4CallOptions } from '@ai-sdk/provider';

/** One transparent pixel: a picture small enough that carrying it costs the bus next to nothing. */
const PIXEL = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** An image model that paints at once, so what is left of a map's time is the generator's own. */
export class ImmediateImageModel implements ImageModelV4 {
  readonly specificationVersion = 'v4' as const;
  readonly provider = 'bench';
  readonly modelId = 'immediate-image';
  readonly maxImagesPerCall = 1;

  async doGenerate(_options: ImageModelV4CallOptions) {
    return { images: [PIXEL], warnings: [], response: { timestamp: new Date(), modelId: this.modelId, headers: undefined } };
  }
}

import { MockImageModelV4 } from 'ai/test';
import { afterEach, describe, expect, it } from 'vitest';
import { startGeneratorAgent } from '@/lib/agents/generator-agent';
import { imageModelFor } from '@/lib/ai/models';
import { AgentBus, MemoryTransport } from '@/lib/bus';
import { readConfig } from '@/lib/config';
import { paint } from '@/lib/ai/paint-image';
import { createRequest } from '@/lib/messages';
import { fakeOpenAI } from '../../fixtures/fake-openai';

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

describe('painting with an image model', () => {
  it('asks an OpenAI-compatible server for the picture, with the configured model and key', async () => {
    const server = await fakeOpenAI(() => ({ status: 200, body: { created: 1, data: [{ b64_json: PNG }] } }));
    closers.push(server.close);
    const config = readConfig({ OPENAI_API_KEY: 'sk-local', OPENAI_BASE_URL: server.baseURL, OPENAI_IMAGE_MODEL: 'gpt-image-1' });
    const painting = await paint(imageModelFor(config.model)!, 'A portrait of Mother Brine', 'square');
    expect(painting).toEqual({ mediaType: 'image/png', base64: PNG });
    expect(server.seen).toHaveLength(1);
    expect(server.seen[0]).toMatchObject({
      method: 'POST',
      path: '/v1/images/generations',
      headers: { authorization: 'Bearer sk-local' },
      body: { model: 'gpt-image-1', prompt: 'A portrait of Mother Brine', n: 1, size: '1024x1024' },
    });
  });

  it('paints nothing without a key, or when told not to', () => {
    expect(imageModelFor(readConfig({}).model)).toBeUndefined();
    expect(imageModelFor(readConfig({ OPENAI_API_KEY: 'sk-local', OPENAI_IMAGE_MODEL: 'none' }).model)).toBeUndefined();
  });

  it('keeps the procedural drawing, and the grid, when the image model fails', async () => {
    const bus = new AgentBus({ transport: new MemoryTransport(), deadLetters: { add: async () => {} } });
    const failing = new MockImageModelV4({
      doGenerate: async () => {
        throw new Error('the painter is out of paint');
      },
    });
    const stop = await startGeneratorAgent({ bus, timeoutMs: 10_000, imageModel: failing });
    closers.push(async () => {
      await stop();
      await bus.close();
    });
    const response = await bus.request(
      createRequest({
        fromAgent: 'dm',
        toAgent: 'generator',
        sessionId: 's',
        action: 'generate_map',
        parameters: { kind: 'battle', seed: 9, width: 12, height: 8, terrain: 'ruins' },
      }),
    );
    expect(response.payload).toMatchObject({ success: true, data: { kind: 'battle', svg: expect.stringMatching(/^<svg/) } });
    const data = (response.payload as { data: { rows: string[]; image?: unknown } }).data;
    expect(data.rows).toHaveLength(8);
    expect(data.image).toBeUndefined();
  });
});

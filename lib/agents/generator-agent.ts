import type { ImageModel } from 'ai';
import { createActor, fromPromise } from 'xstate';
import { z } from 'zod';
import { generatorMachine } from '@/machines/generator.machine';
import { AgentError, type MessageBus, type Unsubscribe } from '@/lib/bus';
import { diagnosticSwitches } from '@/lib/config';
import { battleTerrainSchema, generateBattleMap, generateNpc, generatePortrait, generateWorldMap, GeneratorInputError } from '@/lib/generator';
import { imagePrompts } from '@/lib/generator/image-prompts';
import { paint, type Painting } from '@/lib/ai/paint-image';
import { parseParams } from './parse-params';
import { actorInspector } from './inspector';
import { testFaults } from './test-faults';
import { runTracked } from './live-actors';

/** Paints a picture when an image model is configured; without one, or when it fails, there is none. */
type Painter = (prompt: string, shape: 'square' | 'wide') => Promise<Painting | undefined>;

/**
 * What the generator makes, by bus action. Results are SVG drawings plus the
 * data the table uses, and a painting beside the drawing when a model made one.
 */
const work = {
  generate_map: async (parameters: unknown, painter: Painter) => {
    const request = parseParams(
      z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('battle'), seed: z.number().int(), width: z.number().int(), height: z.number().int(), terrain: z.string() }),
        z.object({ kind: z.literal('world'), seed: z.number().int(), name: z.string().optional(), locations: z.array(z.object({ id: z.string(), title: z.string() })) }),
      ]),
      parameters,
    );
    if (request.kind === 'world') {
      const map = generateWorldMap(request);
      const image = await painter(imagePrompts.world(request), 'wide');
      return { kind: 'world', svg: map.svg, regions: map.regions.map((r) => r.name), image };
    }
    const terrain = battleTerrainSchema.safeParse(request.terrain);
    if (!terrain.success) throw new AgentError('invalid_request', `Unknown terrain "${request.terrain}": use ${battleTerrainSchema.options.join(', ')}`);
    const map = generateBattleMap({ ...request, terrain: terrain.data });
    const image = await painter(imagePrompts.battle(map), map.width > map.height ? 'wide' : 'square');
    return { kind: 'battle', svg: map.svg, rows: map.rows, entrance: map.entrance, spawnPoints: map.spawnPoints, image };
  },
  generate_portrait: async (parameters: unknown, painter: Painter) => {
    const request = parseParams(z.object({ seed: z.number().int(), name: z.string(), kind: z.enum(['hero', 'villain', 'npc', 'monster']).optional() }), parameters);
    const portrait = generatePortrait(request);
    return { svg: portrait.svg, image: await painter(imagePrompts.portrait(portrait), 'square') };
  },
  generate_npc: async (parameters: unknown) => {
    const request = parseParams(z.object({ seed: z.number().int(), role: z.string().optional() }), parameters);
    const npc = generateNpc(request as Parameters<typeof generateNpc>[0]);
    return { ...npc, svg: npc.portraitSvg };
  },
};

export type GeneratorAgentOptions = {
  bus: MessageBus;
  timeoutMs: number;
  /** Paints portraits and maps beside the procedural drawings. */
  imageModel?: ImageModel;
  /** Requests this process works on at once. */
  concurrency?: number;
};

function painterFor(options: GeneratorAgentOptions, signal: AbortSignal): Painter {
  const model = options.imageModel;
  if (!model) return async () => undefined;
  return async (prompt, shape) => {
    try {
      // Painting stops early enough that the drawing still goes out within the request's time.
      return await paint(model, prompt, shape, AbortSignal.any([signal, AbortSignal.timeout(Math.floor(options.timeoutMs * 0.8))]));
    } catch (error) {
      console.warn('[generator] painting failed; keeping the drawing:', (error as Error).message);
      return undefined;
    }
  };
}

/** Hosts the generator machine on the bus: one machine per request. */
export function startGeneratorAgent(options: GeneratorAgentOptions): Promise<Unsubscribe> {
  return options.bus.subscribe('generator', async (message) => {
    if (message.messageType !== 'request' || !(message.payload.action in work)) {
      throw new AgentError('unsupported', `The generator answers only ${Object.keys(work).join(', ')} requests`);
    }
    if (diagnosticSwitches().testHooks && testFaults().generatorFails) throw new Error('test fault: the generator is switched to fail');
    const make = work[message.payload.action as keyof typeof work];
    const parameters = message.payload.parameters;
    const generate = fromPromise<unknown>(async ({ signal }) => {
      try {
        return await make(parameters, painterFor(options, signal));
      } catch (error) {
        // A request the generator refuses fails the same way every time: no point trying again.
        if (error instanceof GeneratorInputError || error instanceof AgentError) throw Object.assign(error, { permanent: true });
        throw error;
      }
    });
    const machine = generatorMachine.provide({ actors: { generate } });
    const actor = createActor(machine, { input: { timeoutMs: options.timeoutMs, maxAttempts: 2 }, inspect: actorInspector() }).start();
    const output = await runTracked('generator', message.sessionId, actor);
    if (!output.ok) throw new AgentError(output.permanent ? 'invalid_request' : 'generation_failed', output.error);
    return output.result;
  }, { concurrency: options.concurrency });
}

import { createActor, fromPromise, toPromise } from 'xstate';
import { z } from 'zod';
import { generatorMachine } from '@/machines/generator.machine';
import { AgentError, type MessageBus, type Unsubscribe } from '@/lib/bus';
import { battleTerrainSchema, generateBattleMap, generateNpc, generatePortrait, generateWorldMap, GeneratorInputError } from '@/lib/generator';
import { parseParams } from './parse-params';

/** What the generator makes, by bus action. Results are SVG drawings plus the data the table uses. */
const work = {
  generate_map: (parameters: unknown) => {
    const request = parseParams(
      z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('battle'), seed: z.number().int(), width: z.number().int(), height: z.number().int(), terrain: z.string() }),
        z.object({ kind: z.literal('world'), seed: z.number().int(), name: z.string().optional(), locations: z.array(z.object({ id: z.string(), title: z.string() })) }),
      ]),
      parameters,
    );
    if (request.kind === 'world') {
      const map = generateWorldMap(request);
      return { kind: 'world', svg: map.svg, regions: map.regions.map((r) => r.name) };
    }
    const terrain = battleTerrainSchema.safeParse(request.terrain);
    if (!terrain.success) throw new AgentError('invalid_request', `Unknown terrain "${request.terrain}": use ${battleTerrainSchema.options.join(', ')}`);
    const map = generateBattleMap({ ...request, terrain: terrain.data });
    return { kind: 'battle', svg: map.svg, rows: map.rows, entrance: map.entrance, spawnPoints: map.spawnPoints };
  },
  generate_portrait: (parameters: unknown) => {
    const request = parseParams(z.object({ seed: z.number().int(), name: z.string(), kind: z.enum(['hero', 'villain', 'npc', 'monster']).optional() }), parameters);
    return { svg: generatePortrait(request).svg };
  },
  generate_npc: (parameters: unknown) => {
    const request = parseParams(z.object({ seed: z.number().int(), role: z.string().optional() }), parameters);
    const npc = generateNpc(request as Parameters<typeof generateNpc>[0]);
    return { ...npc, svg: npc.portraitSvg };
  },
};

export type GeneratorAgentOptions = { bus: MessageBus; timeoutMs: number };

/** Hosts the generator machine on the bus: one machine per request. */
export function startGeneratorAgent(options: GeneratorAgentOptions): Promise<Unsubscribe> {
  return options.bus.subscribe('generator', async (message) => {
    if (message.messageType !== 'request' || !(message.payload.action in work)) {
      throw new AgentError('unsupported', `The generator answers only ${Object.keys(work).join(', ')} requests`);
    }
    const make = work[message.payload.action as keyof typeof work];
    const parameters = message.payload.parameters;
    const generate = fromPromise<unknown>(async () => {
      try {
        return make(parameters);
      } catch (error) {
        // A request the generator refuses fails the same way every time: no point trying again.
        if (error instanceof GeneratorInputError || error instanceof AgentError) throw Object.assign(error, { permanent: true });
        throw error;
      }
    });
    const machine = generatorMachine.provide({ actors: { generate } });
    const output = await toPromise(createActor(machine, { input: { timeoutMs: options.timeoutMs, maxAttempts: 2 } }).start());
    if (!output.ok) throw new AgentError(output.permanent ? 'invalid_request' : 'generation_failed', output.error);
    return output.result;
  });
}

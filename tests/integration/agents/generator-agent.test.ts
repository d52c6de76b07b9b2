import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGeneratorAgent } from '@/lib/agents/generator-agent';
import { AgentBus, MemoryTransport, type Unsubscribe } from '@/lib/bus';
import { createRequest } from '@/lib/messages';
import { gridFromRows } from '@/lib/rules/grid';

const bus = new AgentBus({ transport: new MemoryTransport(), deadLetters: { add: async () => {} } });
let stop: Unsubscribe;
beforeAll(async () => {
  stop = await startGeneratorAgent({ bus, timeoutMs: 10_000 });
});
afterAll(async () => {
  await stop();
  await bus.close();
});

const ask = (action: string, parameters: Record<string, unknown>) =>
  bus.request(createRequest({ fromAgent: 'dm', toAgent: 'generator', sessionId: 'gen', action, parameters, timeout: 20_000 }));

describe('the Creative Generator on the bus', () => {
  it('draws a battle map whose squares the rules engine can use', async () => {
    const response = await ask('generate_map', { kind: 'battle', seed: 4, width: 30, height: 40, terrain: 'forest' });
    expect(response.payload.success).toBe(true);
    const map = (response.payload as { data: { svg: string; rows: string[] } }).data;
    expect(map.svg.startsWith('<svg')).toBe(true);
    expect(gridFromRows(map.rows)).toMatchObject({ width: 30, height: 40 });
    const again = await ask('generate_map', { kind: 'battle', seed: 4, width: 30, height: 40, terrain: 'forest' });
    expect(again.payload).toEqual(response.payload);
  });

  it('draws world maps and portraits', async () => {
    const world = await ask('generate_map', { kind: 'world', seed: 2, name: 'The Drowned Coast', locations: [{ id: 'a', title: 'Harrowmere' }, { id: 'b', title: 'Gull Rock' }] });
    expect(world.payload).toMatchObject({ success: true, data: { kind: 'world', svg: expect.stringContaining('Harrowmere') } });
    const portrait = await ask('generate_portrait', { seed: 3, name: 'Mother Brine', kind: 'villain' });
    expect(portrait.payload).toMatchObject({ success: true, data: { svg: expect.stringContaining('Mother Brine') } });
  });

  it('refuses a 10000x10000 map and an unknown terrain with a clear answer, without retrying', async () => {
    const huge = await ask('generate_map', { kind: 'battle', seed: 1, width: 10_000, height: 10_000, terrain: 'cave' });
    expect(huge.payload).toMatchObject({ success: false, error: { code: 'invalid_request', message: expect.stringMatching(/width.*60/i) } });
    const swamp = await ask('generate_map', { kind: 'battle', seed: 1, width: 20, height: 20, terrain: 'lava' });
    expect(swamp.payload).toMatchObject({ success: false, error: { code: 'invalid_request', message: expect.stringContaining('Unknown terrain "lava"') } });
    const nonsense = await ask('generate_song', {});
    expect(nonsense.payload).toMatchObject({ success: false, error: { code: 'unsupported' } });
  });
});

// node --import tsx scripts/bench/scale-worker.ts <dm|generator> <model latency ms>
// Hosts one agent on BUS_URL as `npm run worker` does, with stand-in models that answer after a set time,
// so the scale benchmark measures the agents and the bus rather than a provider.
import { AgentBus } from '@/lib/bus';
import { createTransport } from '@/lib/bus/transports/create-transport';
import { startAgents, type ModelOverrides } from '@/lib/agents/start-agents';
import { readConfig } from '@/lib/config';
import { ImmediateImageModel } from './immediate-image-model';
import { ImmediateModel } from './immediate-model';
import { imageWithLatency, withLatency } from './latency';

const [agent, latency] = process.argv.slice(2);
const latencyMs = Number(latency);
if ((agent !== 'dm' && agent !== 'generator') || !Number.isInteger(latencyMs) || latencyMs < 0) {
  console.error('Usage: scale-worker.ts <dm|generator> <model latency ms>');
  process.exit(2);
}

const text = new ImmediateModel('The water stirs, and nothing else.');
const image = new ImmediateImageModel();
const models: ModelOverrides =
  latencyMs === 0 ? { dm: text, generator: image } : { dm: withLatency(text, latencyMs), generator: imageWithLatency(image, latencyMs) };

const config = readConfig();
const bus = new AgentBus({
  transport: createTransport(config.bus),
  deadLetters: { add: async (letter) => console.error('[scale-worker] dead letter:', letter.reason) },
});
const stop = await startAgents(bus, config, [agent], { models });
console.log('ready');

// Closing the bus removes this worker's reply queue from the broker.
const shutDown = async () => {
  await stop();
  await bus.close();
  process.exit(0);
};
process.once('SIGTERM', shutDown);
// The bench holds our stdin open: when it goes, however it died, so does this worker.
process.stdin.once('end', shutDown).resume();

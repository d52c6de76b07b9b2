// npm run worker -- <agent...>: hosts agents as their own process, consuming from BUS_URL.
import { AgentBus } from '@/lib/bus';
import { createTransport } from '@/lib/bus/transports/create-transport';
import { startAgents, type AgentStorage } from '@/lib/agents/start-agents';
import { assetStoresFor } from '@/lib/assets/stores';
import { hostableAgents, readConfig, type HostableAgent } from '@/lib/config';
import { openPostgres } from '@/lib/db/postgres';
import { embedderFor } from '@/lib/ai/embedding-models';
import { busSpanRecorder } from '@/lib/telemetry/bus-spans';
import { flushTracing, startTracing } from '@/lib/telemetry/tracing';

const requested = process.argv.slice(2);
const unknown = requested.filter((name) => !(hostableAgents as readonly string[]).includes(name));
if (requested.length === 0 || unknown.length > 0) {
  console.error(`Usage: npm run worker -- <${hostableAgents.join('|')}>...${unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''}`);
  process.exit(2);
}
const config = readConfig();
if (config.bus.url.startsWith('memory:')) {
  console.error('A worker needs a shared bus: set BUS_URL to a redis:// or amqp:// address.');
  process.exit(2);
}
const bus = new AgentBus({
  transport: createTransport(config.bus),
  // Without the app's database a worker cannot store dead letters; it reports them loudly instead.
  deadLetters: { add: async (letter) => console.error('[worker] dead letter:', JSON.stringify(letter)) },
  recorder: startTracing() ? busSpanRecorder() : undefined,
});
// A shared database lets a worker keep what it makes (the assistant's pictures); the embedded one is the app's alone.
const storage: AgentStorage | undefined = config.databaseUrl
  ? {
      db: await openPostgres(config.databaseUrl, { multiplexed: config.databaseMultiplexed, queryTimeoutMs: config.databaseQueryTimeoutMs }),
      assets: assetStoresFor(config),
      embedder: embedderFor(config.model),
    }
  : undefined;
const stop = await startAgents(bus, config, requested as HostableAgent[], { storage });
console.log(`worker ${process.pid} serving ${requested.join(', ')} on ${new URL(config.bus.url).protocol}//`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await stop();
    await bus.close();
    await flushTracing();
    process.exit(0);
  });
}

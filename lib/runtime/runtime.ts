import type { LanguageModel } from 'ai';
import { assetStoresFor } from '@/lib/assets/stores';
import type { AssetStores } from '@/lib/assets/store';
import { AgentBus } from '@/lib/bus';
import { createTransport } from '@/lib/bus/transports/create-transport';
import { createBatchedRecorder } from '@/lib/bus/batched-recorder';
import { sampleCampaign } from '@/lib/campaigns/sample';
import type { AppConfig } from '@/lib/config';
import { refreshBuiltInCampaign } from '@/lib/db/queries/campaigns';
import { insertBusMessages } from '@/lib/db/queries/bus-messages';
import { memoryBudget } from '@/lib/memory/budget';
import type { ChronicleDeps } from '@/lib/memory/chronicle';
import { modelChronicleWriter } from '@/lib/ai/chronicle-model';
import { deadLetterSink } from '@/lib/db/queries/dead-letters';
import type { Database } from '@/lib/db/types';
import { LiveHub } from '@/lib/realtime/hub';
import { busSpanRecorder } from '@/lib/telemetry/bus-spans';
import { startTracing } from '@/lib/telemetry/tracing';
import { SupabaseBroadcaster } from '@/lib/realtime/supabase-broadcast';
import { modelFor } from '@/lib/ai/models';
import { embedderFor, type Embedder } from '@/lib/ai/embedding-models';
import { RulebookImports } from '@/lib/rulebooks/imports/rulebook-imports';
import { startAgents, type ModelOverrides } from '@/lib/agents/start-agents';
import { MetricsHistory } from '@/lib/ops/metrics-history';
import { ModelMetrics } from '@/lib/ops/model-metrics';
import { traceable } from '@/lib/ops/trace-redaction';
import { SeatKeeper } from '@/lib/table/seat-keeper';
import { SessionHost } from '@/lib/table/session-host';
import { TableLeases } from '@/lib/table/table-leases';
import { TableRelay } from '@/lib/table/table-relay';

/** With a broker bus, other app instances may share the database: tables are leased, and live events relayed. */
function shareTables(instanceId: string, bus: AgentBus, db: Database, leaseMs: number, onLost: (sessionId: string) => void) {
  return { relay: new TableRelay(bus, instanceId), leases: new TableLeases({ db, holder: instanceId, ttlMs: leaseMs, onLost }) };
}

export type Runtime = {
  /** This process among the app instances sharing the database and bus (in leases, and in health answers). */
  instanceId: string;
  db: Database;
  bus: AgentBus;
  hub: LiveHub;
  sessions: SessionHost;
  /** Who is at each table now, and the AI players who stand in for those who are gone. */
  seats: SeatKeeper;
  /** Where the campaign's memory is kept and how its facts are embedded. */
  memory: ChronicleDeps;
  /** The bus's per-agent numbers over the last hour, for the ops pages. */
  history: MetricsHistory;
  /** The agents this process hosts. */
  agents: readonly string[];
  assets: AssetStores;
  imports: RulebookImports;
  /** The model that embeds rulebook passages and the questions asked of them. */
  embedder: Embedder;
  /** With a hosted model, the one that names a rulebook's terms for a person's rules question (see rulebookTermsFor); none offline. */
  questionModel?: LanguageModel;
  /** Writes traced messages still waiting in the recorder's batch. */
  flushTraces(): Promise<void>;
  close(): Promise<void>;
};

/** Wires one process's table: database, bus with its agents, live feed and sessions. */
export async function createRuntime(config: AppConfig, db: Database, models: ModelOverrides = {}): Promise<Runtime> {
  await refreshBuiltInCampaign(db, sampleCampaign);
  // Small batches, made traceable off the turn's path: no turn waits long behind one.
  const recorder = createBatchedRecorder((batch) => insertBusMessages(db, batch.map(traceable)), { maxBatch: 50 });
  const spans = startTracing() ? busSpanRecorder() : null;
  const bus = new AgentBus({
    transport: createTransport(config.bus),
    deadLetters: deadLetterSink(db),
    recorder: spans ? (message) => (recorder(message), spans(message)) : recorder,
  });
  const hub = new LiveHub();
  if (config.realtime.kind === 'supabase') hub.tap(new SupabaseBroadcaster(config.realtime).send);
  const assets = assetStoresFor(config);
  const embedder = embedderFor(config.model);
  // With a model the Chronicler writes facts and summaries with it; offline it reads the log by itself.
  const memory: ChronicleDeps = { db, embedder, writer: config.model.kind === 'openai' ? modelChronicleWriter(modelFor('assistant', config.model)) : undefined };
  const stopAgents = await startAgents(bus, config, config.inProcessAgents, { models, storage: { db, assets, embedder, memory } });
  // With a model, an import asks it for the structure of books without an outline and for the entries the layout could not read.
  const importModel = config.model.kind === 'openai' ? modelFor('assistant', config.model) : undefined;
  const imports = new RulebookImports({
    db,
    embedder,
    maxBytes: config.rulebookMaxBytes,
    reading: config.rulebookReading,
    structureModel: importModel,
    contentModel: importModel,
  });
  const modelMetrics = new ModelMetrics(bus.metrics.registry);
  const instanceId = crypto.randomUUID();
  const sharing = bus.shared ? shareTables(instanceId, bus, db, config.sessionLeaseMs, (sessionId) => sessions.leaseLost(sessionId)) : undefined;
  const sessions = new SessionHost({
    db,
    bus,
    hub,
    assets,
    agentTimeoutMs: config.agentTimeoutMs,
    turnTimeoutMs: config.turnTimeoutMs,
    memoryBudgetTokens: memoryBudget(config.contextWindowTokens),
    idleTtlMs: config.sessionIdleTtlMs,
    modelMetrics,
    sharing,
  });
  const seats = new SeatKeeper({
    db,
    hub,
    sessions,
    graceMs: config.seatGraceMs,
    share: sharing && ((sessionId, report) => sharing.relay.presence(sessionId, report)),
  });
  if (sharing) {
    // Presence is each instance's own count of open feeds: instances exchange those counts, not the events.
    hub.tap((sessionId, event) => event.kind !== 'presence' && sharing.relay.live(sessionId, event));
    await sharing.relay.start({
      live: (sessionId, event) => hub.deliver(sessionId, event),
      wake: (sessionId) => sessions.wake(sessionId),
      command: (sessionId, command) => void sessions.command(sessionId, command).catch((error: unknown) => console.error(`[session ${sessionId}] a passed-on command failed:`, error)),
      presence: (from, sessionId, report) => void seats.heard(from, sessionId, report).catch((error: unknown) => console.error(`[session ${sessionId}] could not take in another instance's presence:`, error)),
    });
  }
  const history = new MetricsHistory(bus.metrics);
  return {
    instanceId,
    db,
    bus,
    hub,
    sessions,
    seats,
    memory,
    history,
    agents: config.inProcessAgents,
    assets,
    imports,
    embedder,
    questionModel: importModel,
    flushTraces: () => recorder.flush(),
    async close() {
      imports.stop();
      seats.stop();
      history.stop();
      await sharing?.relay.close();
      await sessions.stop();
      await stopAgents();
      await recorder.flush();
      await bus.close();
    },
  };
}

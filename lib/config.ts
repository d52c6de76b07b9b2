import path from 'node:path';
import { z } from 'zod';

/** The agents a process can host, by the bus name they answer to. */
export const hostableAgents = ['dm', 'player', 'generator', 'assistant', 'chronicler'] as const;
export type HostableAgent = (typeof hostableAgents)[number];

/**
 * The one place that reads the environment. Nothing set means the embedded
 * mode: PGlite in DATA_DIR, the in-process bus and the offline narrator;
 * BUS_URL moves the agents' messages to Redis or RabbitMQ.
 */
const envSchema = z.object({
  DATA_DIR: z.string().min(1).default('.data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATABASE_MULTIPLEXED: z.enum(['true', 'false']).default('false'),
  DATABASE_QUERY_TIMEOUT_MS: z.coerce.number().int().min(1_000).default(60_000),
  BUS_URL: z
    .string()
    .regex(/^(memory|rediss?|amqps?):\/\//, 'must start with memory://, redis://, rediss://, amqp:// or amqps://')
    .default('memory://'),
  BUS_NAMESPACE: z.string().max(60).default(''),
  BUS_RECLAIM_IDLE_MS: z.coerce.number().int().min(100).default(60_000),
  AGENTS_IN_PROCESS: z
    .string()
    .default(hostableAgents.join(','))
    .transform((value) => (value.trim() === 'none' ? [] : value.split(',').map((name) => name.trim())))
    .pipe(z.array(z.enum(hostableAgents))),
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: z.string().url().optional(),
  OPENAI_MODEL: z.string().min(1).default('gpt-4o-mini'),
  OPENAI_IMAGE_MODEL: z.string().min(1).default('gpt-image-1'),
  OPENAI_EMBEDDING_MODEL: z.string().min(1).default('text-embedding-3-small'),
  /** The model's context window in tokens; the story's memory takes a tenth of it, within bounds. */
  MODEL_CONTEXT_TOKENS: z.coerce.number().int().min(1_000).max(10_000_000).optional(),
  NEXT_PUBLIC_SUPABASE_URL: z.string().url().optional(),
  SUPABASE_SERVICE_ROLE_KEY: z.string().min(1).optional(),
  NEXT_PUBLIC_SUPABASE_ANON_KEY: z.string().min(1).optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  TURN_TIMEOUT_MS: z.coerce.number().int().min(1_000).default(180_000),
  SEAT_GRACE_MS: z.coerce.number().int().min(0).default(30_000),
  ACTIONS_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  CHAT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  QUESTIONS_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  OPERATOR_IDS: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((id) => id.trim()).filter(Boolean))
    .pipe(z.array(z.uuid('must be user ids (UUIDs), comma-separated'))),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  SUPABASE_STORAGE_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9._-]{1,62}$/, 'must be a bucket name (lowercase letters, digits, . _ -)').default('assets'),
  OFFLINE_TOKEN_DELAY_MS: z.coerce.number().int().min(0).max(1000).default(30),
  AGENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  AGENT_CONCURRENCY: z.coerce.number().int().min(1).default(32),
  MAX_ACTION_LENGTH: z.coerce.number().int().min(1).max(10_000).default(500),
  RULEBOOK_MAX_MB: z.coerce.number().int().min(1).max(500).default(64),
  RULEBOOK_READ_TIMEOUT_S: z.coerce.number().int().min(1).max(3600).optional(),
  RULEBOOK_READ_MEMORY_MB: z.coerce.number().int().min(64).max(16_384).optional(),
  SESSION_IDLE_TTL_MS: z.coerce.number().int().min(1_000).default(3_600_000),
  SESSION_LEASE_MS: z.coerce.number().int().min(500).default(15_000),
});

export type BusConfig = {
  url: string;
  /** Prefix for broker names (keys, exchanges, queues), so deployments can share a broker. */
  namespace: string;
  /** Redis: how long a dead worker's messages wait before another worker takes them. */
  reclaimIdleMs: number;
};

export type AppConfig = {
  dataDir: string;
  /** A Postgres server to use instead of the embedded database in dataDir. */
  databaseUrl: string | undefined;
  /** The server multiplexes clients over one connection (pglite-server): statements must not interleave. */
  databaseMultiplexed: boolean;
  /** A Postgres statement unanswered this long fails, and its connection is discarded. */
  databaseQueryTimeoutMs: number;
  bus: BusConfig;
  model:
    | { kind: 'offline'; tokenDelayMs: number }
    | {
        kind: 'openai';
        apiKey: string;
        baseURL: string | undefined;
        modelId: string;
        /** The model that paints portraits and maps; null draws them procedurally. */
        imageModelId: string | null;
        /** The model that embeds rulebook passages and questions for retrieval. */
        embeddingModelId: string;
      };
  /** Where pictures are kept: files in dataDir, or a Supabase Storage bucket. */
  assetStorage: { kind: 'files' } | { kind: 'supabase'; url: string; serviceKey: string; bucket: string };
  /** The configured model's context window, in tokens. */
  contextWindowTokens: number;
  agentTimeoutMs: number;
  /**
   * How many messages each agent handles at once in one process. Bounding it
   * lets a slow model's work spread over workers instead of piling up in one.
   */
  agentConcurrency: number;
  maxActionLength: number;
  /** Largest rulebook PDF an upload may be. */
  rulebookMaxBytes: number;
  /** How long reading one rulebook PDF may take, and the memory each reading thread may use; unset, the importer's defaults. */
  rulebookReading: { timeoutMs: number | undefined; maxMemoryMb: number | undefined };
  /** How long an idle session's actor stays in memory before it is evicted (its snapshot brings it back). */
  sessionIdleTtlMs: number;
  /** With several app instances: how long a table stays with an instance that stopped renewing its lease (died). */
  sessionLeaseMs: number;
  /** Agents this app process hosts itself; the rest must run as workers (`npm run worker`). */
  inProcessAgents: HostableAgent[];
  /**
   * Who people are: the signed session cookie alone, or Supabase Auth behind it.
   * The secret seals the cookie; when unset it is made once and kept in dataDir.
   */
  auth: { sessionSecret: string | undefined; supabase: { url: string; anonKey: string } | null };
  /**
   * How browsers follow a table live: the server's SSE feed, or Supabase Realtime (broadcast on a private
   * channel per session) when Supabase's URL, anon key and service role key are all set.
   */
  realtime: { kind: 'sse' } | { kind: 'supabase'; url: string; anonKey: string; serviceKey: string };
  /** How long the table waits for a person whose turn it is before their AI stand-in acts. */
  turnTimeoutMs: number;
  /** How long a player may be gone before an AI player takes their seat. */
  seatGraceMs: number;
  /** Per person per minute. */
  rateLimits: { actions: number; chat: number; questions: number };
  /**
   * Who may open the ops pages: the configured user ids and, on an embedded
   * install with none configured, whoever signs in on it first.
   */
  operators: { ids: string[]; firstSignIn: boolean };
  /** A bearer token Prometheus may scrape /api/metrics with; unset, only operators may read it. */
  metricsToken: string | undefined;
};

function emptyToUndefined(env: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === '' ? undefined : v]));
}

export function readConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = envSchema.safeParse(emptyToUndefined(env));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  return {
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    databaseMultiplexed: e.DATABASE_MULTIPLEXED === 'true',
    databaseQueryTimeoutMs: e.DATABASE_QUERY_TIMEOUT_MS,
    bus: { url: e.BUS_URL, namespace: e.BUS_NAMESPACE, reclaimIdleMs: e.BUS_RECLAIM_IDLE_MS },
    model: e.OPENAI_API_KEY
      ? {
          kind: 'openai',
          apiKey: e.OPENAI_API_KEY,
          baseURL: e.OPENAI_BASE_URL,
          modelId: e.OPENAI_MODEL,
          imageModelId: e.OPENAI_IMAGE_MODEL === 'none' ? null : e.OPENAI_IMAGE_MODEL,
          embeddingModelId: e.OPENAI_EMBEDDING_MODEL,
        }
      : { kind: 'offline', tokenDelayMs: e.OFFLINE_TOKEN_DELAY_MS },
    assetStorage:
      e.NEXT_PUBLIC_SUPABASE_URL && e.SUPABASE_SERVICE_ROLE_KEY
        ? { kind: 'supabase', url: e.NEXT_PUBLIC_SUPABASE_URL, serviceKey: e.SUPABASE_SERVICE_ROLE_KEY, bucket: e.SUPABASE_STORAGE_BUCKET }
        : { kind: 'files' },
    // A hosted model's window is large; the offline narrator's prompt is kept as small as a local model's.
    contextWindowTokens: e.MODEL_CONTEXT_TOKENS ?? (e.OPENAI_API_KEY ? 128_000 : 8_192),
    agentTimeoutMs: e.AGENT_TIMEOUT_MS,
    agentConcurrency: e.AGENT_CONCURRENCY,
    maxActionLength: e.MAX_ACTION_LENGTH,
    rulebookMaxBytes: e.RULEBOOK_MAX_MB * 1024 * 1024,
    rulebookReading: {
      timeoutMs: e.RULEBOOK_READ_TIMEOUT_S === undefined ? undefined : e.RULEBOOK_READ_TIMEOUT_S * 1000,
      maxMemoryMb: e.RULEBOOK_READ_MEMORY_MB,
    },
    inProcessAgents: e.AGENTS_IN_PROCESS,
    sessionIdleTtlMs: e.SESSION_IDLE_TTL_MS,
    sessionLeaseMs: e.SESSION_LEASE_MS,
    auth: {
      sessionSecret: e.SESSION_SECRET,
      supabase:
        e.NEXT_PUBLIC_SUPABASE_URL && e.NEXT_PUBLIC_SUPABASE_ANON_KEY ? { url: e.NEXT_PUBLIC_SUPABASE_URL, anonKey: e.NEXT_PUBLIC_SUPABASE_ANON_KEY } : null,
    },
    realtime:
      e.NEXT_PUBLIC_SUPABASE_URL && e.NEXT_PUBLIC_SUPABASE_ANON_KEY && e.SUPABASE_SERVICE_ROLE_KEY
        ? { kind: 'supabase', url: e.NEXT_PUBLIC_SUPABASE_URL, anonKey: e.NEXT_PUBLIC_SUPABASE_ANON_KEY, serviceKey: e.SUPABASE_SERVICE_ROLE_KEY }
        : { kind: 'sse' },
    turnTimeoutMs: e.TURN_TIMEOUT_MS,
    seatGraceMs: e.SEAT_GRACE_MS,
    rateLimits: { actions: e.ACTIONS_PER_MINUTE, chat: e.CHAT_PER_MINUTE, questions: e.QUESTIONS_PER_MINUTE },
    operators: {
      ids: e.OPERATOR_IDS,
      // Only where nobody else can reach the install first: not on a shared database, not behind Supabase Auth.
      firstSignIn: e.OPERATOR_IDS.length === 0 && !e.DATABASE_URL && !(e.NEXT_PUBLIC_SUPABASE_URL && e.NEXT_PUBLIC_SUPABASE_ANON_KEY),
    },
    metricsToken: e.METRICS_TOKEN,
  };
}

let cached: AppConfig | undefined;

export function getConfig(): AppConfig {
  cached ??= readConfig();
  return cached;
}

/**
 * Switches for watching and testing a process, read when they are used rather
 * than once with the config: tests turn them on in process.env around one run.
 */
export type DiagnosticSwitches = {
  /** A Stately inspector's WebSocket that every actor streams its events and snapshots to. */
  inspectUrl: string | undefined;
  /** Spans go to OTEL_EXPORTER_OTLP_ENDPOINT under this service name; null, no tracing is set up. */
  tracing: { serviceName: string } | null;
  /** ROUNDTABLE_TEST_HOOKS=1: the browser tests may switch faults on (the generator failing). */
  testHooks: boolean;
};

export function diagnosticSwitches(env: Record<string, string | undefined> = process.env): DiagnosticSwitches {
  return {
    inspectUrl: env.XSTATE_INSPECT_URL || undefined,
    tracing: env.OTEL_EXPORTER_OTLP_ENDPOINT ? { serviceName: env.OTEL_SERVICE_NAME ?? 'roundtable' } : null,
    testHooks: env.ROUNDTABLE_TEST_HOOKS === '1',
  };
}

import 'server-only';
import { modelUsageByMinute } from '@/lib/db/queries/model-usage';
import type { Database } from '@/lib/db/types';
import type { MetricsHistory } from './metrics-history';

export type { UsagePoint } from '@/lib/db/queries/model-usage';

const HOUR_MS = 3_600_000;

/** The bus's per-agent numbers over the last hour, and the models' tokens and latency per minute. */
export async function lastHourMetrics({ db, history }: { db: Database; history: Pick<MetricsHistory, 'all'> }) {
  const usage = await modelUsageByMinute(db, { since: new Date(Date.now() - HOUR_MS) });
  return { samples: history.all(), usage };
}

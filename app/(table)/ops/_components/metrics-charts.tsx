'use client';

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { MetricsSample } from '@/lib/ops/metrics-history';
import type { UsagePoint } from '@/lib/ops/recent-metrics';
import { usePolled } from './use-polled';

const AGENTS = ['dm', 'player', 'generator', 'assistant'] as const;
const COLORS: Record<string, string> = { dm: '#d4a24c', player: '#6cb4ee', generator: '#8fd18a', assistant: '#c49be8' };

const time = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });

function Chart({ title, data, keys, unit }: { title: string; data: Array<Record<string, number | string>>; keys: string[]; unit: string }) {
  return (
    <figure className="panel ops-chart" data-testid="ops-chart">
      <figcaption>{title}</figcaption>
      {data.length < 2 ? (
        <p className="muted">Not enough samples yet.</p>
      ) : (
        <ResponsiveContainer width="100%" height={200}>
          <LineChart data={data}>
            <CartesianGrid strokeOpacity={0.15} />
            <XAxis dataKey="t" fontSize={11} />
            <YAxis fontSize={11} unit={unit} width={60} />
            <Tooltip />
            <Legend />
            {keys.map((key) => (
              <Line key={key} type="monotone" dataKey={key} stroke={COLORS[key.split(' ')[0]!] ?? '#aaa'} dot={false} isAnimationActive={false} />
            ))}
          </LineChart>
        </ResponsiveContainer>
      )}
    </figure>
  );
}

/** The bus's numbers per agent over the last hour, and the models' tokens and latency per minute. */
export function MetricsCharts() {
  const { data, error } = usePolled<{ samples: MetricsSample[]; usage: UsagePoint[] }>('/api/ops/metrics', 5_000);
  if (!data) return <p className={error ? 'error' : 'muted'}>{error ?? 'Loading…'}</p>;
  const samples = data.samples;
  // Counters only grow; per-sample differences show the rate.
  const rate = (pick: (m: NonNullable<MetricsSample['agents']['dm']>) => number) =>
    samples.slice(1).map((s, i) => ({
      t: time(s.at),
      ...Object.fromEntries(AGENTS.map((a) => [a, Math.max(0, pick(s.agents[a]!) - pick(samples[i]!.agents[a]!))])),
    }));
  const latency = samples.map((s) => ({
    t: time(s.at),
    ...Object.fromEntries(AGENTS.flatMap((a) => [[`${a} p95`, Math.round(s.agents[a]!.handlingMs.p95)]])),
  }));
  const minutes = [...new Set(data.usage.map((u) => u.minute))];
  const usage = minutes.map((minute) => {
    const at = data.usage.filter((u) => u.minute === minute);
    const of = (agent: string) => at.find((u) => u.agent === agent);
    return {
      t: time(minute),
      'dm tokens': (of('dm')?.inputTokens ?? 0) + (of('dm')?.outputTokens ?? 0),
      'player tokens': (of('player')?.inputTokens ?? 0) + (of('player')?.outputTokens ?? 0),
      'dm ms': of('dm')?.avgMs ?? 0,
      'player ms': of('player')?.avgMs ?? 0,
    };
  });
  return (
    <div className="ops-charts">
      <Chart title="Messages processed per 5 s" data={rate((m) => m.processed)} keys={[...AGENTS]} unit="" />
      <Chart title="Errors per 5 s" data={rate((m) => m.errors)} keys={[...AGENTS]} unit="" />
      <Chart title="Retries per 5 s" data={rate((m) => m.retries)} keys={[...AGENTS]} unit="" />
      <Chart title="Dead letters per 5 s" data={rate((m) => m.deadLetters)} keys={[...AGENTS]} unit="" />
      <Chart title="Handling time p95" data={latency} keys={AGENTS.map((a) => `${a} p95`)} unit=" ms" />
      <Chart title="Model tokens per minute" data={usage} keys={['dm tokens', 'player tokens']} unit="" />
      <Chart title="Model latency per call (average)" data={usage} keys={['dm ms', 'player ms']} unit=" ms" />
      <p className="muted">
        The same numbers, for Prometheus: <a href="/api/metrics">/api/metrics</a>.
      </p>
    </div>
  );
}

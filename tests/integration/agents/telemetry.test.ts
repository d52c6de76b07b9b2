import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '@/lib/runtime/runtime';
import { readConfig } from '@/lib/config';
import { openPglite } from '@/lib/db/pglite';
import { flushTracing } from '@/lib/telemetry/tracing';

type OtlpSpan = { name: string; attributes: Array<{ key: string; value: { stringValue?: string } }> };
const spans: OtlpSpan[] = [];

/** An OTLP/HTTP collector's traces endpoint, keeping what it is sent. */
const collector = http.createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    if (request.url === '/v1/traces') {
      const sent = JSON.parse(body) as { resourceSpans: Array<{ scopeSpans: Array<{ spans: OtlpSpan[] }> }> };
      for (const r of sent.resourceSpans) for (const s of r.scopeSpans) spans.push(...s.spans);
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{}');
  });
});
let runtime: Runtime;

beforeAll(async () => {
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  process.env.OTEL_EXPORTER_OTLP_ENDPOINT = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
  process.env.OTEL_EXPORTER_OTLP_PROTOCOL = 'http/json';
  runtime = await createRuntime(readConfig({ OFFLINE_TOKEN_DELAY_MS: '0' }), await openPglite('memory://'));
});

afterAll(async () => {
  await runtime.close();
  await runtime.db.close();
  collector.close();
  delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
});

describe('OpenTelemetry export', () => {
  it("sends the bus's conversations and the AI SDK's model calls to the OTLP endpoint", async () => {
    const { sessionId } = await runtime.sessions.create('sunken-shrine', { seed: 5 });
    await runtime.sessions.submit(sessionId, { characterId: 'mira', text: 'I search the altar', idempotencyKey: 'otel-0001' });
    await runtime.sessions.settled(sessionId);
    await expect
      .poll(async () => {
        await flushTracing();
        return spans.map((s) => s.name);
      }, { timeout: 15_000 })
      .toEqual(expect.arrayContaining(['bus dm resolve_action', 'bus player decide_action']));
    // The AI SDK's spans follow OpenTelemetry's GenAI conventions: the agent, each model call, each tool it ran.
    const names = spans.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['invoke_agent offline-dm', 'chat offline-dm', 'chat offline-player']));
    expect(names.some((name) => name.startsWith('execute_tool '))).toBe(true);
    const resolve = spans.find((s) => s.name === 'bus dm resolve_action')!;
    expect(resolve.attributes.find((a) => a.key === 'roundtable.session_id')?.value.stringValue).toBe(sessionId);
  });
});

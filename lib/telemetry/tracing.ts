import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { traceModelCalls } from '@/lib/ai/model-telemetry';
import { diagnosticSwitches } from '@/lib/config';

const holder = globalThis as typeof globalThis & { roundtableTracing?: NodeTracerProvider | null };

/**
 * With OTEL_EXPORTER_OTLP_ENDPOINT set, spans go to that OTLP/HTTP endpoint:
 * the AI SDK's own (every model call) and the bus's (every conversation
 * between agents). The exporter reads the standard OTEL_* variables itself.
 * Without it nothing is set up, and the bus records no spans at all.
 */
export function startTracing(): boolean {
  if (holder.roundtableTracing === undefined) {
    const tracing = diagnosticSwitches().tracing;
    if (!tracing) {
      holder.roundtableTracing = null;
    } else {
      const provider = new NodeTracerProvider({
        resource: resourceFromAttributes({ 'service.name': tracing.serviceName }),
        spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
      });
      provider.register();
      traceModelCalls();
      holder.roundtableTracing = provider;
    }
  }
  return holder.roundtableTracing !== null;
}

/** Sends the spans still waiting in the batch (before a process exits, and in tests). */
export async function flushTracing(): Promise<void> {
  await holder.roundtableTracing?.forceFlush();
}

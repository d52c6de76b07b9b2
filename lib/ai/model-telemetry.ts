import { OpenTelemetry } from '@ai-sdk/otel';
import { registerTelemetry } from 'ai';

/** Every model call from now on records its spans with OpenTelemetry's global tracer provider (set up in lib/telemetry/tracing.ts). */
export function traceModelCalls(): void {
  registerTelemetry(new OpenTelemetry());
}

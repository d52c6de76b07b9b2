import { SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import type { MessageRecorder } from '@/lib/bus/types';
import type { Envelope } from '@/lib/messages';

/** A conversation whose answer never comes is closed this long after its own timeout. */
const GRACE_MS = 1_000;

/**
 * Turns the bus's messages into spans: one per conversation (a request until
 * its response, or an event), with its updates and retries as span events,
 * so a trace shows which agent asked which, for what, and how long it took.
 */
export function busSpanRecorder(): MessageRecorder {
  const tracer = trace.getTracer('roundtable.bus');
  const open = new Map<string, { span: Span; timer: ReturnType<typeof setTimeout> }>();
  const attributes = (m: Envelope) => ({
    'roundtable.message_id': m.messageId,
    'roundtable.correlation_id': m.correlationId,
    'roundtable.session_id': m.sessionId,
    'roundtable.from_agent': m.fromAgent,
    'roundtable.to_agent': m.toAgent,
    'roundtable.retry_count': m.metadata.retryCount,
  });

  return (message) => {
    const current = open.get(message.correlationId);
    switch (message.messageType) {
      case 'request': {
        if (current) {
          current.span.addEvent('retry', attributes(message));
          return;
        }
        const span = tracer.startSpan(`bus ${message.toAgent} ${message.payload.action}`, {
          kind: SpanKind.CLIENT,
          startTime: new Date(message.timestamp),
          attributes: { ...attributes(message), 'roundtable.action': message.payload.action },
        });
        const timer = setTimeout(() => {
          open.delete(message.correlationId);
          span.setStatus({ code: SpanStatusCode.ERROR, message: 'no answer in time' });
          span.end();
        }, message.metadata.timeout + GRACE_MS);
        timer.unref?.();
        open.set(message.correlationId, { span, timer });
        return;
      }
      case 'update':
        current?.span.addEvent(message.payload.eventType, { 'roundtable.message_id': message.messageId });
        return;
      case 'response': {
        if (!current) return;
        clearTimeout(current.timer);
        open.delete(message.correlationId);
        if (!message.payload.success) current.span.setStatus({ code: SpanStatusCode.ERROR, message: message.payload.error.message });
        current.span.end(new Date(message.timestamp));
        return;
      }
      case 'event':
        tracer
          .startSpan(`bus event ${message.payload.eventType}`, { kind: SpanKind.PRODUCER, startTime: new Date(message.timestamp), attributes: attributes(message) })
          .end();
    }
  };
}

import { isoNow } from './clock';
import {
  type AgentName,
  type Envelope,
  type EventMessage,
  type Priority,
  type RequestMessage,
  type ResponseMessage,
  type UpdateMessage,
} from './envelope';

export const DEFAULT_TIMEOUT_MS = 30_000;

type Route = {
  fromAgent: AgentName;
  toAgent: AgentName;
  sessionId: string;
  priority?: Priority;
  timeout?: number;
};

type Parts<M extends Envelope> = { messageType: M['messageType']; correlationId: string; payload: M['payload'] };

// Constructors build envelopes from typed parts; the bus validates every
// message when it is published, so they need not validate twice. Each
// envelope is one object literal: spreading a shared header into it makes
// V8 keep every copy alive through a young-generation collection, which on
// a busy bus is most of the cost of garbage collection.

function build<M extends Envelope>(route: Route & { retryCount?: number }, parts: Parts<M>, messageId: string = crypto.randomUUID()): M {
  return {
    messageId,
    timestamp: isoNow(),
    fromAgent: route.fromAgent,
    toAgent: route.toAgent,
    priority: route.priority ?? 'normal',
    messageType: parts.messageType,
    correlationId: parts.correlationId,
    sessionId: route.sessionId,
    payload: parts.payload,
    metadata: { retryCount: route.retryCount ?? 0, timeout: route.timeout ?? DEFAULT_TIMEOUT_MS },
  } as M;
}

/** A request starts a conversation: its correlationId is its own messageId. */
export function createRequest(
  route: Route & { action: string; parameters?: Record<string, unknown> },
): RequestMessage {
  const messageId = crypto.randomUUID();
  const payload = { action: route.action, parameters: route.parameters ?? {} };
  return build<RequestMessage>(route, { messageType: 'request', correlationId: messageId, payload }, messageId);
}

/** Replies carry the retryCount of the attempt that sent them, so a caller can tell one attempt's updates from another's. */
function replyRoute(to: RequestMessage): Route & { retryCount: number } {
  return {
    fromAgent: to.toAgent,
    toAgent: to.fromAgent,
    sessionId: to.sessionId,
    priority: to.priority,
    timeout: to.metadata.timeout,
    retryCount: to.metadata.retryCount,
  };
}

export function createResponse(
  to: RequestMessage,
  result: { success: true; data: unknown } | { success: false; error: { code: string; message: string } },
): ResponseMessage {
  return build<ResponseMessage>(replyRoute(to), { messageType: 'response', correlationId: to.correlationId, payload: result });
}

/** A progress report on a request still being handled (e.g. narration as it streams). */
export function createUpdate(to: RequestMessage, eventType: string, data: unknown): UpdateMessage {
  return build<UpdateMessage>(replyRoute(to), { messageType: 'update', correlationId: to.correlationId, payload: { eventType, data } });
}

export function createEvent(
  route: Route & { eventType: string; data: unknown; correlationId?: string },
): EventMessage {
  const payload = { eventType: route.eventType, data: route.data };
  return build<EventMessage>(route, { messageType: 'event', correlationId: route.correlationId ?? crypto.randomUUID(), payload });
}

import { isoNow } from './clock';
import {
  type AgentName,
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

function header(route: Route, correlationId: string, messageId: string = crypto.randomUUID()) {
  return {
    messageId,
    timestamp: isoNow(),
    fromAgent: route.fromAgent,
    toAgent: route.toAgent,
    priority: route.priority ?? ('normal' as const),
    correlationId,
    sessionId: route.sessionId,
    metadata: { retryCount: 0, timeout: route.timeout ?? DEFAULT_TIMEOUT_MS },
  };
}

// Constructors build envelopes from typed parts; the bus validates every
// message when it is published, so they need not validate twice.

/** A request starts a conversation: its correlationId is its own messageId. */
export function createRequest(
  route: Route & { action: string; parameters?: Record<string, unknown> },
): RequestMessage {
  const messageId = crypto.randomUUID();
  return {
    ...header(route, messageId, messageId),
    messageType: 'request',
    payload: { action: route.action, parameters: route.parameters ?? {} },
  };
}

function replyRoute(to: RequestMessage): Route {
  return {
    fromAgent: to.toAgent,
    toAgent: to.fromAgent,
    sessionId: to.sessionId,
    priority: to.priority,
    timeout: to.metadata.timeout,
  };
}

export function createResponse(
  to: RequestMessage,
  result: { success: true; data: unknown } | { success: false; error: { code: string; message: string } },
): ResponseMessage {
  return { ...header(replyRoute(to), to.correlationId), messageType: 'response', payload: result };
}

/** A progress report on a request still being handled (e.g. narration as it streams). */
export function createUpdate(to: RequestMessage, eventType: string, data: unknown): UpdateMessage {
  return { ...header(replyRoute(to), to.correlationId), messageType: 'update', payload: { eventType, data } };
}

export function createEvent(
  route: Route & { eventType: string; data: unknown; correlationId?: string },
): EventMessage {
  return {
    ...header(route, route.correlationId ?? crypto.randomUUID()),
    messageType: 'event',
    payload: { eventType: route.eventType, data: route.data },
  };
}

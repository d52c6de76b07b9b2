import {
  parseEnvelope,
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

function header(route: Route, correlationId: string) {
  return {
    messageId: crypto.randomUUID(),
    timestamp: new Date().toISOString(),
    fromAgent: route.fromAgent,
    toAgent: route.toAgent,
    priority: route.priority ?? 'normal',
    correlationId,
    sessionId: route.sessionId,
    metadata: { retryCount: 0, timeout: route.timeout ?? DEFAULT_TIMEOUT_MS },
  };
}

/** A request starts a conversation: its correlationId is its own messageId. */
export function createRequest(
  route: Route & { action: string; parameters?: Record<string, unknown> },
): RequestMessage {
  const messageId = crypto.randomUUID();
  const message = {
    ...header(route, messageId),
    messageId,
    messageType: 'request' as const,
    payload: { action: route.action, parameters: route.parameters ?? {} },
  };
  return parseEnvelope(message) as RequestMessage;
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
  const message = { ...header(replyRoute(to), to.correlationId), messageType: 'response' as const, payload: result };
  return parseEnvelope(message) as ResponseMessage;
}

/** A progress report on a request still being handled (e.g. narration as it streams). */
export function createUpdate(to: RequestMessage, eventType: string, data: unknown): UpdateMessage {
  const message = {
    ...header(replyRoute(to), to.correlationId),
    messageType: 'update' as const,
    payload: { eventType, data },
  };
  return parseEnvelope(message) as UpdateMessage;
}

export function createEvent(
  route: Route & { eventType: string; data: unknown; correlationId?: string },
): EventMessage {
  const message = {
    ...header(route, route.correlationId ?? crypto.randomUUID()),
    messageType: 'event' as const,
    payload: { eventType: route.eventType, data: route.data },
  };
  return parseEnvelope(message) as EventMessage;
}

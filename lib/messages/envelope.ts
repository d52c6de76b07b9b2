import { z } from 'zod';

export const agentNames = ['dm', 'player', 'assistant', 'generator', 'chronicler', 'system'] as const;
export const priorities = ['high', 'normal', 'low'] as const;
export const messageTypes = ['request', 'response', 'event', 'update'] as const;

export const agentNameSchema = z.enum(agentNames, {
  error: () => `must be one of ${agentNames.join(', ')}`,
});

const requestPayloadSchema = z.object({
  action: z.string().min(1, 'must name an action'),
  parameters: z.record(z.string(), z.unknown()),
});

const responsePayloadSchema = z.union([
  z.object({ success: z.literal(true), data: z.unknown() }),
  z.object({
    success: z.literal(false),
    error: z.object({ code: z.string().min(1), message: z.string().min(1) }),
  }),
]);

const eventPayloadSchema = z.object({
  eventType: z.string().min(1, 'must name an event type'),
  data: z.unknown(),
});

const baseFields = {
  messageId: z.uuid({ error: 'must be a UUID' }),
  timestamp: z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time' }),
  fromAgent: agentNameSchema,
  toAgent: agentNameSchema,
  priority: z.enum(priorities, { error: () => `must be one of ${priorities.join(', ')}` }),
  correlationId: z.uuid({ error: 'must be a UUID' }),
  sessionId: z.string().min(1, 'must not be empty').max(200),
  metadata: z.object({
    retryCount: z.number().int().min(0, 'must not be negative'),
    timeout: z.number().int().positive('must be a positive number of milliseconds'),
  }),
};

/**
 * The one wire shape every agent speaks. The payload's shape depends on the
 * message type, so the schema is a union discriminated by messageType.
 */
export const envelopeSchema = z.discriminatedUnion(
  'messageType',
  [
    z.object({ ...baseFields, messageType: z.literal('request'), payload: requestPayloadSchema }),
    z.object({ ...baseFields, messageType: z.literal('response'), payload: responsePayloadSchema }),
    z.object({ ...baseFields, messageType: z.literal('event'), payload: eventPayloadSchema }),
    z.object({ ...baseFields, messageType: z.literal('update'), payload: eventPayloadSchema }),
  ],
  { error: () => `messageType: must be one of ${messageTypes.join(', ')}` },
);

export type Envelope = z.infer<typeof envelopeSchema>;
export type AgentName = z.infer<typeof agentNameSchema>;
export type Priority = Envelope['priority'];
export type MessageType = Envelope['messageType'];
export type RequestMessage = Extract<Envelope, { messageType: 'request' }>;
export type ResponseMessage = Extract<Envelope, { messageType: 'response' }>;
export type EventMessage = Extract<Envelope, { messageType: 'event' }>;
export type UpdateMessage = Extract<Envelope, { messageType: 'update' }>;

export class InvalidEnvelopeError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid message: ${issues.join('; ')}`);
    this.name = 'InvalidEnvelopeError';
  }
}

/** Validates untrusted input as an envelope; the error names every bad field. */
export function parseEnvelope(input: unknown): Envelope {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new InvalidEnvelopeError(['must be a JSON object']);
  }
  const result = envelopeSchema.safeParse(input);
  if (result.success) return result.data;
  throw new InvalidEnvelopeError(
    result.error.issues.map((issue) => {
      const where = issue.path.join('.');
      return where ? `${where}: ${issue.message}` : issue.message;
    }),
  );
}

import { describe, expect, it } from 'vitest';
import { createEvent, createRequest, createResponse, createUpdate, parseEnvelope, InvalidEnvelopeError } from '@/lib/messages';

const valid = () =>
  createRequest({ fromAgent: 'system', toAgent: 'dm', sessionId: 's-1', action: 'resolve_action', parameters: { a: 1 } });

function rejection(input: unknown): string {
  try {
    parseEnvelope(input);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidEnvelopeError);
    return (error as Error).message;
  }
  throw new Error('the envelope was accepted');
}

describe('the message envelope', () => {
  it('builds valid requests, responses, updates and events that share the conversation id', () => {
    const request = valid();
    expect(request.correlationId).toBe(request.messageId);
    expect(request.metadata).toEqual({ retryCount: 0, timeout: 30_000 });
    const response = createResponse(request, { success: true, data: { ok: 1 } });
    expect(response).toMatchObject({ fromAgent: 'dm', toAgent: 'system', correlationId: request.messageId, messageType: 'response' });
    expect(response.messageId).not.toBe(request.messageId);
    expect(createUpdate(request, 'narration.delta', 'x').payload).toEqual({ eventType: 'narration.delta', data: 'x' });
    const event = createEvent({ fromAgent: 'dm', toAgent: 'system', sessionId: 's-1', eventType: 'dm.narrated', data: {} });
    expect(parseEnvelope(JSON.parse(JSON.stringify(event)))).toEqual(event);
  });

  it.each([
    ['messageId', { messageId: 'not-a-uuid' }],
    ['timestamp', { timestamp: 'yesterday' }],
    ['fromAgent', { fromAgent: 'wizard' }],
    ['toAgent', { toAgent: '' }],
    ['priority', { priority: 'urgent' }],
    ['correlationId', { correlationId: 42 }],
    ['sessionId', { sessionId: '' }],
    ['metadata.retryCount', { metadata: { retryCount: -1, timeout: 1000 } }],
    ['metadata.timeout', { metadata: { retryCount: 0, timeout: 0 } }],
    ['payload.action', { payload: { action: '', parameters: {} } }],
    ['payload.parameters', { payload: { action: 'x', parameters: 'none' } }],
    ['messageType', { messageType: 'shout' }],
  ])('rejects a malformed %s and names it', (field, change) => {
    const message = rejection({ ...valid(), ...change });
    expect(message).toContain(field);
  });

  it('rejects a missing field and a response without success or error', () => {
    const { sessionId: _omit, ...withoutSession } = valid();
    expect(rejection(withoutSession)).toContain('sessionId');
    const response = createResponse(valid(), { success: true, data: null });
    expect(rejection({ ...response, payload: { data: 1 } })).toContain('payload');
    expect(rejection('hello')).toContain('must be a JSON object');
    expect(rejection([valid()])).toContain('must be a JSON object');
  });
});

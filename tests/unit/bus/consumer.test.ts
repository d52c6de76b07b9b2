import { describe, expect, it, vi } from 'vitest';
import { BusMetrics } from '@/lib/bus';
import { AgentConsumer } from '@/lib/bus/consumer';
import { RecentIds } from '@/lib/bus/recent-ids';
import type { Delivery } from '@/lib/bus/transports/transport';
import type { MessageHandler } from '@/lib/bus/types';
import { createRequest, type Envelope, type ResponseMessage, type UpdateMessage } from '@/lib/messages';

/** A consumer as a broker transport feeds it, with what it sends and settles laid bare. */
function consumer(handler: MessageHandler) {
  const replies: Array<ResponseMessage | UpdateMessage> = [];
  const resent: Envelope[] = [];
  const agent = new AgentConsumer({
    agent: 'dm',
    handler,
    concurrency: 4,
    retry: { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 1 },
    metrics: new BusMetrics(),
    deadLetters: { add: async () => {} },
    handled: new RecentIds(100),
    reply: (_address, message) => void replies.push(message),
    resend: async (message) => void resent.push(message),
  });
  const deliver = (message: Envelope, redelivered: boolean) => {
    const delivery: Delivery = { body: JSON.parse(JSON.stringify(message)), trusted: false, replyTo: 'me', redelivered, ack: vi.fn(), reject: vi.fn() };
    agent.onDelivery(delivery);
    return delivery;
  };
  return { deliver, replies, resent };
}

const ask = () => createRequest({ fromAgent: 'system', toAgent: 'dm', sessionId: 's', action: 'narrate' });

describe('AgentConsumer, when a broker hands a message out again', () => {
  it('joins a redelivery to the handling of it already under way here: handled once, answered once, both settled', async () => {
    let finish = (_: unknown) => {};
    const handler = vi.fn(() => new Promise((resolve) => (finish = resolve)));
    const { deliver, replies } = consumer(handler);
    const request = ask();
    const first = deliver(request, false);
    await vi.waitFor(() => expect(handler).toHaveBeenCalledTimes(1));
    const again = deliver(request, true);
    finish('the answer');
    await vi.waitFor(() => expect(again.ack).toHaveBeenCalled());
    expect(first.ack).toHaveBeenCalled();
    expect(handler).toHaveBeenCalledTimes(1);
    expect(replies.map((r) => r.payload)).toEqual([{ success: true, data: 'the answer' }]);
  });

  it('queues one redelivered from elsewhere again as the next attempt, since its first handling may still be running there', async () => {
    const handler = vi.fn(() => 'handled');
    const { deliver, resent, replies } = consumer(handler);
    const request = ask();
    const delivery = deliver(request, true);
    await vi.waitFor(() => expect(delivery.ack).toHaveBeenCalled());
    expect(handler).not.toHaveBeenCalled();
    expect(replies).toEqual([]);
    expect(resent).toEqual([{ ...request, metadata: { ...request.metadata, retryCount: 1 } }]);
  });

  it("labels each attempt's updates and answer with its retryCount", async () => {
    const { deliver, replies } = consumer(async (message, context) => {
      await context.update('narration.delta', `try ${message.metadata.retryCount}`);
      if (message.metadata.retryCount === 0) throw new Error('flaky');
      return 'ok';
    });
    const request = ask();
    deliver(request, false);
    await vi.waitFor(() => expect(replies).toHaveLength(1));
    deliver({ ...request, metadata: { ...request.metadata, retryCount: 1 } }, false);
    await vi.waitFor(() => expect(replies).toHaveLength(3));
    expect(replies.map((r) => [r.messageType, r.metadata.retryCount])).toEqual([
      ['update', 0],
      ['update', 1],
      ['response', 1],
    ]);
  });
});

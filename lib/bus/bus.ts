import {
  createResponse,
  createUpdate,
  parseEnvelope,
  type AgentName,
  type Envelope,
  type RequestMessage,
  type ResponseMessage,
  type UpdateMessage,
} from '@/lib/messages';
import { AgentError, RequestTimeoutError } from './errors';
import type { Transport } from './transports/transport';
import type { MessageBus, MessageHandler, MessageRecorder, RequestOptions, Unsubscribe } from './types';

type Pending = {
  resolve: (response: ResponseMessage) => void;
  onUpdate?: (update: UpdateMessage) => void;
};

/**
 * Request/response correlation and handler dispatch over any transport.
 * Replies to requests made here are matched by correlationId and never
 * reach a subscriber.
 */
export class AgentBus implements MessageBus {
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly transport: Transport,
    private readonly recorder: MessageRecorder = () => {},
  ) {}

  async publish(message: Envelope): Promise<void> {
    const valid = parseEnvelope(message);
    this.recorder(valid);
    if (valid.messageType === 'response' || valid.messageType === 'update') {
      this.deliverReply(valid);
      return;
    }
    await this.transport.send(valid);
  }

  async subscribe(agent: AgentName, handler: MessageHandler): Promise<Unsubscribe> {
    return this.transport.consume(agent, (raw) => this.handle(raw, handler));
  }

  request(message: RequestMessage, options: RequestOptions = {}): Promise<ResponseMessage> {
    const timeoutMs = options.timeout ?? message.metadata.timeout;
    return new Promise<ResponseMessage>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(message.correlationId);
        reject(new RequestTimeoutError(message.correlationId, timeoutMs));
      }, timeoutMs);
      this.pending.set(message.correlationId, {
        resolve: (response) => {
          clearTimeout(timer);
          this.pending.delete(message.correlationId);
          resolve(response);
        },
        onUpdate: options.onUpdate,
      });
      this.publish(message).catch((error: unknown) => {
        clearTimeout(timer);
        this.pending.delete(message.correlationId);
        reject(error);
      });
    });
  }

  async close(): Promise<void> {
    await this.transport.close();
  }

  /** Hands a reply to the request waiting for it; a reply nobody waits for any more (it came too late) is dropped, its trace kept. */
  private deliverReply(message: ResponseMessage | UpdateMessage): void {
    const waiting = this.pending.get(message.correlationId);
    if (!waiting) {
      console.warn(`[bus] dropped a late ${message.messageType} for ${message.correlationId} from ${message.fromAgent}`);
      return;
    }
    if (message.messageType === 'response') waiting.resolve(message);
    else waiting.onUpdate?.(message);
  }

  private async handle(raw: unknown, handler: MessageHandler): Promise<void> {
    let message: Envelope;
    try {
      message = parseEnvelope(raw);
    } catch (error) {
      console.error('[bus] dropped an invalid message:', (error as Error).message);
      return;
    }
    if (message.messageType !== 'request') {
      try {
        await handler(message, { update: async () => {} });
      } catch (error) {
        console.error(`[bus] ${message.toAgent} failed on ${message.messageType} ${message.messageId}:`, error);
      }
      return;
    }
    const context = {
      update: (eventType: string, data: unknown) => this.publish(createUpdate(message, eventType, data)),
    };
    let reply: ResponseMessage;
    try {
      const data = await handler(message, context);
      reply = createResponse(message, { success: true, data: data ?? null });
    } catch (error) {
      const failure =
        error instanceof AgentError
          ? { code: error.code, message: error.message }
          : { code: 'handler_failed', message: error instanceof Error ? error.message : String(error) };
      reply = createResponse(message, { success: false, error: failure });
    }
    await this.publish(reply);
  }
}

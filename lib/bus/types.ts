import type { AgentName, Envelope, RequestMessage, ResponseMessage, UpdateMessage } from '@/lib/messages';

/** What a handler may do besides returning its answer. */
export type HandlerContext = {
  /** Reports progress on the request being handled, correlated to it. */
  update(eventType: string, data: unknown): Promise<void>;
};

/**
 * Handles one message addressed to an agent. For a request, the returned value
 * becomes the response's data; a thrown AgentError becomes an error response.
 */
export type MessageHandler = (message: Envelope, context: HandlerContext) => Promise<unknown> | unknown;

export type RequestOptions = {
  /** Milliseconds to wait for the response; defaults to the message's metadata.timeout. */
  timeout?: number;
  onUpdate?: (update: UpdateMessage) => void;
};

export type Unsubscribe = () => Promise<void>;

export interface MessageBus {
  publish(message: Envelope): Promise<void>;
  subscribe(agent: AgentName, handler: MessageHandler): Promise<Unsubscribe>;
  request(message: RequestMessage, options?: RequestOptions): Promise<ResponseMessage>;
  close(): Promise<void>;
}

/** Observes every message the bus carries (tracing). Must not throw. */
export type MessageRecorder = (message: Envelope) => void;

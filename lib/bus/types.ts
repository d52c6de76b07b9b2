import type { AgentName, Envelope, RequestMessage, ResponseMessage, UpdateMessage } from '@/lib/messages';

/** What a handler may do besides returning its answer. */
export type HandlerContext = {
  /** Reports progress on the request being handled, correlated to it. */
  update(eventType: string, data: unknown): Promise<void>;
  /** Aborted when the message's time (metadata.timeout) runs out. */
  signal: AbortSignal;
};

/**
 * Handles one message addressed to an agent. For a request, the returned value
 * becomes the response's data; a thrown AgentError becomes an error response
 * at once; any other failure or a timeout is retried, then dead-lettered.
 */
export type MessageHandler = (message: Envelope, context: HandlerContext) => Promise<unknown> | unknown;

export type RequestOptions = {
  /** Milliseconds to wait for the response; defaults to the message's metadata.timeout. */
  timeout?: number;
  onUpdate?: (update: UpdateMessage) => void;
};

export type SubscribeOptions = {
  /** Messages this subscriber handles at once. */
  concurrency?: number;
  /** Messages fetched ahead and not yet settled, among which priorities are honoured. */
  prefetch?: number;
};

export type Unsubscribe = () => Promise<void>;

export interface MessageBus {
  publish(message: Envelope): Promise<void>;
  subscribe(agent: AgentName, handler: MessageHandler, options?: SubscribeOptions): Promise<Unsubscribe>;
  request(message: RequestMessage, options?: RequestOptions): Promise<ResponseMessage>;
  close(): Promise<void>;
}

/** Observes every message the bus carries (tracing). Must not throw. */
export type MessageRecorder = (message: Envelope) => void;

/** A message the bus gave up on, with why. */
export type DeadLetter = {
  agent: AgentName;
  reason: string;
  /** Handling attempts made (0 when the message could not even be read). */
  attempts: number;
  messageId: string | null;
  /** The message as it was received: an envelope, or whatever arrived instead. */
  body: unknown;
};

/** Where dead letters are kept (Postgres in the app). */
export interface DeadLetterSink {
  add(letter: DeadLetter): Promise<void>;
}

export type RetryPolicy = {
  /** Retries after the first attempt before a message is dead-lettered. */
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
};

import type { AgentName, Envelope } from '@/lib/messages';

/** One message handed to a consumer, with the means to settle it. */
export type Delivery = {
  /** The message as it arrived: a parsed JSON value, or the raw text when it was not JSON. */
  body: unknown;
  /** Already validated in this process (in-process delivery), so it need not be parsed again. */
  trusted: boolean;
  /** Where a response to this message must be sent, if the sender asked for one. */
  replyTo: string | null;
  /**
   * Handed out before, to a consumer that did not settle it (its connection dropped or its process died),
   * which may still be handling it.
   */
  redelivered: boolean;
  /** Done with it: the broker may forget it. Returns a promise only when settling is still under way. */
  ack(): Promise<void> | void;
  /** Dead: remove it from the agent's queue without handling (to the broker's dead-letter route, where there is one). */
  reject(reason: string): Promise<void> | void;
};

export type ConsumeOptions = {
  /** Most deliveries handed out and not yet settled at once. */
  prefetch: number;
};

/** Moves envelopes between agents and processes; the bus adds correlation, retries and handling on top. */
export interface Transport {
  readonly kind: 'memory' | 'redis' | 'amqp';
  /** Whether the broker connection is up now (readiness checks); in-process, until closed. */
  readonly connected: boolean;
  /** The address replies to this process's requests are sent to. */
  readonly replyAddress: string;
  /** Starts receiving replies addressed to this process. */
  start(onReply: (body: unknown, trusted: boolean) => void): Promise<void>;
  /** Queues a message for its `toAgent`. Resolves once the transport has accepted it for delivery. */
  send(message: Envelope, options?: { replyTo?: string }): Promise<void>;
  /** Sends a response or update straight to the process waiting for it. */
  reply(address: string, message: Envelope): Promise<void>;
  /** Hands each message queued for `agent` to exactly one of its consumers. */
  consume(agent: AgentName, onDelivery: (delivery: Delivery) => void, options: ConsumeOptions): Promise<() => Promise<void>>;
  /**
   * Sends a note to every process listening on this bus, this one included.
   * Nothing is kept for a process that is not listening: notes are for what
   * is current (live events, table hand-offs), not for work that must be done.
   */
  broadcast(body: unknown): Promise<void>;
  /** Receives every broadcast from the moment it resolves. */
  listen(onBroadcast: (body: unknown) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

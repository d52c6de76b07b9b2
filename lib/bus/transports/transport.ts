import type { AgentName, Envelope } from '@/lib/messages';
import type { Unsubscribe } from '../types';

/** Moves envelopes between agents; the bus adds correlation and handling on top. */
export interface Transport {
  send(message: Envelope): Promise<void>;
  /** Delivers each message addressed to `agent` to `onMessage`, one consumer per message. */
  consume(agent: AgentName, onMessage: (raw: unknown) => Promise<void>): Promise<Unsubscribe>;
  close(): Promise<void>;
}

import { z } from 'zod';
import type { AgentBus, Unsubscribe } from '@/lib/bus';
import type { TableCommand } from '@/machines/session/types';
import type { LiveEvent } from '@/lib/realtime/live-events';

const note = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('live'), from: z.string(), sessionId: z.string(), event: z.looseObject({ kind: z.string() }) }),
  z.object({ kind: z.literal('wake'), from: z.string(), to: z.string(), sessionId: z.string() }),
  z.object({ kind: z.literal('command'), from: z.string(), to: z.string(), sessionId: z.string(), command: z.looseObject({ type: z.string() }) }),
  z.object({
    kind: z.literal('presence'),
    from: z.string(),
    sessionId: z.string(),
    online: z.array(z.string()),
    typing: z.array(z.string()),
    ask: z.boolean(),
  }),
]);
type Note = z.infer<typeof note>;

export type RelayHandlers = {
  /** Another instance's live event for a session, for this instance's browsers. */
  live(sessionId: string, event: LiveEvent): void;
  /** Actions were queued for a table this instance plays. */
  wake(sessionId: string): void;
  /** A seat change or game master's command for a table this instance plays. */
  command(sessionId: string, command: TableCommand): void;
  /** Who is at a table through another instance (its open feeds), and who of them is typing; `ask` wants the same back. */
  presence(from: string, sessionId: string, report: { online: string[]; typing: string[]; ask: boolean }): void;
};

/**
 * What app instances sharing one bus tell each other: every live event (so a
 * browser sees its table whichever instance it is connected to), who is at
 * each table through them, and work for the instance that plays a table.
 * Rides on the bus's broadcasts.
 */
export class TableRelay {
  private stop: Unsubscribe | null = null;

  constructor(
    private readonly bus: AgentBus,
    readonly instanceId: string,
  ) {}

  async start(handlers: RelayHandlers): Promise<void> {
    this.stop = await this.bus.listen((body) => this.receive(body, handlers));
  }

  live(sessionId: string, event: LiveEvent): void {
    this.send({ kind: 'live', from: this.instanceId, sessionId, event });
  }

  wake(to: string, sessionId: string): void {
    this.send({ kind: 'wake', from: this.instanceId, to, sessionId });
  }

  command(to: string, sessionId: string, command: TableCommand): void {
    this.send({ kind: 'command', from: this.instanceId, to, sessionId, command });
  }

  presence(sessionId: string, report: { online: string[]; typing: string[]; ask: boolean }): void {
    this.send({ kind: 'presence', from: this.instanceId, sessionId, ...report });
  }

  async close(): Promise<void> {
    await this.stop?.();
    this.stop = null;
  }

  private send(message: Note): void {
    this.bus.broadcast(message).catch((error: unknown) => console.error(`[relay] could not send a ${message.kind} note:`, (error as Error).message));
  }

  private receive(body: unknown, handlers: RelayHandlers): void {
    const parsed = note.safeParse(body);
    if (!parsed.success) return void console.warn('[relay] dropped an unreadable note:', parsed.error.issues[0]?.message);
    const message = parsed.data;
    if (message.from === this.instanceId) return;
    if (message.kind === 'live') handlers.live(message.sessionId, message.event as unknown as LiveEvent);
    else if (message.kind === 'presence') handlers.presence(message.from, message.sessionId, message);
    else if (message.to !== this.instanceId) return;
    else if (message.kind === 'wake') handlers.wake(message.sessionId);
    else handlers.command(message.sessionId, message.command as unknown as TableCommand);
  }
}

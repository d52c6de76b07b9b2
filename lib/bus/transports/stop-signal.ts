/**
 * Lets a read loop stop without waiting for its blocking command. ioredis
 * never settles a command queued on a connection that is disconnected while
 * it is reconnecting, so a loop that only awaited the command would hang.
 */
export class StopSignal {
  private resolve!: () => void;
  private readonly stopped = new Promise<void>((resolve) => (this.resolve = resolve));

  stop(): void {
    this.resolve();
  }

  /** The command's result, or undefined once stopped; a command that fails after the stop is ignored. */
  race<T>(command: Promise<T>): Promise<T | undefined> {
    command.catch(() => {});
    return Promise.race([command, this.stopped.then(() => undefined)]);
  }
}

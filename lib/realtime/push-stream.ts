/** Where a push stream's producer sends what it makes. */
export type PushSink<T> = {
  write(chunk: T): void;
  close(): void;
  error(reason: unknown): void;
};

/** One handler for every write's promise, rather than a new one per chunk and browser. */
const ignore = () => {};

/** Starts producing into `sink`, and returns what stops it. */
export type Producer<T> = (sink: PushSink<T>) => () => void;

/**
 * A ReadableStream for a source that pushes (a live feed) rather than one
 * that is pulled. Read through a reader it is an ordinary stream. Piped, it
 * writes each chunk straight into the destination's writer the moment the
 * producer makes it, where the standard pipe takes a read request, its
 * promise and a microtask per chunk before the write. Next.js sends a route
 * handler's body with `pipeTo`, so a thousand browsers on one table get an
 * event in one pass over their sockets, as a server writing to them directly
 * would.
 *
 * The producer starts at the first read or pipe, not before: a feed reads
 * its backlog after subscribing, so nothing is missed by starting late.
 */
export class PushStream<T> extends ReadableStream<T> {
  readonly #produce: Producer<T>;
  #started = false;
  #piped = false;
  #stop = () => {};

  constructor(produce: Producer<T>) {
    let controller!: ReadableStreamDefaultController<T>;
    super(
      {
        start: (c) => void (controller = c),
        pull: () => this.#start(controller),
        cancel: () => this.#stop(),
      },
      // No read ahead: pull is called only when someone reads, which is what starts the producer.
      { highWaterMark: 0 },
    );
    this.#produce = produce;
  }

  /** Whether the stream is being piped by writing straight into the destination. */
  get pipedDirectly(): boolean {
    return this.#piped;
  }

  #start(controller: ReadableStreamDefaultController<T>) {
    if (this.#started) return;
    this.#started = true;
    let open = true;
    const stop = this.#produce({
      write: (chunk) => open && controller.enqueue(chunk),
      close: () => {
        if (open) controller.close();
        open = false;
      },
      error: (reason) => {
        if (open) controller.error(reason);
        open = false;
      },
    });
    // A producer still finishing some async work when the reader cancels must not write into a closed stream.
    this.#stop = () => {
      open = false;
      stop();
    };
  }

  override pipeTo(destination: WritableStream<T>, options: StreamPipeOptions = {}): Promise<void> {
    // Only the plain pipe, the one Next.js makes, goes direct; the standard one keeps every other option's meaning.
    const plain = !options.preventClose && !options.preventAbort && !options.preventCancel;
    if (!plain || this.#started || this.locked || destination.locked) return super.pipeTo(destination, options);
    return this.#pipeDirectly(destination, options.signal);
  }

  #pipeDirectly(destination: WritableStream<T>, signal: AbortSignal | undefined): Promise<void> {
    this.#started = true;
    this.#piped = true;
    // Locks this stream as any pipe does; the reader is only held, never read.
    const reader = this.getReader();
    const writer = destination.getWriter();
    return new Promise<void>((resolve, reject) => {
      let done = false;
      let stop = () => {};
      const finish = (error?: unknown) => {
        if (done) return;
        done = true;
        signal?.removeEventListener('abort', onAbort);
        stop();
        // The stream ends with its pipe, so a later reader finds it closed.
        void reader.cancel(error).finally(() => {
          reader.releaseLock();
          // Releasing a reader rejects its `closed`, which nobody is left to observe.
          reader.closed.catch(() => {});
        });
        writer.releaseLock();
        if (error === undefined) resolve();
        else reject(error);
      };
      const onAbort = () => {
        writer.abort(signal?.reason).catch(() => {});
        finish(signal?.reason);
      };
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      // A destination that fails (the browser went away) stops the producer.
      writer.closed.catch((error: unknown) => finish(error));
      stop = this.#produce({
        // A failed write also fails `writer.closed`, which ends the pipe above.
        write: (chunk) => void (done || writer.write(chunk).catch(ignore)),
        close: () => {
          if (!done) writer.close().then(() => finish(), finish);
        },
        error: (reason) => {
          if (done) return;
          writer.abort(reason).catch(() => {});
          finish(reason);
        },
      });
      if (done) stop();
    });
  }
}

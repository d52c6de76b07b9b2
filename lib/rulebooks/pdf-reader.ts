import { MessageChannel, Worker } from 'node:worker_threads';
import { measuredPage, type MeasuredPage, type ReadText } from './book-text';
import { RulebookError } from './errors';
import type { ExpansionLimits } from './expansion';
import { fromWorkerSchema, type FromWorker, type ReadProduct, type ToWorker, type WorkerInput } from './pdf-protocol';
import type { HeadingChooser, RulebookStructure } from './types';

export type ReadLimits = {
  /** The whole reading, all threads together, wall-clock time; a model choosing headings is not counted. */
  timeoutMs: number;
  /** Each reading thread's JavaScript heap. */
  maxMemoryMb: number;
  maxPages: number;
  expansion: ExpansionLimits;
};

export type ReadOptions = {
  limits: ReadLimits;
  /** At most this many threads read pages at once. */
  threads: number;
  onPage?: (done: number, total: number) => void;
  signal?: AbortSignal;
};

/**
 * Reads a PDF's text in worker threads under time and memory limits, so the
 * calling thread (the server's) stays free whatever the file holds. The lead
 * worker checks how far the file expands and opens it; only then are pages
 * handed out, to it and any others, which send each page here as it is read.
 */
export async function readPdfText(bytes: Uint8Array, options: ReadOptions): Promise<ReadText> {
  return (await read(bytes, options, 'text', undefined)) as ReadText;
}

/**
 * Reads a PDF and analyses its structure in worker threads, as readPdfText
 * does, but the pages go to the lead worker rather than here: all that comes
 * back is the structure. A PDF without an outline offers its heading-like
 * lines to `chooseHeadings` (a model) when there is one.
 */
export async function readPdfStructure(bytes: Uint8Array, options: ReadOptions & { chooseHeadings?: HeadingChooser }): Promise<RulebookStructure> {
  return (await read(bytes, options, 'structure', options.chooseHeadings)) as RulebookStructure;
}

/** Resolves with a ReadText for 'text' and a RulebookStructure for 'structure'. */
function read(bytes: Uint8Array, options: ReadOptions, product: ReadProduct, chooseHeadings: HeadingChooser | undefined): Promise<unknown> {
  return new Promise((resolve, reject) => new Reading(bytes, options, product, chooseHeadings, resolve, reject).start());
}

type Described = Extract<FromWorker, { type: 'described' }>;

/** Pages are handed out a few at a time, so threads that read faster read more. */
const PAGES_PER_REQUEST = 2;
/** A file this large starts its extra threads at once, so they load pdf.js while the lead checks the file. */
const EARLY_THREADS_FROM_BYTES = 256 * 1024;
/** Below this many pages, another thread costs more than it saves. */
const THREADS_FROM_PAGES = 40;

class Reading {
  private readonly shared: SharedArrayBuffer;
  private readonly workers = new Set<Worker>();
  private lead: Worker | null = null;
  /** Requests for pages that came before the lead opened the file. */
  private readonly waiting: Worker[] = [];
  /** For 'text'. */
  private readonly pages: MeasuredPage[] = [];
  private described: Described | null = null;
  private pageCount: number | null = null;
  private received = 0;
  private nextPage = 1;
  private settled = false;
  private timer: NodeJS.Timeout | undefined;
  private deadline = 0;
  private readonly abort = () => this.fail(this.options.signal?.reason ?? new Error('The reading was cancelled'));

  constructor(
    bytes: Uint8Array,
    private readonly options: ReadOptions,
    private readonly product: ReadProduct,
    private readonly chooseHeadings: HeadingChooser | undefined,
    private readonly resolve: (result: ReadText | RulebookStructure) => void,
    private readonly reject: (error: unknown) => void,
  ) {
    this.shared = new SharedArrayBuffer(bytes.byteLength);
    new Uint8Array(this.shared).set(bytes);
  }

  start(): void {
    const { signal, limits, threads } = this.options;
    if (signal?.aborted) return this.abort();
    signal?.addEventListener('abort', this.abort, { once: true });
    this.startTimer(limits.timeoutMs);
    this.spawn(true);
    if (this.shared.byteLength >= EARLY_THREADS_FROM_BYTES) for (let i = 1; i < threads; i++) this.spawn(false);
  }

  private startTimer(ms: number): void {
    this.deadline = performance.now() + ms;
    this.timer = setTimeout(() => this.fail(new RulebookError('too_slow', tooSlow(this.options.limits.timeoutMs))), ms);
  }

  private spawn(lead: boolean): void {
    const { limits } = this.options;
    // For 'structure', a helper sends its pages straight to the lead.
    const channel = this.product === 'structure' && !lead ? new MessageChannel() : null;
    const workerData: WorkerInput = {
      bytes: this.shared,
      lead,
      expansion: limits.expansion,
      product: this.product,
      offerHeadings: this.chooseHeadings !== undefined,
      toLead: channel?.port1 ?? null,
    };
    // `next build` recognises this form and bundles the worker as an entry of its own; tests and
    // scripts run its source as it is.
    const worker = new Worker(new URL('./pdf-worker.ts', import.meta.url), {
      workerData,
      transferList: channel ? [channel.port1] : [],
      resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMb },
      // Node loads the worker's source itself; a loader inherited from the parent (tsx) would only slow its start.
      execArgv: [],
    });
    if (channel) this.lead!.postMessage({ type: 'helper', port: channel.port2 } satisfies ToWorker, [channel.port2]);
    this.workers.add(worker);
    if (lead) this.lead = worker;
    worker.on('message', (message: unknown) => this.receive(worker, message));
    worker.on('error', (error: Error & { code?: string }) =>
      this.fail(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new RulebookError('too_complex', tooMuchMemory(limits.maxMemoryMb), { cause: error })
          : new RulebookError('corrupt', undefined, { cause: error }),
      ),
    );
    worker.on('exit', (code) => {
      if (this.workers.delete(worker)) this.fail(new RulebookError('corrupt', undefined, { cause: new Error(`A PDF reading thread stopped (exit code ${code})`) }));
    });
  }

  private receive(worker: Worker, raw: unknown): void {
    if (this.settled) return;
    const parsed = fromWorkerSchema.safeParse(raw);
    if (!parsed.success) return this.fail(new RulebookError('corrupt', undefined, { cause: parsed.error }));
    const message = parsed.data;
    switch (message.type) {
      case 'opened':
        return this.open(message.pageCount);
      case 'described':
        this.described = message;
        return this.finishIfRead();
      case 'ready':
        if (this.pageCount === null) this.waiting.push(worker);
        else this.handOut(worker, this.pageCount);
        return;
      case 'page':
        this.pages[message.number - 1] = measuredPage(message);
        return this.progress();
      case 'read':
        return this.progress();
      case 'gathered':
        for (const other of [...this.workers]) if (other !== this.lead) this.stop(other);
        // Every page is with the lead, whatever word of the last ones is still on its way here from the others.
        return this.progress(this.pageCount!);
      case 'offer':
        return void this.offer(message);
      case 'structure':
        this.settle();
        return this.resolve(message.structure);
      case 'failed':
        return this.fail(new RulebookError(message.code, message.message, { cause: new Error(message.detail) }));
    }
  }

  private open(pageCount: number): void {
    const { maxPages } = this.options.limits;
    if (pageCount === 0) return this.fail(new RulebookError('empty'));
    if (pageCount > maxPages) {
      return this.fail(new RulebookError('too_large', `This PDF has ${pageCount} pages; the limit is ${maxPages}. Split it and import the parts you need.`));
    }
    this.pageCount = pageCount;
    if (pageCount < THREADS_FROM_PAGES) {
      for (const worker of [...this.workers]) if (worker !== this.lead) this.stop(worker);
    } else {
      while (this.workers.size < this.options.threads) this.spawn(false);
    }
    for (const worker of this.waiting.splice(0)) if (this.workers.has(worker)) this.handOut(worker, pageCount);
  }

  /** Nothing is handed out before the lead has checked and opened the file; a request that comes when every page is taken stays unanswered. */
  private handOut(worker: Worker, pageCount: number): void {
    if (this.nextPage > pageCount) return;
    const to = Math.min(pageCount, this.nextPage + PAGES_PER_REQUEST - 1);
    worker.postMessage({ type: 'read', from: this.nextPage, to } satisfies ToWorker);
    this.nextPage = to + 1;
  }

  private progress(done = this.received + 1): void {
    // Word of a page that comes after the lead's word that all are in changes nothing.
    if (done <= this.received || done > this.pageCount!) return;
    this.received = done;
    this.options.onPage?.(done, this.pageCount!);
    this.finishIfRead();
  }

  private finishIfRead(): void {
    const { pageCount, described } = this;
    if (this.product !== 'text' || pageCount === null || described === null || this.received < pageCount) return;
    this.settle();
    this.resolve({ title: described.title, pageCount, pages: this.pages, outline: described.outline });
  }

  /** The time limit is the PDF's: it stands still while a model chooses the headings. */
  private async offer({ title, pageCount, candidates }: Extract<FromWorker, { type: 'offer' }>): Promise<void> {
    clearTimeout(this.timer);
    const remaining = this.deadline - performance.now();
    let headings;
    try {
      headings = await this.chooseHeadings!({ title, pageCount, candidates }, this.options.signal);
    } catch (error) {
      return this.fail(error);
    }
    if (this.settled) return;
    this.startTimer(remaining);
    this.lead!.postMessage({ type: 'headings', headings } satisfies ToWorker);
  }

  private fail(error: unknown): void {
    if (this.settled) return;
    this.settle();
    this.reject(error);
  }

  private settle(): void {
    this.settled = true;
    clearTimeout(this.timer);
    this.options.signal?.removeEventListener('abort', this.abort);
    for (const worker of [...this.workers]) this.stop(worker);
  }

  /** Stopped on purpose, so its exit is no failure. */
  private stop(worker: Worker): void {
    this.workers.delete(worker);
    void worker.terminate();
  }
}

function tooSlow(timeoutMs: number): string {
  const seconds = Math.max(1, Math.round(timeoutMs / 1000));
  return (
    `Reading this PDF took more than ${seconds} second${seconds === 1 ? '' : 's'}, the limit for one import, so it was stopped. ` +
    'Split it into smaller parts, or print it to a new PDF (which often simplifies damaged or unusual files), and upload that.'
  );
}

function tooMuchMemory(maxMemoryMb: number): string {
  return (
    `Reading this PDF needed more than ${maxMemoryMb} MB of memory, the limit for one import, so it was stopped. ` +
    'Split it into smaller parts, or print it to a new PDF (which often simplifies damaged or unusual files), and upload that.'
  );
}

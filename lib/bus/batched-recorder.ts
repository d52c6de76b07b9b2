import type { Envelope } from '@/lib/messages';
import type { MessageRecorder } from './types';

/**
 * Records traced messages in batches, off the hot path: a turn's streamed
 * narration sends many small updates, and one write per message would cost
 * more than the message itself.
 */
export function createBatchedRecorder(
  write: (batch: Envelope[]) => Promise<void>,
  { maxBatch = 200, flushMs = 50 } = {},
): MessageRecorder & { flush(): Promise<void> } {
  let queue: Envelope[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();

  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const batch = queue;
    queue = [];
    if (batch.length > 0) {
      writing = writing
        .then(() => write(batch))
        .catch((error: unknown) => console.error(`[bus] could not record ${batch.length} traced messages:`, error));
    }
    return writing;
  };

  const record = (message: Envelope) => {
    queue.push(message);
    if (queue.length >= maxBatch) void flush();
    else timer ??= setTimeout(() => void flush(), flushMs);
  };
  return Object.assign(record, { flush });
}

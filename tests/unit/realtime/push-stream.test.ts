import { describe, expect, it } from 'vitest';
import { PushStream, type PushSink } from '@/lib/realtime/push-stream';

/** A producer the test drives by hand, recording whether it was started and stopped. */
function handProducer() {
  const state = { sink: null as PushSink<string> | null, starts: 0, stops: 0 };
  const stream = new PushStream<string>((sink) => {
    state.starts++;
    state.sink = sink;
    return () => void state.stops++;
  });
  return { stream, state };
}

/** A destination that records what reached it, and can be made to fail. */
function recorder(options: { failOn?: string } = {}) {
  const written: string[] = [];
  const ends: string[] = [];
  const destination = new WritableStream<string>({
    write(chunk) {
      if (chunk === options.failOn) throw new Error('the browser went away');
      written.push(chunk);
    },
    close: () => void ends.push('closed'),
    abort: (reason) => void ends.push(`aborted: ${String(reason)}`),
  });
  return { destination, written, ends };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('a push stream', () => {
  it('starts its producer at the first read, not before, and reads as an ordinary stream', async () => {
    const { stream, state } = handProducer();
    await tick();
    expect(state.starts).toBe(0);
    const reader = stream.getReader();
    const first = reader.read();
    expect(state.starts).toBe(1);
    state.sink!.write('a');
    state.sink!.write('b');
    state.sink!.close();
    expect(await first).toEqual({ value: 'a', done: false });
    expect(await reader.read()).toEqual({ value: 'b', done: false });
    expect((await reader.read()).done).toBe(true);
    expect(stream.pipedDirectly).toBe(false);
  });

  it('stops its producer when the reader cancels, and ignores what the producer still writes', async () => {
    const { stream, state } = handProducer();
    const reader = stream.getReader();
    void reader.read();
    await tick();
    await reader.cancel();
    expect(state.stops).toBe(1);
    expect(() => state.sink!.write('late')).not.toThrow();
  });

  it('piped, writes each chunk into the destination as the producer makes it, and closes it at the end', async () => {
    const { stream, state } = handProducer();
    const { destination, written, ends } = recorder();
    const piped = stream.pipeTo(destination);
    expect(stream.pipedDirectly).toBe(true);
    expect(stream.locked).toBe(true);
    // Until the destination has started, writes wait in its queue, as they would in any pipe.
    await tick();
    state.sink!.write('a');
    // No await between the producer's write and the destination's: no microtask hop per chunk.
    expect(written).toEqual(['a']);
    state.sink!.write('b');
    state.sink!.close();
    await piped;
    expect(written).toEqual(['a', 'b']);
    expect(ends).toEqual(['closed']);
    expect(state.stops).toBe(1);
    expect(destination.locked).toBe(false);
  });

  it('piped, aborts the destination and stops the producer when the signal aborts', async () => {
    const { stream, state } = handProducer();
    const { destination, ends } = recorder();
    const abort = new AbortController();
    const piped = stream.pipeTo(destination, { signal: abort.signal });
    state.sink!.write('a');
    abort.abort('the request ended');
    await expect(piped).rejects.toBe('the request ended');
    expect(state.stops).toBe(1);
    await tick();
    expect(ends).toEqual(['aborted: the request ended']);
  });

  it('piped, stops the producer when the destination fails', async () => {
    const { stream, state } = handProducer();
    const { destination, written } = recorder({ failOn: 'b' });
    const piped = stream.pipeTo(destination);
    state.sink!.write('a');
    state.sink!.write('b');
    await expect(piped).rejects.toThrow('the browser went away');
    expect(state.stops).toBe(1);
    state.sink!.write('c');
    expect(written).toEqual(['a']);
  });

  it('piped, passes the producer\u2019s failure on to the destination', async () => {
    const { stream, state } = handProducer();
    const { destination, ends } = recorder();
    const piped = stream.pipeTo(destination);
    state.sink!.error('the log could not be read');
    await expect(piped).rejects.toBe('the log could not be read');
    await tick();
    expect(ends).toEqual(['aborted: the log could not be read']);
  });

  it('keeps the standard pipe for options it does not take over, and once reading has begun', async () => {
    const kept = handProducer();
    const keep = recorder();
    const piped = kept.stream.pipeTo(keep.destination, { preventClose: true });
    expect(kept.stream.pipedDirectly).toBe(false);
    await tick();
    kept.state.sink!.write('a');
    kept.state.sink!.close();
    await piped;
    expect(keep.written).toEqual(['a']);
    expect(keep.ends).toEqual([]);

    const read = handProducer();
    const reader = read.stream.getReader();
    void reader.read().catch(() => {});
    await tick();
    reader.releaseLock();
    expect(() => read.stream.pipeTo(recorder().destination)).not.toThrow();
    expect(read.stream.pipedDirectly).toBe(false);
  });
});

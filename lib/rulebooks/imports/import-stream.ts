import { HEARTBEAT_MS, PING_FRAME } from '@/lib/realtime/heartbeat';
import { importEnded } from './import-status';
import type { ImportView, RulebookImports } from './rulebook-imports';

/** An import's progress as Server-Sent Events: where it stands now, then every change until it ends. */
export function importEventStream(imports: RulebookImports, id: string, signal: AbortSignal): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cleanup = () => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const close = () => {
        if (!open) return;
        open = false;
        cleanup();
        controller.close();
      };
      const send = (view: ImportView) => {
        if (!open) return;
        controller.enqueue(encoder.encode(`data: ${JSON.stringify(view)}\n\n`));
        if (importEnded(view.status)) close();
      };
      const unsubscribe = imports.subscribe(id, send);
      // A ping the page's watchdog hears (see heartbeat.ts), where a comment would keep only proxies content.
      const heartbeat = setInterval(() => open && controller.enqueue(encoder.encode(PING_FRAME)), HEARTBEAT_MS);
      cleanup = () => {
        clearInterval(heartbeat);
        unsubscribe();
      };
      signal.addEventListener('abort', close);
      send(imports.view(id));
    },
    cancel() {
      cleanup();
    },
  });
}

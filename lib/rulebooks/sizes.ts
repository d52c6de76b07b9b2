// Also runs inside the PDF reading worker: see pdf-text.ts on its imports and syntax.

/** A byte count as people read it in a message: "31 KB", "4.2 MB", "64 MB". */
export function readableSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  const megabytes = bytes / (1024 * 1024);
  return `${megabytes.toFixed(megabytes < 10 ? 1 : 0)} MB`;
}

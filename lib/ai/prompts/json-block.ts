/**
 * Facts a model must act on travel in its prompt as JSON between fixed
 * markers: hosted models read them as text, the offline models parse them.
 */
export function jsonBlock(tag: string, value: unknown): string {
  return `<${tag}>${JSON.stringify(value)}</${tag}>`;
}

export function readJsonBlock<T>(text: string, tag: string): T | null {
  const open = `<${tag}>`;
  const start = text.indexOf(open);
  const end = text.indexOf(`</${tag}>`, start);
  if (start < 0 || end < 0) return null;
  try {
    return JSON.parse(text.slice(start + open.length, end)) as T;
  } catch {
    return null;
  }
}

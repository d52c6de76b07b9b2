// Runs inside the PDF reading worker: see pdf-text.ts on its imports and syntax.
import { normaliseText, type PdfDocument } from './pdf-text.ts';
import type { OutlineEntry } from './types.ts';

type OutlineNode = Awaited<ReturnType<PdfDocument['getOutline']>>[number];

export async function titleOf(doc: PdfDocument): Promise<string | null> {
  const { info, metadata } = await doc.getMetadata();
  const candidates = [metadata?.get('dc:title'), (info as { Title?: unknown }).Title];
  for (const candidate of candidates) {
    if (typeof candidate === 'string' && candidate.trim()) return candidate.replace(/\s+/g, ' ').trim();
  }
  return null;
}

/**
 * A book's bookmarks number in the thousands at most (the SRD 5.1 has about
 * 2,000). An outline far larger is no guide to the book, and its sections
 * would burden the server's thread, so the layout is read instead.
 */
const MAX_OUTLINE_ENTRIES = 20_000;

/** The bookmarks in reading order with 1-based pages; entries that lead nowhere in the file are left out, their children kept. */
export async function outlineOf(doc: PdfDocument): Promise<OutlineEntry[] | null> {
  const tree = await doc.getOutline();
  if (!tree || tree.length === 0) return null;
  const pageOfRef = new Map<string, number | null>();
  const entries: OutlineEntry[] = [];
  let visited = 0;
  const visit = async (nodes: OutlineNode[], depth: number): Promise<void> => {
    for (const node of nodes) {
      if (++visited > MAX_OUTLINE_ENTRIES) return;
      const page = await pageOf(doc, node.dest, pageOfRef);
      const title = normaliseText(node.title).replace(/\s+/g, ' ').trim();
      if (page !== null && title) entries.push({ title, page, depth });
      await visit(node.items ?? [], depth + 1);
    }
  };
  await visit(tree, 0);
  return entries.length > 0 && visited <= MAX_OUTLINE_ENTRIES ? entries : null;
}

async function pageOf(doc: PdfDocument, dest: OutlineNode['dest'], cache: Map<string, number | null>): Promise<number | null> {
  try {
    const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
    const target: unknown = explicit?.[0];
    if (typeof target === 'number') return target + 1;
    if (typeof target !== 'object' || target === null || !('num' in target)) return null;
    const ref = target as { num: number; gen: number };
    const key = `${ref.num}R${ref.gen}`;
    if (!cache.has(key)) cache.set(key, (await doc.getPageIndex(ref)) + 1);
    return cache.get(key) ?? null;
  } catch {
    // A bookmark pointing at a missing object is the author's slip, not a broken book.
    return null;
  }
}

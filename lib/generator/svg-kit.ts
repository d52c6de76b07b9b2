/** Small helpers for writing SVG by hand: escaping, compact numbers, a document wrapper. */

/** Escapes text for SVG content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** One decimal place is finer than any screen shows and keeps the markup small. */
export function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** A standalone SVG document; the viewBox is the drawing's own units, so it scales to any size. */
export function svgDocument(width: number, height: number, body: string, title: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n(width)} ${n(height)}" width="${n(width)}" height="${n(height)}">` +
    `<title>${escapeXml(title)}</title>${body}</svg>`
  );
}

/** A small closed circle as path data, so many dots can share one path element. */
export function dot(cx: number, cy: number, r: number): string {
  return `M${n(cx - r)} ${n(cy)}a${n(r)} ${n(r)} 0 1 0 ${n(2 * r)} 0a${n(r)} ${n(r)} 0 1 0 ${n(-2 * r)} 0`;
}

export function polygon(points: ReadonlyArray<readonly [number, number]>): string {
  return points.map(([x, y], i) => `${i ? 'L' : 'M'}${n(x)} ${n(y)}`).join('') + 'Z';
}

export function path(d: string, attributes: string): string {
  return d ? `<path d="${d}" ${attributes}/>` : '';
}

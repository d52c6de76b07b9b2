import { expect } from 'vitest';

/**
 * A simple well-formedness check: one root svg element with the namespace
 * and a viewBox, every tag closed in order, no external references.
 */
export function expectStandaloneSvg(svg: string): void {
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  expect(svg).toMatch(/^<svg[^>]* viewBox="0 0 [\d.]+ [\d.]+"/);
  expect(svg.endsWith('</svg>')).toBe(true);
  expect(svg).not.toMatch(/(href|src)="(?!#)/);
  expect(svg).not.toMatch(/url\((?!#)/);
  expect(svg).not.toMatch(/NaN|undefined|Infinity/);
  const open: string[] = [];
  for (const [, closing, name, selfClosing] of svg.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
    if (selfClosing) continue;
    if (closing) expect(open.pop(), `closing </${name}>`).toBe(name);
    else open.push(name ?? '');
  }
  expect(open).toEqual([]);
}

import { describe, expect, it } from 'vitest';
import { cleanText, cleanTexts } from '@/lib/http/text-guard';
import { parseCursor } from '@/lib/http/cursor';
import { parseId } from '@/lib/http/session-id';

describe('text from requests', () => {
  it('refuses NUL, lone surrogates and control characters, naming the field', () => {
    expect(() => cleanTexts({ text: 'I open the door\u0000' })).toThrow(/^text holds a control character \(U\+0000\)/);
    expect(() => cleanTexts({ name: 'Eve\ud800' })).toThrow(/^name holds a broken character/);
    expect(() => cleanTexts({ patches: [{ reason: 'ok' }, { reason: 'bell\u0007' }] })).toThrow(/^patches\.1\.reason holds a control character \(U\+0007\)/);
    expect(() => cleanTexts({ ['ke\u0000y']: 1 })).toThrow(/^key holds a control character/);
    expect(() => cleanText('\u009b31m', 'title')).toThrow(/title holds a control character \(U\+009B\)/);
  });

  it('keeps ordinary writing, line breaks, emoji and the joiners scripts need', () => {
    const text = 'Línea uno\nline two\t🧙‍♀️ שלום‎ क्षि';
    expect(cleanText(text, 'text')).toBe(text);
    expect(cleanTexts({ a: [1, true, null, 'x'] })).toEqual({ a: [1, true, null, 'x'] });
  });

  it('takes out bidi overrides and other invisible tricks', () => {
    expect(cleanText('Mira\u202e\u2066 the\u200b Bold\ufeff', 'name')).toBe('Mira the Bold');
  });
});

describe('log cursors and ids', () => {
  it('accepts positions the log can hold, and refuses the rest with a 400', () => {
    expect(parseCursor(null)).toBe(0);
    expect(parseCursor('42')).toBe(42);
    expect(parseCursor('2147483647')).toBe(2147483647);
    for (const bad of ['2147483648', '-1', '1.5', '1e3', 'abc', '99999999999']) expect(() => parseCursor(bad)).toThrow(/whole number from 0/);
  });

  it('writes ids in lower case, so one table never has two names', () => {
    expect(parseId('0A1B2C3D-0000-4000-8000-00000000ABCD', 'session')).toBe('0a1b2c3d-0000-4000-8000-00000000abcd');
    expect(() => parseId('not\u0000an-id', 'session')).toThrow(/no session "not\\u0000an-id"/);
  });
});

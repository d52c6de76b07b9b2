import { describe, expect, it } from 'vitest';
import { readConfig } from '@/lib/config';

describe('RULEBOOK_READ_TIMEOUT_S and RULEBOOK_READ_MEMORY_MB', () => {
  it('leave the importer its own limits unless set', () => {
    expect(readConfig({}).rulebookReading).toEqual({ timeoutMs: undefined, maxMemoryMb: undefined });
    expect(readConfig({ RULEBOOK_READ_TIMEOUT_S: '', RULEBOOK_READ_MEMORY_MB: '' }).rulebookReading).toEqual({ timeoutMs: undefined, maxMemoryMb: undefined });
  });

  it('take whole seconds and megabytes', () => {
    expect(readConfig({ RULEBOOK_READ_TIMEOUT_S: '300', RULEBOOK_READ_MEMORY_MB: '2048' }).rulebookReading).toEqual({ timeoutMs: 300_000, maxMemoryMb: 2048 });
    for (const value of ['0', '1.5', 'forever']) expect(() => readConfig({ RULEBOOK_READ_TIMEOUT_S: value }), value).toThrow(/RULEBOOK_READ_TIMEOUT_S/);
    for (const value of ['32', 'lots']) expect(() => readConfig({ RULEBOOK_READ_MEMORY_MB: value }), value).toThrow(/RULEBOOK_READ_MEMORY_MB/);
  });
});

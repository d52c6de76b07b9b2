import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { proseCheck } from '@/scripts/srd/check/prose';
import { dataDir, generateSrdData, writeSrdData } from '@/scripts/srd/generate';
import { readReference, referenceDir } from '@/scripts/srd/reference';
import { SRD_ATTRIBUTION } from '@/lib/rules/srd/source';

const reference = referenceDir();
const temp = mkdtempSync(path.join(tmpdir(), 'srd-data-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

// The reference files live outside the repository; without them only the committed data can be checked.
describe.skipIf(!existsSync(reference))('the SRD data generator', () => {
  it('writes exactly the committed files again', () => {
    writeSrdData(temp, generateSrdData(readReference(reference)));
    const committed = readdirSync(dataDir).filter((f) => f.endsWith('.json')).sort();
    expect(readdirSync(temp).sort()).toEqual(committed);
    for (const file of committed) expect(readFileSync(path.join(temp, file), 'utf8'), file).toBe(readFileSync(path.join(dataDir, file), 'utf8'));
  });

  it('leaves no 8-word run of the reference’s descriptions in the data, and would notice one', () => {
    expect(proseCheck(reference, dataDir).sequencesFound).toBe(0);
    const spell = JSON.parse(readFileSync(path.join(reference, '5e-SRD-Spells.json'), 'utf8'))[0];
    writeFileSync(path.join(temp, 'leak.json'), JSON.stringify({ note: spell.desc[0] }));
    expect(proseCheck(reference, temp).sequencesFound).toBeGreaterThan(0);
  });
});

describe('the committed data', () => {
  it('carries the SRD attribution in every file', () => {
    for (const file of readdirSync(dataDir).filter((f) => f.endsWith('.json'))) {
      expect(JSON.parse(readFileSync(path.join(dataDir, file), 'utf8')).source, file).toBe(SRD_ATTRIBUTION);
    }
    expect(readFileSync(path.join(dataDir, 'ATTRIBUTION.md'), 'utf8')).toContain('https://creativecommons.org/licenses/by/4.0/legalcode');
  });

  it('holds no descriptive text fields', () => {
    for (const file of readdirSync(dataDir).filter((f) => f.endsWith('.json'))) {
      expect(readFileSync(path.join(dataDir, file), 'utf8'), file).not.toMatch(/"(desc|higher_level|description|text)":/);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { sampleCampaign } from '@/lib/campaigns/sample';
import { sharedPlaces } from '@/lib/table/shared-places';

/** A fresh copy, as each load parses the campaign from the database anew. */
const fromDatabase = () => structuredClone(sampleCampaign.locations);

describe('shared places', () => {
  it('gives every table of a campaign the same frozen places, whatever copy it read', () => {
    const first = sharedPlaces('shared-a', fromDatabase());
    const second = sharedPlaces('shared-a', fromDatabase());
    expect(second).toBe(first);
    expect(Object.isFrozen(first[0]!.scene.exits)).toBe(true);
    expect(() => {
      first[0]!.scene.title = 'Elsewhere';
    }).toThrow(TypeError);
  });

  it('replaces the kept copy when the campaign changed', () => {
    const before = sharedPlaces('shared-b', fromDatabase());
    const changed = fromDatabase();
    changed[0]!.scene.title = 'The Drained Nave';
    const after = sharedPlaces('shared-b', changed);
    expect(after).not.toBe(before);
    expect(after[0]!.scene.title).toBe('The Drained Nave');
  });

  it('keeps a bounded number of campaigns, dropping the least recently loaded', () => {
    const kept = sharedPlaces('shared-c', fromDatabase());
    for (let i = 0; i < 100; i++) sharedPlaces(`filler-${i}`, fromDatabase());
    expect(sharedPlaces('shared-c', fromDatabase())).not.toBe(kept);
  });
});

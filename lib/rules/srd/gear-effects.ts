/**
 * What the SRD 5.1's mundane consumables do, as facts the rules can use,
 * written for Roundtable from the adventuring gear descriptions: a
 * healer's kit stabilises a creature at 0 hit points (ten uses); antitoxin
 * gives advantage on saving throws against poison for an hour.
 */
export type GearEffect =
  | { kind: 'stabilize'; uses: number }
  | { kind: 'poison save advantage'; hours: number };

const gearEffects: Record<string, GearEffect> = {
  'healers-kit': { kind: 'stabilize', uses: 10 },
  'antitoxin-vial': { kind: 'poison save advantage', hours: 1 },
};

/** The effect of a piece of mundane equipment used up or used from, by SRD id. */
export function gearEffect(itemId: string): GearEffect | undefined {
  return gearEffects[itemId];
}

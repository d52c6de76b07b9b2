/** One field where our data and a source disagree. */
export type Disagreement = { record: string; field: string; ours: unknown; reference: unknown };

/**
 * Counts fields compared and keeps the ones that disagree. Values are
 * compared as canonical JSON, so arrays must already be in a comparable
 * order (callers sort sets).
 */
export class Tally {
  compared = 0;
  agreed = 0;
  readonly disagreements: Disagreement[] = [];

  check(record: string, field: string, ours: unknown, reference: unknown): boolean {
    this.compared++;
    const same = JSON.stringify(ours ?? null) === JSON.stringify(reference ?? null);
    if (same) this.agreed++;
    else this.disagreements.push({ record, field, ours: ours ?? null, reference: reference ?? null });
    return same;
  }

  /** A whole record missing from our data counts as every field it would have had disagreeing. */
  missing(record: string, fields: number): void {
    this.compared += fields;
    this.disagreements.push({ record, field: '(record)', ours: null, reference: 'present' });
  }

  get agreement(): number {
    return this.compared === 0 ? 1 : this.agreed / this.compared;
  }
}

export const sorted = <T>(values: readonly T[]): T[] => [...values].sort();

/** Rounds a share to four places for printing. */
export const share = (n: number): number => Math.round(n * 10_000) / 10_000;

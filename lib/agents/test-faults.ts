/**
 * Faults the browser tests switch on to see the ops pages handle real
 * failures. Honoured only when ROUNDTABLE_TEST_HOOKS=1 (diagnosticSwitches
 * in lib/config.ts); a production server has no way to turn them on.
 */
type Faults = { generatorFails: boolean };

const holder = globalThis as typeof globalThis & { roundtableFaults?: Faults };

export function testFaults(): Faults {
  holder.roundtableFaults ??= { generatorFails: false };
  return holder.roundtableFaults;
}

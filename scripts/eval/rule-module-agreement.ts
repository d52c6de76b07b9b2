import type { ParsedMonster, ParsedSpell } from '@/lib/rulebooks/content/schema';
import { compareMonsters } from '../srd/check/compare-monsters';
import { compareSpells } from '../srd/check/compare-spells';
import { readRaw, type Raw } from '../srd/check/read';
import { share, Tally } from '../srd/check/tally';
import { correctionsFor } from '../srd/corrections';

/**
 * Fields left out of the comparison: the subclasses that add a spell are
 * stated in the class chapters, never in its entry, and a stat block's
 * languages are words (the PDF's and the reference's differ: "knew in life"
 * against "spoke in life"), not a mechanic.
 */
const unstated = new Set(['subclasses', 'languages']);

/** A tally that leaves out the fields a rulebook's entries cannot state. */
class StatedTally extends Tally {
  constructor(private readonly skip: ReadonlySet<string>) {
    super();
  }

  override check(record: string, field: string, ours: unknown, reference: unknown): boolean {
    return this.skip.has(field) || super.check(record, field, canonical(ours), canonical(reference));
  }
}

/** The same value with its objects' keys in one order, since the tally compares JSON text. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
  return value;
}

const key = (name: string) => name.toLowerCase().replace(/’/g, "'").trim();

/**
 * The reference records a parsed name stands for. The SRD files some
 * blocks under an inverted name ("Elf, Drow") and gives shapechangers one
 * block that the reference splits into forms ("Werewolf" is "Werewolf,
 * Human Form").
 */
function referenceFor(name: string, byName: ReadonlyMap<string, Raw>): Raw | undefined {
  const plain = name.replace(/\s*\([^)]*\)/g, '');
  const [before, after] = plain.split(', ');
  const candidates = [name, plain, ...(after ? [`${after} ${before}`, after] : []), `${name}, Human Form`, `${name}, ${name} Form`];
  return candidates.map((c) => byName.get(key(c))).find(Boolean);
}

/** Parsed records re-keyed by the reference record each stands for, with the references matched; unmatched records are left out. */
function paired<T extends { id: string; name: string }>(parsed: readonly T[], reference: Raw[]): { ours: T[]; refs: Raw[] } {
  const byName = new Map(reference.map((r) => [key(r.name), r]));
  const ours: T[] = [];
  const refs = new Map<string, Raw>();
  for (const record of parsed) {
    const ref = referenceFor(record.name, byName);
    if (!ref || refs.has(ref.index)) continue;
    refs.set(ref.index, ref);
    ours.push({ ...record, id: ref.index, name: ref.name });
  }
  return { ours, refs: [...refs.values()] };
}

export type Agreement = {
  agreement: number;
  fieldsCompared: number;
  matched: { monsters: number; spells: number };
  disagreements: Array<{ name: string; field: string; parsed: unknown; reference: unknown; referenceIsWrong?: string }>;
};

/**
 * How many of the parsed monsters' and spells' mechanical fields agree with
 * the SRD 5.1 reference files, compared field by field by the same checker
 * that checks the engine's own SRD data. Only parsed records that name a
 * reference record are compared (how many were found is reported apart).
 * Where the reference is known to be wrong (scripts/srd/corrections.ts),
 * the disagreement says so.
 */
export function agreementWithReference(module: { monsters: ParsedMonster[]; spells: ParsedSpell[] }, dir: string, sampleSize = 25): Agreement {
  const statesClasses = module.spells.some((s) => s.classes.length > 0);
  const tally = new StatedTally(statesClasses ? unstated : new Set([...unstated, 'classes']));
  const monsters = paired(module.monsters, readRaw(dir, 'Monsters'));
  const spells = paired(module.spells, readRaw(dir, 'Spells'));
  compareMonsters(monsters.ours, monsters.refs, tally);
  compareSpells(spells.ours, spells.refs, tally);
  const names = new Map<string, string>([...monsters.ours.map((m) => [`monster ${m.id}`, m.name] as const), ...spells.ours.map((s) => [`spell ${s.id}`, s.name] as const)]);
  return {
    agreement: share(tally.agreement),
    fieldsCompared: tally.compared,
    matched: { monsters: monsters.ours.length, spells: spells.ours.length },
    disagreements: tally.disagreements.slice(0, sampleSize).map((d) => {
      const known = correctionsFor(d.record).find((c) => d.field.includes(c.field));
      const name = names.get(d.record) ?? d.record;
      return { name, field: d.field, parsed: d.ours, reference: d.reference, ...(known && { referenceIsWrong: known.why }) };
    }),
  };
}

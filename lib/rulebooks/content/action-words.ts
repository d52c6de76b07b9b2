// Runs inside the parsing worker: see pdf-text.ts on its imports and syntax.
import type { MonsterArea } from '@/lib/rules/srd/monster-schema';

/**
 * Facts a monster's action states only in its words, shared by the
 * rulebook parser and the SRD data generator (which reads the reference's
 * action texts): where a save action reaches, and the conditions it
 * imposes.
 */

const feet = '(?:feet|foot|ft\\.?)';
const lineArea = new RegExp(`(\\d+)[- ]${feet}[- ]line(?: that is (\\d+) ${feet} wide)?|line(?: of \\w+)? that is (\\d+) ${feet} long and (\\d+) ${feet} wide`, 'i');
const coneArea = new RegExp(`(\\d+)[- ]${feet}[- ]cone`, 'i');
// "A 10-foot radius of gas extends out from the dretch", "each creature within 120 feet of the dragon".
const aroundArea = new RegExp(`(\\d+)[- ]${feet}[- ]radius|within (\\d+) ${feet}`, 'i');

/**
 * Where a save action reaches, read from its words: a cone, a line (5 feet
 * wide unless it says otherwise), or everything within a distance of the
 * creature. A cylinder set down somewhere else is left out.
 */
export function areaFromText(text: string): MonsterArea | undefined {
  if (/cylinder/i.test(text)) return undefined;
  const line = lineArea.exec(text);
  if (line) return { shape: 'line', size: Number(line[1] ?? line[3]), width: Number(line[2] ?? line[4] ?? 5) };
  const cone = coneArea.exec(text);
  if (cone) return { shape: 'cone', size: Number(cone[1]) };
  const around = aroundArea.exec(text);
  return around ? { shape: 'around', size: Number(around[1] ?? around[2]) } : undefined;
}

/** The conditions an action's words impose ("or be knocked prone", "is grappled"), not those it denies ("can't be charmed"), sorted. */
export function imposedConditions<C extends string>(text: string, conditions: readonly C[]): C[] {
  const imposed = new RegExp(`(?<!(?:can't|cannot|isn't|not|aren't) )\\b(?:is|be|becomes?|are|knocked) (${conditions.join('|')})\\b`, 'gi');
  return [...new Set([...text.matchAll(imposed)].map((m) => m[1]!.toLowerCase() as C))].sort();
}

import { RuleViolation } from '../../rule-violation';
import { allClasses, getClass, getFeature, getSubclass, type Feature } from '../../srd/classes';
import { lazy } from '../../srd/common';
import { NameIndex } from '../../srd/names';
import type { CharacterSheet } from '../../state';
import { featureName } from './feature-use';

/**
 * Words players use for a feature that its SRD name does not contain
 * ("I smite the skeleton", "I lay hands on Aldric").
 */
const aliases: Record<string, string[]> = {
  'divine-smite': ['smite'],
  'lay-on-hands': ['lay hands', 'laying on hands'],
  'bardic-inspiration-d6': ['inspiration', 'inspire'],
  'flurry-of-blows': ['flurry'],
  rage: ['raging'],
};

/** A feature's names as people say them: whole, without its "(1 use)" note, and the part after "Channel Divinity:". */
function spellingsOf(feature: Feature): string[] {
  const bare = feature.name.replace(/\s*\([^)]*\)\s*$/, '');
  const after = bare.includes(': ') ? [bare.slice(bare.indexOf(': ') + 2)] : [];
  return [feature.name, bare, ...after, feature.id, ...(aliases[feature.id] ?? [])];
}

function indexOf(features: readonly Feature[]): NameIndex<Feature> {
  return new NameIndex(features, (f) => f.name, (f) => spellingsOf(f));
}

/** Every class feature of the SRD, for telling someone which class and level a feature they lack belongs to. */
const everyFeature = lazy(() => indexOf(allClasses().flatMap((c) => c.features.map((f) => ({ ...f, classId: c.id })))));

function describeOwner(f: Feature): string {
  const cls = getClass(f.classId)?.name ?? f.classId;
  const sub = f.subclass ? getSubclass(f.subclass)?.name : undefined;
  return sub ? `a feature of the ${sub} ${cls.toLowerCase()} from level ${f.level}` : `a ${cls.toLowerCase()} feature from level ${f.level}`;
}

/** Why a character cannot use a feature it does not have, in words the model can act on. */
function whyNot(c: CharacterSheet, wanted: string): string {
  const found = everyFeature().find(wanted);
  if (!found) return `There is no class feature called "${wanted}".`;
  const theirs = `${c.name} is a level ${c.level} ${c.className.toLowerCase()}`;
  const name = featureName(found);
  if (found.classId !== c.build.class.id) return `${name} is ${describeOwner(found)}; ${theirs}.`;
  if (found.subclass && found.subclass !== c.build.class.subclass) return `${name} is ${describeOwner(found)}; ${theirs} without it.`;
  return `${name} comes at ${c.className.toLowerCase()} level ${found.level}; ${theirs}.`;
}

/**
 * The feature a character names, from the features its class and subclass
 * give at its level (forgiving case, notes in brackets and small typos).
 * Refuses a feature of another class, a subclass it did not choose, or a
 * higher level, saying which.
 */
export function findOwnFeature(c: CharacterSheet, wanted: string): Feature {
  const own = c.features.flatMap((id) => getFeature(id) ?? []);
  const found = indexOf(own).match(wanted);
  if (found.found) return found.found;
  throw new RuleViolation(`${c.name} cannot use ${wanted}: ${whyNot(c, wanted)}`);
}

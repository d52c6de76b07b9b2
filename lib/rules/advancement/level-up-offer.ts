import { abilities, type Ability } from '../abilities';
import type { Build } from '../sheet/build';
import { improvementLevels, subclassLevel } from '../sheet/build-rules';
import type { CharacterSheet } from '../sheet/character';
import { spellLimits, type SpellLimits } from '../sheet/derive-spellcasting';
import { columnAt, featuresAt, getClass, getFeature } from '../srd/classes';
import { levelForXp, xpForLevel } from '../srd/progression';
import { spellsForClass } from '../srd/spells';

/** One thing a player may pick: an SRD id and its name. */
export type LevelUpOption = { id: string; name: string };

/** A choice of `choose` from `options`, as the level-up screen offers it. */
export type LevelUpPick = { choose: number; options: LevelUpOption[] };

/**
 * What a character's next level offers, every choice with its options
 * from the SRD data: hit points (the table's roll of the hit die, or its
 * average), a subclass at the class's subclass level, an ability score
 * improvement at the class's improvement levels, the options of features
 * gained, expertise, and cantrips and spells to learn or prepare.
 */
export type LevelUpOffer = {
  characterId: string;
  name: string;
  level: number;
  /** Null at level 20. */
  nextLevel: number | null;
  xp: number;
  xpForNext: number | null;
  /** Whether the character has the XP for its next level. */
  ready: boolean;
  hitPoints: { die: number; average: number; constitutionModifier: number };
  subclass: LevelUpPick | null;
  /** The scores an improvement raises: +2 to one, or +1 to two, none past 20. */
  improvement: { scores: Record<Ability, number>; max: 20 } | null;
  /** Options of features gained at this level (and invocations that grow), by feature id. */
  features: Array<LevelUpPick & { id: string; name: string }>;
  expertise: LevelUpPick | null;
  spells: {
    cantrips: LevelUpPick | null;
    /** Spells a known caster learns, or a wizard writes into the spellbook; `mayReplace` when one known spell may be swapped. */
    known: (LevelUpPick & { mayReplace: boolean }) | null;
    /** How many a prepared caster may prepare at the new level, from which spells. */
    prepared: { max: number; options: LevelUpOption[] } | null;
  };
};

/** Features whose count a class column gives rather than the feature. */
const countedBy: Record<string, string> = { 'eldritch-invocations': 'invocationsKnown' };

/** The build a level-up starts from: one level more, average hit points, nothing chosen yet. */
export function nextBuild(build: Build): Build {
  const level = build.level + 1;
  return { ...build, level, hitPoints: [...build.hitPoints, { level, method: 'average' }] };
}

function option(id: string): LevelUpOption {
  return { id, name: getFeature(id)?.name ?? id.replaceAll('-', ' ') };
}

function featurePicks(c: CharacterSheet, next: Build, subclass: string | null): LevelUpOffer['features'] {
  const gained = featuresAt(next.class.id, next.level, subclass ?? undefined).filter((f) => f.options && !f.id.includes('expertise') && f.options.choose !== null);
  const picks = gained.map((f) => ({ id: f.id, name: f.name, choose: f.options!.choose!, options: f.options!.from.map(option) }));
  for (const [id, column] of Object.entries(countedBy)) {
    const chosen = c.build.class.features[id] ?? [];
    const count = Number(columnAt(next.class.id, next.level, column) ?? 0) - chosen.length;
    const feature = getFeature(id);
    if (count > 0 && feature?.options) picks.push({ id, name: feature.name, choose: count, options: feature.options.from.filter((o) => !chosen.includes(o)).map(option) });
  }
  return picks;
}

function expertisePick(c: CharacterSheet, next: Build): LevelUpPick | null {
  const gained = featuresAt(next.class.id, next.level).filter((f) => f.id.includes('expertise') && f.options);
  const choose = gained.reduce((n, f) => n + (f.options!.choose ?? 0), 0);
  if (choose === 0) return null;
  const from = new Set(gained.flatMap((f) => f.options!.from));
  const proficient: string[] = [...c.proficiencies, ...(c.training.tools.includes('thieves-tools') ? ['thieves-tools'] : [])];
  const options = proficient.filter((s) => from.has(s) && !(c.build.class.expertise as string[]).includes(s));
  return { choose, options: options.map((id) => ({ id, name: id })) };
}

function spellPicks(c: CharacterSheet, next: Build, then: SpellLimits): LevelUpOffer['spells'] {
  const list = then.maxSpellLevel > 0 || then.cantrips > 0 ? spellsForClass(next.class.id, then.maxSpellLevel) : [];
  const spellOption = (s: { id: string; name: string }) => ({ id: s.id, name: s.name });
  const newCantrips = then.cantrips - c.spells.cantrips.length;
  const cantrips = newCantrips > 0 ? { choose: newCantrips, options: list.filter((s) => s.level === 0 && !c.spells.cantrips.includes(s.id)).map(spellOption) } : null;
  const learnable = list.filter((s) => s.level > 0 && !c.spells.known.includes(s.id)).map(spellOption);
  let known: LevelUpOffer['spells']['known'] = null;
  if (then.preparation === 'known') {
    const count = (then.known ?? 0) - c.spells.known.length;
    known = count > 0 || c.spells.known.length > 0 ? { choose: Math.max(0, count), options: learnable, mayReplace: c.spells.known.length > 0 } : null;
  } else if (then.preparation === 'spellbook') {
    known = { choose: Math.min(2, learnable.length), options: learnable, mayReplace: false };
  }
  const preparable = then.preparation === 'spellbook' ? list.filter((s) => s.level > 0 && c.spells.known.includes(s.id)) : list.filter((s) => s.level > 0);
  const prepared = then.preparation === 'prepared' || then.preparation === 'spellbook' ? { max: then.prepared ?? 0, options: preparable.map(spellOption) } : null;
  return { cantrips, known, prepared };
}

/** What the next level offers this character, whether or not it has the XP yet. */
export function levelUpOffer(c: CharacterSheet): LevelUpOffer {
  const base = { characterId: c.id, name: c.name, level: c.level, xp: c.xp };
  const die = getClass(c.build.class.id)!.hitDie;
  const constitutionModifier = Math.floor((c.abilities.con - 10) / 2);
  const hitPoints = { die, average: die / 2 + 1, constitutionModifier };
  if (c.level >= 20) {
    return { ...base, nextLevel: null, xpForNext: null, ready: false, hitPoints, subclass: null, improvement: null, features: [], expertise: null, spells: { cantrips: null, known: null, prepared: null } };
  }
  const next = nextBuild(c.build);
  const cls = getClass(next.class.id)!;
  const choosingSubclass = c.build.class.subclass === null && next.level >= subclassLevel(cls.id);
  const subclass = choosingSubclass ? { choose: 1, options: cls.subclasses.map((s) => ({ id: s.id, name: s.name })) } : null;
  const mods = Object.fromEntries(abilities.map((a) => [a, Math.floor((c.abilities[a] - 10) / 2)])) as Record<Ability, number>;
  return {
    ...base,
    nextLevel: next.level,
    xpForNext: xpForLevel(next.level),
    ready: levelForXp(c.xp) >= next.level,
    hitPoints,
    subclass,
    improvement: improvementLevels(cls.id).includes(next.level) ? { scores: { ...c.abilities }, max: 20 } : null,
    features: featurePicks(c, next, next.class.subclass ?? (choosingSubclass ? (cls.subclasses[0]?.id ?? null) : null)),
    expertise: expertisePick(c, next),
    spells: spellPicks(c, next, spellLimits(next, mods)),
  };
}

import type { BattleTerrain } from '@/lib/generator/battle/types';
import type { HazardInput } from '@/lib/rules/scene-hazards';

type HazardHow = HazardInput['how'];
type Danger = { name: string; trigger: string; how: (severity: 'setback' | 'dangerous') => HazardHow; condition?: HazardInput['condition']; rearms?: boolean };

/** Dangers a place's own words name, first match first. */
const named: Array<[RegExp, Danger]> = [
  [/\b(pit|chasm|cliff|drop|ledge|shaft|abyss|collaps\w*)\b/i, { name: 'A sudden drop', trigger: 'a misstep at the edge, or ground giving way', how: () => ({ kind: 'fall', feet: 20 }) }],
  [/\b(traps?|darts?|needles?|snares?)\b/i, { name: 'A hidden trap', trigger: 'touching or crossing what it guards without finding it first', how: (severity) => ({ kind: 'attack', severity, damageType: 'piercing' }), rearms: false }],
  [
    /\b(poison\w*|venom\w*|toxic|fumes|miasma)\b/i,
    { name: 'Poisonous air', trigger: 'breathing deep of it or lingering', how: (severity) => ({ kind: 'save', ability: 'con', severity, damageType: 'poison' }), condition: { condition: 'poisoned', minutes: 10 } },
  ],
  [/\b(fire|flames?|lava|burning|embers)\b/i, { name: 'Open flame', trigger: 'getting too close to the fire', how: (severity) => ({ kind: 'save', ability: 'dex', severity, damageType: 'fire' }) }],
  [/\b(ice|icy|frozen|snow|frost)\b/i, { name: 'Bitter cold', trigger: 'falling through the ice or staying too long', how: (severity) => ({ kind: 'save', ability: 'con', severity, damageType: 'cold' }) }],
  [/\b(river|flood\w*|currents?|rapids|tide)\b/i, { name: 'Strong current', trigger: 'wading or swimming in the water', how: (severity) => ({ kind: 'save', ability: 'str', severity, damageType: 'bludgeoning' }) }],
];

/** What each kind of place threatens when its words name nothing. */
const byTerrain: Record<BattleTerrain, Danger> = {
  cave: { name: 'Falling rocks', trigger: 'noise, a struggle or a careless climb', how: (severity) => ({ kind: 'save', ability: 'dex', severity, damageType: 'bludgeoning' }) },
  forest: { name: 'Thorny undergrowth', trigger: 'forcing a way through the thickets in a hurry', how: (severity) => ({ kind: 'save', ability: 'dex', severity, damageType: 'slashing' }) },
  town: { name: 'Falling masonry', trigger: 'climbing walls and roofs, or a brawl against rotten beams', how: (severity) => ({ kind: 'save', ability: 'dex', severity, damageType: 'bludgeoning' }) },
  ruins: { name: 'Crumbling floor', trigger: 'heavy steps or a struggle on the broken floor', how: () => ({ kind: 'fall', feet: 10 }) },
  dungeon: { name: 'An old trap', trigger: 'searching carelessly, or opening what is shut', how: (severity) => ({ kind: 'attack', severity, damageType: 'piercing' }), rearms: false },
};

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'hazard';
}

/**
 * The hazard a drafted place declares, read from its author's words (a
 * chasm, a trap, poison, fire, ice, a current) or else from the kind of
 * place it is: a setback along the way, dangerous at the journey's end.
 * Its numbers come from the SRD trap table when it goes off.
 */
export function hazardFor(place: { title: string; description: string }, terrain: BattleTerrain, last: boolean): HazardInput {
  const danger = named.find(([words]) => words.test(`${place.title} ${place.description}`))?.[1] ?? byTerrain[terrain];
  const severity = last ? 'dangerous' : 'setback';
  return {
    id: slug(danger.name),
    name: danger.name,
    trigger: danger.trigger,
    how: danger.how(severity),
    ...(danger.condition ? { condition: danger.condition } : {}),
    ...(danger.rearms === false ? { rearms: false } : {}),
  };
}

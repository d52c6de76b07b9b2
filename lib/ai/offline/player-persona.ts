/**
 * What an AI player cares about, read from its persona's words (and its
 * class, when the persona says little), and the things it does between
 * tasks because of it. Each pastime is a check the DM resolves without harm:
 * none climbs, opens, touches or wades into anything.
 */
export type Leaning = 'healer' | 'scout' | 'lore' | 'talker' | 'sneak' | 'fighter';

const cues: Array<{ leaning: Leaning; words: RegExp }> = [
  { leaning: 'healer', words: /\b(heal|heals|healer|healing|tend|tends|wounded|mend|mends|medic|cares?)\b/gi },
  { leaning: 'scout', words: /\b(watch|watches|watchful|scout|flanks?|eyes|tracks?|tracker|keen|wary|lookout|hunter)\b/gi },
  { leaning: 'lore', words: /\b(rites?|lore|scholar|books?|knows|history|learned|sage|studies|legends?)\b/gi },
  { leaning: 'talker', words: /\b(talks?|charm|charming|tongue|bargains?|friendly|speaks|haggles?|smiles?|persuasive)\b/gi },
  { leaning: 'sneak', words: /\b(shadows?|sneaks?|quiet|thief|stealthy|unseen|locks?|nimble)\b/gi },
  { leaning: 'fighter', words: /\b(fights?|fighter|brave|bold|shield|protects?|soldier|blade|warrior|stubborn)\b/gi },
];

const byClass: Record<string, Leaning[]> = {
  Barbarian: ['fighter'],
  Bard: ['talker', 'lore'],
  Cleric: ['healer', 'lore'],
  Druid: ['healer', 'scout'],
  Fighter: ['fighter', 'scout'],
  Monk: ['scout', 'fighter'],
  Paladin: ['fighter', 'healer'],
  Ranger: ['scout'],
  Rogue: ['sneak', 'scout'],
  Sorcerer: ['lore', 'talker'],
  Warlock: ['lore', 'talker'],
  Wizard: ['lore'],
};

/** Its leanings, strongest first: the persona's (by how often it speaks of each), then its class's. */
export function leaningsOf(persona: string, what: string): Leaning[] {
  const counted = cues.map((cue, i) => ({ leaning: cue.leaning, count: persona.match(cue.words)?.length ?? 0, i }));
  const spoken = counted.filter((c) => c.count > 0).sort((a, b) => b.count - a.count || a.i - b.i).map((c) => c.leaning);
  const className = what.split(' ').find((word) => byClass[word]) ?? '';
  return [...new Set([...spoken, ...(byClass[className] ?? []), 'scout' as const])];
}

/** What the persona says its character knows ("the old rites of the sea"), to recall it by. */
export function loreOf(persona: string): string | null {
  return /\bknows? (?:about |of )?([^,.;]+)/i.exec(persona)?.[1]?.trim() ?? null;
}

const pastimes: Record<Leaning, string[]> = {
  healer: [
    'I look everyone over and tend to the small hurts nobody mentions',
    'I count what is left of my bandages and salves',
    'I say a quiet prayer for the party',
    'I treat the scrapes and bruises the others have been ignoring',
    'I tend to a cut on my own arm before it festers',
    'I offer a prayer for those who fell here before us',
  ],
  scout: [
    'I keep watch on our flanks',
    'I scan the shadows along the walls for movement',
    'I look for tracks or scratches that show what passed through here',
    'I keep an eye on the way we came in',
    'I listen for anything moving beyond the light',
    'I watch the far corners while the others work',
  ],
  lore: [
    'I study the carvings for any sign I recognise',
    'I recall the old tales of places like this',
    'I look for marks or symbols that tell who built this place',
    'I search my memory for any legend that fits what we see',
    'I study the stonework for its age and purpose',
    'I examine the old markings, looking for meaning',
  ],
  talker: [
    'I talk the others through what we know so far',
    'I call out softly, in case anyone friendly is near',
    'I ask the others what they make of this place',
    'I talk over our next steps with the party',
    'I greet the dark politely, in case something friendly answers',
    'I ask everyone to share what they have noticed',
  ],
  sneak: [
    'I creep along the wall, keeping to the shadows',
    'I check the floor ahead for loose stones',
    'I examine the nearest doorway for hidden catches',
    'I move quietly to a spot where I can see the whole room',
    'I search the corners for anything hidden',
    'I sneak a look into the dark beyond the light',
  ],
  fighter: [
    'I stand guard while the others work',
    'I check my gear and see that my weapon is ready',
    'I keep myself between the party and the dark',
    'I look over the ground, in case we must fight here',
    'I watch for trouble, weapon ready',
    'I stretch out the stiffness of the last fight and keep watch',
  ],
};

const pastimeEndings = ['', ', saying little', ', taking my time', ', unhurried', ', careful as ever', ', while there is a lull'];

/**
 * Things to do between tasks, in keeping with the leanings (the strongest
 * first), each with a few endings: more lines than the twenty an AI player
 * must not repeat, however it leans.
 */
export function pastimeLines(leanings: readonly Leaning[], lore: string | null): string[] {
  const cores = leanings.flatMap((leaning) => pastimes[leaning]);
  if (lore && leanings.includes('lore')) cores.unshift(`I recall what I know of ${lore}, and how it bears on this place`);
  return pastimeEndings.flatMap((ending) => cores.map((core) => `${core}${ending}.`));
}

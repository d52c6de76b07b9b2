/**
 * The words of an AI player's deeds between fights, each with several
 * cores and endings so a deed can come up again without the same line. Every
 * line carries the words the DM reads the deed by (lib/ai/offline/intents.ts,
 * goods-intents.ts): "the fallen" and "search" to loot bodies, a container's
 * name and "empty" to loot it, "ask" to talk, "wounds" to tend, "short rest"
 * and "a hit die" to rest, "press on" or "go deeper" to travel.
 */

const lightEndings = ['', ', quickly', ' while the others keep watch', ', carefully', ' before we go any further', ', wasting nothing'];

/** Every core with every ending, the plain cores first. */
function many(cores: readonly string[], endings: readonly string[] = lightEndings): string[] {
  return endings.flatMap((ending) => cores.map((core) => `${core}${ending}.`));
}

/** Searching the fallen, named so the player knows whom it searched. */
export function lootBodyLines(foe: string): string[] {
  return many([
    `I search the body of the ${foe}`,
    `I search the fallen ${foe} for anything worth taking`,
    `I go through the remains of the ${foe} and take what I find`,
    `I rifle through what the fallen ${foe} carried`,
    `I turn over the body of the ${foe} and take anything useful`,
  ]);
}

/** Emptying a container, by its name. */
export function lootContainerLines(container: string): string[] {
  const it = container.toLowerCase();
  return many([`I search the ${it}`, `I open the ${it} and take what is inside`, `I empty the ${it}`, `I rummage through the ${it}`, `I look inside the ${it} and take what I find`]);
}

/** Talking to someone here: a merchant, or whoever else will listen. */
export function talkLines(who: string): string[] {
  return many(
    [
      `I greet ${who} and ask what news there is from below`,
      `I ask ${who} what they know of this place`,
      `I talk with ${who} about what lies ahead`,
      `I ask ${who} whether anyone else came this way`,
      `I ask ${who} what dangers wait further in`,
      `I ask ${who} for any advice they can spare`,
    ],
    ['', ', politely', ', keeping my voice low', ', with a friendly nod'],
  );
}

/** Tending someone's wounds: "my own", or a friend's by name. */
export function tendLines(whose: string): string[] {
  return many([
    `I tend to ${whose} wounds`,
    `I kneel and tend to ${whose} wounds before anything else`,
    `I clean and bind ${whose} wounds`,
    `I see to ${whose} wounds with what I have`,
    `I bandage ${whose} wounds as best I can`,
  ]);
}

/**
 * Drinking a potion of healing, or giving one to a friend who cannot drink
 * it alone. The DM reads the potion's name to the end of a drinker's line,
 * so there the varying words come first.
 */
export function potionLines(friend: string | null): string[] {
  if (friend) return many([`I pour a potion of healing down ${friend}'s throat`, `I feed a potion of healing to ${friend}`, `I administer a potion of healing to ${friend}`]);
  const cores = ['I drink a potion of healing', 'I quaff a potion of healing', 'I swig a potion of healing'];
  return ['', 'Without a word, ', 'Quickly, ', 'Before anything else, ', 'Wincing, ', 'With a grimace, '].flatMap((start) => cores.map((core) => `${start}${core}.`));
}

export function shortRestLines(): string[] {
  return many(['I take a short rest and spend a hit die to recover', 'I sit down for a short rest and spend a hit die', 'I take a short rest, spending a hit die on my wounds']);
}

export function longRestLines(): string[] {
  return many(['I settle down for a long rest', 'We have earned a long rest, and I take one', 'I find a quiet corner for a long rest']);
}

/** Leading the party on, to the place the way leads. */
export function pressOnLines(place: string): string[] {
  return many(
    [
      `We go deeper, on to ${place}`,
      `We press on to ${place}`,
      `We have done what we can here; we go deeper, to ${place}`,
      `Let us press on to ${place}, while we still have the strength`,
      `I lead the way onward to ${place}`,
      `We move on to ${place} before the trail goes cold`,
    ],
    ['', ', together', ', and quickly', ', all of us'],
  );
}

/**
 * Urging the others on, as talk rather than a move: a person at the table
 * decides when their character leaves. No word of it reads as a move to the
 * DM, or as a call to move on to the other AI players.
 */
export function urgeLines(place: string): string[] {
  return many(
    [
      `I ask the others whether they are ready for ${place}`,
      `I talk the others round to trying ${place}: there is nothing more for us here`,
      `I ask the party to make ready for ${place}`,
      `I ask the others what they make of trying ${place} next`,
      `I talk with the others about ${place} and what may wait there`,
    ],
    ['', ', gently', ', when they are ready', ', with a glance at the way ahead'],
  );
}

/** Taking up a friend's suggestion to move on. */
export function agreeLines(friend: string, place: string): string[] {
  return many(
    [`${friend} is right: we press on to ${place}`, `Agreed, ${friend}. We go deeper, to ${place}`, `${friend} has the right of it; we move on to ${place}`, `Yes, ${friend}: onward, to ${place}`],
    ['', ', together', ', and quickly'],
  );
}

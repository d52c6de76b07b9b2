import { stem, words } from './local-embedder';

/**
 * How players ask about a rule, and the words rulebooks use for it. A
 * question says "can I grab him", the book says "grapple": no ranking finds
 * a word that is not there, so the book's words are searched beside the
 * question's. Each entry is a way of speaking any table uses, whatever the
 * game; the book's words it adds only rank passages that hold them, so a
 * game without the rule loses nothing. Phrases match word by word (stems, so
 * "grabbing" is "grab"); a `*` stands for at most one word ("hold * down":
 * "hold him down").
 */
const PLAYERS_WORDS: ReadonlyArray<readonly [phrases: readonly string[], bookWords: string]> = [
  [['grab', 'wrestle', 'hold * down', 'pin * down', 'headlock', 'tackle'], 'grapple grappled'],
  [['push', 'shove', 'knock * over', 'knock * down', 'trip'], 'shove prone'],
  [['knocked flat', 'knocked down', 'get up', 'stand up', 'lying down', 'on the ground'], 'prone stand'],
  [['drop to zero', 'drop to 0', 'zero hp', '0 hp', 'hit zero', 'bleeding out', 'dying', 'about to die'], 'dying death 0 hit points unconscious'],
  [['dead', 'died', 'killed'], 'death dies'],
  [['bring * back', 'back to life', 'revive', 'resurrect', 'raise from the dead'], 'resurrection life dead'],
  [['free hit', 'free swing', 'free attack', 'running away', 'run away', 'runs away', 'flee', 'back away'], 'opportunity attack reach disengage'],
  [['who goes first', 'turn order', 'order of turns'], 'initiative order'],
  [['sneak up', 'ambush', 'caught off guard', 'snuck up'], 'surprise surprised'],
  [['sneak', 'sneaking', 'unseen', 'without being seen'], 'stealth hide hidden'],
  [['behind a wall', 'behind a tree', 'duck behind', 'ducking behind', 'hide behind', 'take cover'], 'cover'],
  [['crit', 'natural 20', 'nat 20', 'rolled a 20', 'roll a 20'], 'critical hit'],
  [['sleep', 'overnight', 'through the night', 'for the night', 'night rest'], 'long rest camp'],
  [['breather', 'catch our breath', 'catch my breath', 'short break', 'quick break'], 'short rest'],
  [['heal', 'patch up', 'hp back', 'hit points back'], 'healing regain hit points'],
  [['scared', 'afraid', 'terrified', 'spooked', 'fear'], 'frightened fear'],
  [['bewitched', 'mind control', 'enchanted', 'charm'], 'charmed'],
  [['tired', 'exhausted', 'no sleep', 'not slept', 'haven\'t slept', 'fatigue', 'starving'], 'exhaustion'],
  [['can\'t see', 'cannot see', 'blind'], 'blinded'],
  [['can\'t hear', 'cannot hear', 'deaf'], 'deafened'],
  [['tangled', 'stuck', 'tied up', 'entangled', 'webbed'], 'restrained'],
  [['froze', 'frozen', 'can\'t move', 'cannot move', 'paralysed'], 'paralyzed'],
  [['sick', 'nauseous', 'vomit', 'ill'], 'poisoned sick disease'],
  [['knocked out', 'passed out', 'out cold', 'knock out', 'beat unconscious'], 'unconscious knock out'],
  [['dazed'], 'stunned'],
  [['drown', 'drowning', 'hold my breath', 'hold * breath', 'suffocate'], 'suffocating breath'],
  [['fall off', 'fall from', 'fell off', 'fell from', 'fall down'], 'falling fall'],
  [['leap', 'hop'], 'jump'],
  [['scale', 'scaling'], 'climbing climb'],
  [['carry', 'haul', 'too heavy', 'lug'], 'carrying capacity weight load encumbered'],
  [['miles', 'trek', 'trekking', 'overland', 'on the road', 'on foot'], 'travel pace journey'],
  [['eat', 'starve', 'hungry', 'thirsty'], 'food water rations'],
  [['dual wield', 'two swords', 'each hand', 'off hand', 'two weapons'], 'two-weapon fighting'],
  [['team up', 'give * a hand', 'help out', 'assist'], 'help aid working together'],
  [['roll two d20', 'roll twice', 'keep the higher', 'keep the better', 'take the higher'], 'advantage disadvantage'],
  [['tug of war', 'arm wrestle', 'pulling against', 'opposed roll', 'who wins'], 'contest'],
  [['keep a spell going', 'keeping a spell going', 'holding a spell', 'lose my spell', 'spell drop'], 'concentration'],
  [['magic words', 'out loud', 'hands free', 'hands * tied', 'gestures'], 'components verbal somatic material'],
  [['spells back', 'spell slots back', 'out of spells', 'regain spells'], 'spell slots regain rest'],
  [['switch * spells', 'swap * spells', 'change * spells', 'pick * spells', 'choose * spells', 'spells * ready'], 'prepare prepared spells'],
  [['temp hp', 'temporary hp', 'extra hit points', 'bonus hp'], 'temporary hit points'],
  [['horse', 'riding', 'ride'], 'mount mounted'],
  [['level up', 'next level', 'go up a level', 'get to level'], 'experience points level advancement'],
  [['multiclass', 'second class', 'another class'], 'multiclassing'],
  [['insane', 'crazy', 'lose my mind', 'sanity'], 'madness'],
  [['break * down', 'break open', 'force open'], 'break object'],
  [['chair', 'bottle', 'table leg', 'frying pan', 'bar stool', 'lying around'], 'improvised weapon'],
  [['live', 'living', 'upkeep', 'room and board'], 'lifestyle expenses'],
  [['attune', 'attuned'], 'attunement'],
  [['protect', 'stand in front', 'in front of', 'bodyguard', 'keep safe'], 'defend defense'],
  [['know anything', 'know about', 'remember anything', 'heard of', 'heard about', 'recognize', 'recall'], 'knowledge lore'],
  [['partying', 'celebrate', 'carousing', 'night on the town'], 'carouse celebrate'],
  [['shop', 'shopping', 'buy', 'purchase', 'market'], 'buy purchase supply cost'],
  [['how long * last', 'how long * * last', 'how long until * wear', 'how long until * end'], 'duration'],
  [['how much * cost', 'how much * * cost', 'how much * * * cost', 'how expensive', 'price of', 'how much gold', 'how many coins', 'pay for'], 'cost price'],
  [['how far'], 'range distance'],
  [['how much damage', 'how hard * hit'], 'damage'],
  [['how much * weigh', 'how heavy'], 'weight'],
  [['stat', 'stats', 'plus or minus'], 'ability score modifier'],
  [['turn into', 'transform into', 'change into', 'shapeshift', 'shape change'], 'shape form shapeshift'],
  [['loot', 'valuables', 'treasure'], 'treasure hoard'],
  [['hit points'], 'hp'],
  [['mission', 'vow', 'swear', 'sworn'], 'quest vow oath'],
  [['favorite weapon', 'favourite weapon', 'trusty weapon'], 'signature weapon'],
  [['chuck', 'toss', 'hurl', 'lob'], 'thrown throw range'],
  [['dive out of the way', 'jump out of the way', 'get out of the way', 'roll to dodge'], 'dexterity saving throw'],
  [['stop * spell', 'stop * casting', 'cancel * spell', 'block * spell', 'interrupt * spell'], 'counterspell'],
  [['hate', 'sworn enemy'], 'favored enemy'],
  [['scare * undead', 'scare * skeleton', 'scare * zombie', 'scare off * undead', 'holy symbol'], 'turn undead channel divinity'],
  [['turned to stone', 'turn * to stone', 'into stone'], 'petrified'],
  [['into a frog', 'into a toad', 'into an animal', 'into a sheep'], 'polymorph'],
  [['talk to * animal', 'speak to * animal', 'talk with * animal'], 'speak with animals'],
  [['ask * corpse', 'question * corpse', 'talk to * dead', 'ask the dead'], 'speak with dead'],
  [['mind to mind', 'read * mind', 'telepathically'], 'telepathy telepathic thoughts'],
  [['copies of', 'copy of * self', 'duplicates of'], 'mirror image duplicate'],
  [['tripwire', 'warn us', 'wake us', 'early warning'], 'alarm'],
  [['undo * curse', 'lift * curse', 'break * curse', 'cure * curse'], 'remove curse'],
  [['is * evil', 'sense evil', 'if * evil', 'spot evil'], 'detect evil alignment'],
  [['dress up as', 'dressed as', 'pretend to be', 'pass as', 'pass for'], 'disguise'],
  [['pickpocket', 'pick * pocket', 'lift * purse', 'steal', 'swipe', 'without * noticing'], 'sleight of hand pick pockets'],
  [['bribe', 'grease * palm', 'pay off', 'pay * off'], 'bribe bribery'],
  [['summon * horse', 'magic horse', 'summon * mount', 'conjure * mount', 'conjure * horse'], 'find steed mount'],
  [['spider silk', 'sticky'], 'web restrained'],
  [['daylight', 'sunlight', 'in the sun'], 'sunlight'],
  [['keep * heal', 'heal * itself', 'grow back'], 'regeneration regain hit points'],
  [['swallow', 'gulp'], 'swallowed engulf'],
  [['rubble', 'mud', 'swamp', 'undergrowth', 'slow * down', 'slows * down'], 'difficult terrain'],
  [['twice as far', 'run further', 'run farther', 'sprint', 'run faster', 'extra movement'], 'dash'],
  [['arrows back', 'bolts back', 'recover * arrows', 'pick up * arrows', 'reuse * arrows'], 'ammunition recover'],
  [['one hand', 'two hands', 'both hands'], 'two-handed versatile'],
  [['around the corner', 'around a corner', 'through a wall'], 'clear path target cover'],
  [['plague', 'disease', 'catch * sickness', 'catch * illness'], 'disease immunity'],
  [['two guys', 'two targets', 'two enemies', 'second target', 'another target'], 'twinned spell additional target'],
  [['not my turn', 'isnt my turn', 'not its turn', 'isnt its turn', 'out of turn', 'off turn'], 'reaction legendary actions'],
  [['ever miss', 'never miss', 'always hit', 'auto hit'], 'automatically hit'],
  [['what * ring does', 'what * item does', 'what * sword does', 'what it does', 'figure out what'], 'identify'],
  [['whole party roll', 'everyone roll', 'roll once for', 'group roll'], 'group checks'],
  [['try * again', 'reroll', 'roll again', 'second chance', 'another try'], 'reroll'],
  [['invisible'], 'invisible unseen attackers targets'],
  [['defend myself', 'defending myself', 'defensive', 'turtle up'], 'dodge'],
  [['wait until', 'wait to attack', 'hold my attack', 'hold my action', 'wait for * to'], 'ready'],
  [['how many squares', 'take up', 'how big'], 'space size'],
  [['blew the roll', 'blow the roll', 'failing', 'failed roll', 'miss * roll'], 'miss 6- xp'],
  [['start * with', 'starting gear', 'starting equipment', 'start the game with'], 'starting gear equipment'],
  [['damage die', 'damage dice'], 'damage'],
  [['little spells', 'minor spells', 'tiny spells', 'always have ready'], 'cantrips'],
  [['pray'], 'commune prayer deity'],
  [['aiming for', 'supposed to do', 'job as gm', 'job as the gm'], 'agenda principles'],
  [['hp'], 'hit points'],
  [['ac'], 'armor class'],
  [['xp'], 'experience points'],
  [['str'], 'strength'],
  [['dex'], 'dexterity'],
  [['con'], 'constitution'],
  [['int'], 'intelligence'],
  [['wis'], 'wisdom'],
  [['cha'], 'charisma'],
];

/** Stems of a text's words, apostrophes dropped first so "can't" stays one word. */
const stems = (text: string) => words(text.replace(/['\u2019]/g, '')).map((w) => (/^\d+$/.test(w) ? w : stem(w)));

const phraseStems = (phrase: string) => phrase.split(' ').flatMap((word) => (word === '*' ? ['*'] : stems(word)));

const compiled = PLAYERS_WORDS.map(([phrases, bookWords]) => ({ phrases: phrases.map(phraseStems), bookWords }));

/** Whether `phrase` occurs in `question` word after word, a `*` of the phrase taking at most one word. */
function occurs(question: string[], phrase: string[]): boolean {
  const from = (at: number, rest: string[]): boolean => {
    if (rest.length === 0) return true;
    const [next, ...after] = rest;
    if (next === '*') return from(at, after) || (at < question.length && from(at + 1, after));
    return question[at] === next && from(at + 1, after);
  };
  return question.some((_, start) => from(start, phrase));
}

/**
 * The rulebook words for the players' words in a question ("can I grab
 * him" → "grapple grappled"), each once, in the table's order; empty when
 * the question already speaks the book's language or says nothing known.
 */
export function bookWordsFor(question: string): string {
  const asked = stems(question);
  const found = compiled.filter(({ phrases }) => phrases.some((phrase) => occurs(asked, phrase)));
  return [...new Set(found.flatMap(({ bookWords }) => bookWords.split(' ')))].join(' ');
}

/**
 * Ways of asking that name no rule: "how does grappling work?" asks about
 * grappling, and its "work" would find "Working Together" and every passage
 * about work between adventures. Each drops its own word, nothing else.
 */
const QUESTION_FRAMES: ReadonlyArray<readonly [frame: RegExp, word: RegExp]> = [
  [/\bhow\b.*\bworks?\W*$/i, /\bworks?(?=\W*$)/i],
  [/\bwhat happens\b/i, /\bhappens\b/i],
  [/\bwhat (?:does|do|is) .*\bmean\W*$/i, /\bmean(?=\W*$)/i],
];

/** The question without the words of its asking ("how does grappling work?" → "how does grappling ?"). */
export function withoutFrame(question: string): string {
  return QUESTION_FRAMES.reduce((text, [frame, word]) => (frame.test(text) ? text.replace(word, '') : text), question);
}

import type { Phrasing } from './phrasing';

/**
 * How players speak of their characters: the features of their class by what they do, their people, making and levelling a character.
 * Each phrase is two words or more: a lone word has too many senses (see README).
 */
export const CHARACTERS_PHRASINGS: readonly Phrasing[] = [
  // Classes' signature features
  [['go berserk', 'get angry', 'lose my temper', 'see red', 'battle fury', 'blood rage', 'fly into a rage'], 'rage frenzy'],
  [['swing wildly', 'all out attack', 'all-out attack', 'throw caution', 'attack recklessly', 'wild swing', 'go all out'], 'reckless attack'],
  [['stab * in the back', 'back stab', 'rogue damage', 'precision damage', 'sneak damage', 'vital spot', 'attack from hiding', 'attack from the shadows'], 'sneak attack backstab'],
  [['hide as a bonus', 'dash as a bonus', 'disengage as a bonus', 'bonus action hide', 'bonus action dash', 'bonus action disengage', 'hit and run', 'attack then hide'], 'cunning action'],
  [['halve * damage', 'half the damage', 'dodge * fireball', 'take no damage', 'no damage on * save', 'avoid * area'], 'evasion uncanny dodge'],
  [['turn into * bear', 'turn into * wolf', 'become a bear', 'beast form', 'animal form', 'druid form', 'bear form', 'wolf form', 'shift into', 'change shape'], 'wild shape shapeshifter beast'],
  [['divine power', 'god power', 'holy power', 'power from * god', 'divine energy', 'channel * god'], 'channel divinity'],
  [['holy strike', 'smite * undead', 'burn a slot', 'burn * spell slot', 'spend a slot', 'slot * damage'], 'divine smite'],
  [['extra punches', 'punch twice', 'two punches', 'more punches', 'punch * bonus action'], 'flurry of blows martial arts'],
  [['extra turn', 'second turn', 'two turns', 'double turn', 'take another turn', 'fighter surge'], 'action surge'],
  [['fighter heal', 'fighter healing', 'self heal', 'bonus action heal'], 'second wind'],
  [['give * inspiration', 'bard die', 'bard dice', 'inspiration die', 'pep talk', 'cheer * on'], 'bardic inspiration'],
  [['play a song', 'magic song', 'song to heal', 'heal with music', 'heal with * song', 'magical performance'], 'arcane art song of rest'],
  [['sorcery points', 'sorcerer points', 'modify * spell', 'tweak * spell', 'alter * spell', 'double * spell', 'boost * spell'], 'metamagic sorcery points'],
  [['cast * silently', 'cast silently', 'cast secretly', 'cast * secretly', 'cast without * seeing', 'cast without * noticing', 'casting unnoticed'], 'subtle spell components'],
  [['warlock powers', 'warlock abilities', 'warlock upgrades', 'warlock choices'], 'eldritch invocations'],
  [['deal with * devil', 'deal with * demon', 'deal with a fiend', 'made a pact', 'sold my soul', 'sell * soul', 'soul pact'], 'otherworldly patron pact'],
  [['favored terrain', 'favourite terrain', 'favorite terrain', 'home terrain', 'ranger terrain', 'never get lost', 'can\'t get lost'], 'natural explorer'],
  [['ask * god for help', 'call on * god', 'beg * god', 'pray for a miracle', 'god intervenes', 'deity intervene'], 'divine intervention'],
  [['class path'], 'archetype tradition origin path oath'],
  [['animal friend', 'pet wolf', 'pet hawk', 'pet bear', 'my wolf', 'my hawk', 'beast companion'], 'animal companion command'],

  // Races' traits
  [['elf sleep', 'elves sleep', 'elves don\'t sleep'], 'trance'],
  [['immune to sleep', 'can\'t be put to sleep', 'sleep immunity', 'resist charm', 'elf charm'], 'fey ancestry'],
  [['resist poison', 'dwarf * poison', 'dwarves * poison'], 'dwarven resilience'],
  [['tiefling fire', 'tiefling resist', 'devil blood'], 'hellish resistance infernal legacy'],
  [['racial bonus', 'race bonus', 'racial traits', 'race traits', 'racial abilities'], 'racial traits ability score increase'],

  // Characters: creation, levelling, ability scores, multiclassing
  [['roll * stats', 'roll for stats', 'rolling stats', 'point buy', 'standard array', 'drop the lowest', 'generate * scores'], 'ability scores'],
  [['make a character', 'create a character', 'character creation', 'build a character', 'new character', 'roll up a character', 'make a new character'], 'character creation'],
  [['hp when * level', 'roll for hp', 'roll hp', 'average hp', 'take the average', 'new hp', 'more hp per level', 'hp per level'], 'hit points hit dice level'],
  [['raise * stat', 'increase * stat', 'boost * stat', 'stat increase', 'stat boost', 'stat bump', 'improve * score', 'increase * score'], 'ability score improvement feats'],
  [['dip into', 'level dip', 'one level dip', 'two classes', 'mix classes', 'combine classes', 'take a level in'], 'multiclassing prerequisites'],
  [['back story', 'past life', 'former job', 'before adventuring', 'what i did before'], 'background personality ideals bonds flaws'],
  [['reward * roleplaying', 'good roleplaying', 'roleplay reward', 'gm inspiration', 'dm inspiration'], 'inspiration'],
  [['relationship with', 'history with', 'know each other', 'how we met', 'party relationship', 'resolve * bond'], 'bonds'],
  [['award xp', 'give xp', 'how much xp', 'xp for killing', 'xp for * monster', 'experience for'], 'experience points xp challenge'],
  [['end of * session', 'session ends', 'after * session', 'wrap up * session', 'end of the night', 'session end'], 'end of session xp alignment'],
];

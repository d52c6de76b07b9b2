import type { Phrasing } from './phrasing';

/**
 * How players and game masters speak of moves and of running the game: what a roll's result gives, the game master's moves and principles, villains and their plans, towns, monsters and moves of their own.
 * Each phrase is two words or more: a lone word has too many senses (see README).
 */
export const GAME_MASTER_PHRASINGS: readonly Phrasing[] = [
  // Moves by what the player is doing, in games played by moves
  [['something risky', 'risky move', 'do something dangerous', 'under fire', 'avoid * danger', 'act despite', 'in the face of', 'push through * pain'], 'defy danger saving throw'],
  [['stand guard', 'guard * door', 'guard * gate', 'take the hit', 'take a hit for', 'jump in front', 'shield * with * body'], 'defend protection'],
  [['get in * way', 'mess with * roll'], 'aid or interfere help'],
  [['partial success', 'mixed success', 'weak hit', 'strong hit', 'success with a cost', 'succeed at a cost', '7 to 9', '10 or more', 'full success'], '10+ 7-9 partial success'],
  [['spend hold', 'spending hold', '+1 forward', 'plus one forward', 'take forward', 'bonus on * next roll', 'next roll', '+1 ongoing', 'ongoing bonus'], 'hold forward ongoing'],
  [['do i roll', 'when to roll', 'when do i roll', 'need to roll', 'have to roll', 'should i roll', 'trigger a move', 'which move', 'what move', 'is this a move'], 'moves trigger fiction'],
  [['get drunk', 'getting drunk', 'buy a round', 'round of drinks', 'buy drinks', 'drinks for everyone', 'throw a party', 'wild party', 'blow * money', 'blow * gold'], 'carouse'],
  [['find a seller', 'find * merchant', 'find a vendor', 'special order', 'rare goods', 'available in town', 'for sale'], 'supply prosperity'],
  [['wanted poster', 'bounty on', 'price on * head', 'arrest warrant', 'criminal record', 'owe money', 'back to town', 'return to town'], 'outstanding warrants'],
  [['study up', 'practice for', 'practise for', 'train for', 'prepare for', 'prepare ahead', 'hard practice'], 'bolster preparation'],

  // GM: running the game, agenda, principles, GM moves
  [['how to run', 'running the game', 'run the game', 'new gm', 'first time gm', 'gm advice', 'dm advice'], 'gm agenda principles moves'],
  [['on a miss', 'after a miss', 'players fail', 'player fails'], 'hard move soft move'],
  [['everyone looks at me', 'players look at', 'players look to', 'look to the gm', 'awkward silence', 'nobody does anything'], 'golden opportunity gm moves'],
  [['split * party', 'split up the party', 'separate * party', 'party splits'], 'separate them'],
  [['take * stuff', 'break * equipment', 'break * weapon', 'destroy * gear', 'run out of supplies', 'lose * gear'], 'use up their resources'],
  [['plot twist', 'bad news', 'unwelcome truth', 'reveal * truth', 'reveal a secret'], 'reveal an unwelcome truth'],
  [['hint at', 'warning signs', 'signs of danger', 'approaching danger'], 'signs of an approaching threat'],
  [['at a cost', 'for a price', 'hard choice', 'tough choice', 'ugly choice', 'worse outcome', 'hard bargain'], 'hard bargain ugly choice'],
  [['change the dungeon', 'dungeon changes', 'dungeon on the fly', 'improvise a dungeon', 'improvised dungeon', 'new room'], 'dungeon moves change the environment'],
  [['monster move', 'what monsters do', 'how monsters act', 'monster do on * turn', 'monster\'s turn', 'monsters turn', 'enemy turn', 'enemies turn'], 'gm moves monster instinct'],
  [['monster damage', 'monsters deal damage', 'enemy damage', 'when do monsters attack', 'monster attack'], 'deal damage'],
  [['ask the players', 'ask * players', 'player input', 'players decide', 'let the players', 'world building', 'build the world together'], 'ask questions answers leave blanks'],
  [['make the players look good', 'root for the players', 'on their side', 'against the players', 'gm vs players'], 'fan of the characters'],
  [['plan the story', 'plot out', 'plan the plot'], 'play to find out'],
  [['kill the characters', 'kill characters', 'kill a pc', 'kill * player', 'total party kill', 'party wipe'], 'think dangerous death last breath'],

  // GM: fronts, dangers, adventures, monsters, steadings, custom moves
  [['campaign plan', 'plan * campaign', 'villain plan', 'villains plan', 'evil plan', 'big bad', 'story arc', 'doom clock', 'threat clock', 'if * ignore'], 'fronts grim portents impending doom'],
  [['design * villain', 'create * villain', 'make * villain', 'villain motivation', 'what * villain wants', 'enemy faction', 'evil organization', 'make a cult'], 'dangers impulse fronts'],
  [['make a monster', 'create a monster', 'design a monster', 'design * monster', 'homebrew monster', 'custom monster', 'new monster', 'invent * monster', 'stats for * monster'], 'monster creation instinct tags'],
  [['design * adventure', 'write * adventure', 'plan * adventure', 'session prep', 'plan * session', 'make a dungeon', 'design * dungeon', 'build * dungeon', 'create * dungeon'], 'adventure front first session dungeon'],
  [['first game', 'first time playing', 'session zero', 'session 0', 'start the campaign', 'start a campaign', 'begin a campaign', 'new campaign'], 'first session'],
  [['make a town', 'create a town', 'design a town', 'build a town', 'town stats', 'how rich is', 'wealth of * town', 'walled city'], 'steadings steading prosperity population defenses'],
  [['write a move', 'write * own move', 'new move', 'homebrew move', 'design a move', 'create a move', 'invent a move', 'create * moves', 'write moves'], 'custom moves'],
];

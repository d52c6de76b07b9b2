import type { Phrasing } from './phrasing';

/**
 * How players speak of the road and the dungeon: rest and watch, hunger, travel, climbing and falling, light and sight, traps, and resisting harm.
 * Each phrase is two words or more: a lone word has too many senses (see README).
 */
export const ADVENTURING_PHRASINGS: readonly Phrasing[] = [
  // Resting, camping, watch, hunger, exhaustion
  [['set up camp', 'pitch * tent', 'camp site', 'bed down', 'camp out'], 'make camp long rest'],
  [['keep watch', 'on watch', 'stand watch', 'night watch', 'guard * camp', 'watch shifts', 'first watch'], 'take watch long rest'],
  [['march all night', 'travel all night', 'walk all night', 'ride all night', 'without resting', 'extra hours', 'more than 8 hours', 'longer than 8 hours'], 'forced march exhaustion travel pace'],
  [['out of food', 'run out of food', 'no food', 'out of water', 'no water', 'without food', 'without water'], 'food and water rations exhaustion'],
  [['hunt for food', 'find food', 'gather food', 'find water', 'live off the land'], 'foraging food water survival'],

  // Travel, navigation, climbing, jumping, falling, squeezing
  [['get lost', 'got lost', 'getting lost', 'lose * way', 'lost our way', 'find * way back', 'right direction', 'wrong direction', 'which direction', 'read * map'], 'navigating survival navigator\'s tools'],
  [['travel speed', 'how fast * travel', 'how fast * * travel', 'travel faster', 'travel slower', 'fast pace', 'slow pace', 'normal pace', 'day of travel', 'days of travel'], 'travel pace'],
  [['scout ahead', 'scouting ahead', 'lead the way', 'who navigates', 'journey through', 'across the wilderness', 'through the wilderness', 'through hostile', 'dangerous road', 'ration out'], 'perilous journey trailblazer scout quartermaster'],
  [['who goes in front', 'who is in front', 'front of the line', 'single file', 'walk in front', 'back of the group', 'rear guard'], 'marching order'],
  [['jump over', 'jump across', 'how far * jump', 'how high * jump', 'running jump', 'standing jump', 'jump the gap', 'clear the gap', 'across the chasm', 'over the chasm'], 'jumping long jump high jump'],
  [['jump off', 'jump down', 'leap off', 'off a cliff', 'off * cliff', 'off * ledge', 'off * roof', 'off * bridge', 'fall damage', 'falling damage'], 'falling bludgeoning damage'],
  [['squeeze through', 'narrow tunnel', 'tight space', 'crawl through', 'crawl under', 'fit through', 'narrow gap', 'small gap', 'crawl space'], 'squeezing smaller space crawling'],
  [['keep * balance', 'balance on', 'lose * balance', 'narrow ledge', 'slippery ice', 'icy floor'], 'acrobatics dexterity defy danger'],
  [['lift * heavy', 'lift * boulder', 'move * boulder', 'push * boulder', 'drag * heavy', 'pull * heavy', 'how much can i lift', 'how much * lift'], 'push drag lift carrying capacity'],
  [['bend * bars', 'lift * gate', 'lift * portcullis', 'raise * portcullis', 'hold * gate', 'brute force', 'smash through', 'rip * off'], 'bend bars lift gates strength'],
  [['weigh * down', 'weighed down', 'over my load', 'carrying too much', 'too much stuff', 'weight limit', 'pack mule'], 'encumbrance encumbered load carrying capacity'],

  // Light, vision, senses
  [['in the dark', 'pitch black', 'pitch dark', 'no light', 'lights out', 'lights go out', 'total darkness'], 'darkness heavily obscured'],
  [['dimly lit', 'half light'], 'dim light lightly obscured'],
  [['heavy rain', 'can\'t see through', 'dense foliage'], 'lightly obscured heavily obscured'],
  [['see in the dark', 'night vision', 'see at night', 'see in darkness', 'low light vision', 'lowlight vision'], 'darkvision'],
  [['how long * torch', 'how long * lantern', 'how long * candle', 'torch burn', 'light radius', 'how far * light', 'light source', 'light sources'], 'torch lantern bright dim light'],

  // Traps and hazards
  [['spot * trap', 'find * trap', 'look for traps', 'check for traps', 'search for traps', 'check * for traps', 'booby trap', 'booby trapped', 'pressure plate', 'trap door'], 'traps trap expert perception investigation'],
  [['disarm * trap', 'disable * trap', 'jam * trap', 'jam the mechanism'], 'thieves\' tools disable traps'],
  [['set off * trap', 'trigger * trap', 'triggered * trap', 'step on * plate', 'walk into * trap', 'fall into * trap', 'pit trap'], 'traps trap trigger'],

  // Saving throws, save DCs, passive checks
  [['without rolling', 'take 10', 'take 20', 'taking 10', 'automatically notice', 'notice without', 'always notice'], 'passive perception passive check'],
  [['resist * spell', 'resist * effect', 'save against', 'save vs', 'roll to resist', 'shake it off', 'shake off', 'fight it off', 'snap out of'], 'saving throw save defy danger'],
  [['how hard * save', 'dc to save', 'save difficulty', 'dc for * spell', 'spell dc', 'my dc'], 'spell save dc'],
];

import type { Phrasing } from './phrasing';

/**
 * How players speak of their gear and money, and of the time between adventures.
 * Each phrase is two words or more: a lone word has too many senses (see README).
 */
export const GEAR_PHRASINGS: readonly Phrasing[] = [
  // Equipment, tools, mounts and vehicles, money
  [['lock picks', 'pick * lock', 'picking * lock', 'open * lock', 'locked door', 'locked chest', 'break into', 'crack * safe'], 'thieves\' tools lock'],
  [['tie * up', 'bind * hands', 'tie * hands', 'in chains', 'chain * up'], 'manacles rope restrained'],
  [['travel by sea', 'travel by ship', 'book passage', 'passage on * ship', 'buy * horse', 'buy * boat', 'buy a ship', 'hire a boat', 'hire * carriage'], 'mounts and vehicles waterborne'],
  [['sell * loot', 'how much * sell', 'how much * worth', 'fence * goods', 'fence stolen', 'find a fence', 'stolen goods'], 'selling treasure trade goods'],
  [['convert * gold', 'change * gold', 'how many silver', 'how many copper', 'gold to silver', 'silver to gold', 'coin weight', 'weight of coins', 'coins weigh'], 'coins standard exchange rates'],
  [['cost of living', 'stay at * inn', 'room at * inn', 'rent a room', 'night at * inn', 'a meal', 'buy a drink'], 'lifestyle food drink lodging services'],
  [['hire * guard', 'hire a guide', 'hire help'], 'hirelings recruit services'],
  [['hireling * betray', 'hireling * leave', 'pay * hireling', 'hireling quit', 'henchman quit', 'keep * loyal'], 'loyalty hirelings cost'],
  [['put on armor', 'take off armor', 'don armor', 'doff armor', 'sleep in armor', 'remove armor', 'strip * armor', 'how long * armor on'], 'donning and doffing armor'],
  [['noisy armor', 'armor * stealth', 'armor * sneak', 'sneak in armor', 'swim in armor', 'strength requirement'], 'armor stealth disadvantage strength'],
  [['dex for', 'dexterity for attacks', 'use dex', 'use dexterity', 'dex instead', 'dex to hit', 'agile weapon', 'fast weapon'], 'finesse light'],
  [['run out of arrows', 'out of arrows', 'out of ammo', 'count arrows', 'track ammo', 'ammo tracking', 'arrows left', 'how many arrows'], 'ammo ammunition volley'],
  [['useful item', 'happen to have', 'did i pack', 'did we bring', 'have something useful', 'pull out something'], 'adventuring gear uses'],
  [['brew * potion', 'make * potion', 'craft * potion'], 'herbalism kit potion of healing'],
  [['make * poison', 'brew * poison', 'craft * poison', 'extract * venom', 'harvest * poison'], 'poisoner\'s kit poisons poisoner'],
  [['make my own', 'forge a', 'make * armor', 'make * weapon', 'make * arrows', 'build * boat'], 'crafting artisan\'s tools downtime'],

  // Downtime and between adventures
  [['time off', 'free time', 'weeks off', 'spare time', 'days off', 'what to do in town', 'get a job', 'work a job', 'earn money', 'make money', 'earn gold'], 'downtime between adventures profession'],
  [['study * books', 'consult * books', 'read up'], 'researching downtime bag of books'],
  [['learn a language', 'learn * language', 'learn a new skill', 'learn * tool', 'learn * skill', 'train * skill', 'become proficient', 'gain proficiency', 'get proficiency', 'new proficiency'], 'training downtime proficiency'],
];

import type { Phrasing } from './phrasing';

/**
 * How players speak of monsters by what they do to them ("the chest bit me") and of magic items by what they do.
 * Each phrase is two words or more: a lone word has too many senses (see README).
 */
export const CREATURES_ITEMS_PHRASINGS: readonly Phrasing[] = [
  // Monsters by what they do
  [['chest bit', 'chest attacked', 'chest * alive', 'door * alive', 'living chest', 'chest with teeth', 'fake chest', 'object came alive', 'stuck to the chest', 'stuck to * door'], 'mimic false appearance adhesive'],
  [['jelly cube', 'transparent cube', 'clear cube', 'cube of jelly', 'see through cube', 'invisible cube'], 'gelatinous cube engulf transparent'],
  [['look at * eyes', 'look into * eyes', 'meet * gaze', 'avoid * gaze', 'close my eyes', 'avert my eyes', 'look away', 'eye contact', 'use a mirror', 'snake hair', 'snakes for hair', 'stone gaze', 'gaze attack'], 'petrifying gaze avert medusa basilisk'],
  [['ate my sword', 'eat * sword', 'eats metal', 'rust * sword', 'rust * armor', 'metal eating', 'sword dissolved', 'weapon dissolved', 'weapon corroded'], 'rust monster rust metal corrode'],
  [['were creature', 'full moon', 'bitten by * werewolf', 'bitten by * wolf', 'cure * werewolf', 'silver weapon', 'silver weapons', 'silver arrows', 'silver sword', 'silver dagger', 'turn into a wolf'], 'lycanthropy lycanthrope silvered shapechanger'],
  [['vampire weakness', 'wooden stake', 'stake * heart', 'stake through', 'invited in', 'invite * in', 'without invitation', 'drink * blood', 'drinks blood', 'bite * neck'], 'vampire weaknesses forbiddance running water'],
  [['burn the body', 'burn * body', 'burn the corpse', 'fire or acid', 'acid or fire'], 'regeneration troll'],
  [['won\'t stay dead', 'won\'t stay down', 'keeps getting up', 'keep getting up', 'got back up', 'came back to life', 'comes back to life', 'rose again'], 'undead fortitude rejuvenation regeneration'],
  [['ghoul claws', 'ghoul touch', 'claws paralyze', 'paralyzing touch', 'paralyzing claws', 'paralysing touch', 'scratch paralyzed'], 'ghoul ghast paralyzed'],
  [['dragon breath', 'breathes fire', 'breathe fire', 'fire breath', 'breath attack', 'breathed on', 'dragonborn breath', 'breathe again', 'how often * breathe'], 'breath weapon recharge'],
  [['dragon fear', 'dragon scare', 'aura of fear', 'fear aura', 'terrifying presence', 'scary aura'], 'frightful presence'],
  [['boss monster', 'boss fight', 'final boss', 'acts between turns', 'acts on our turn', 'moves on our turn', 'auto succeed', 'automatically succeed', 'chose to succeed'], 'legendary actions legendary resistance'],
  [['possess * body', 'take over * body', 'spirit possession', 'aged me', 'aged * years'], 'ghost possession horrifying visage etherealness'],
  [['invisible monster', 'something invisible', 'invisible thing', 'invisible enemy', 'invisible attacker', 'attacked by something', 'can\'t see what'], 'invisible stalker unseen attackers'],
  [['looks like * friend', 'pretending to be * friend', 'replaced * by', 'copy * face'], 'doppelganger shapechanger'],
  [['immune to magic', 'magic doesn\'t affect', 'spell bounced off', 'resists magic', 'resist magic', 'spell resistance'], 'magic resistance immutable form'],
  [['stat block', 'how strong is', 'how tough', 'how dangerous', 'monster level', 'challenge rating', 'difficulty of * monster'], 'challenge'],

  // Magic items by effect, attunement, identifying, curses
  [['bag that holds', 'bottomless bag', 'bigger on the inside', 'extra storage', 'magic bag', 'magic backpack', 'infinite storage', 'pocket dimension'], 'bag of holding portable hole'],
  [['magic armor', 'enchanted armor', 'plus one armor', 'elven chainmail'], 'armor +1 mithral adamantine'],
  [['how many charges', 'charges left', 'out of charges', 'recharge * wand', 'wand recharge', 'last charge', 'wand break', 'wand crumbles', 'regain charges', 'recharges at dawn'], 'charges regains dawn'],
  [['how many * items', 'how many magic items', 'item limit', 'three items', 'end attunement', 'bond to * item'], 'attunement'],
  [['unknown item', 'mystery item', 'what * potion does', 'what * wand does', 'what * amulet does', 'item properties', 'learn * properties', 'study * item'], 'identify'],
  [['cursed item', 'cursed sword', 'can\'t take * off', 'can\'t get rid of', 'can\'t remove', 'stuck to my hand', 'won\'t let go', 'evil item'], 'curse cursed attunement remove curse'],
  [['talking sword', 'sword talks', 'item talks', 'item has a mind', 'intelligent sword', 'intelligent item', 'sentient item', 'item * personality', 'conflict with * item'], 'sentient magic items'],
  [['read * scroll', 'use * scroll', 'cast from * scroll', 'scroll of', 'copy * scroll', 'magic scroll'], 'spell scroll'],
  [['buy magic items', 'sell magic items', 'magic shop', 'magic item shop', 'price of magic', 'how much * magic item'], 'magic items rarity'],
];

import type { Phrasing } from './phrasing';

/**
 * How players speak of fighting: attacks and positions, damage, dying and the conditions a fight leaves.
 * Each phrase is two words or more: a lone word has too many senses (see README).
 */
export const COMBAT_PHRASINGS: readonly Phrasing[] = [
  // Combat: attacking, actions in combat, positioning
  [['attack twice', 'two attacks', 'more than one attack', 'multiple attacks', 'swing twice', 'hit twice', 'attacks per turn'], 'extra attack multiattack'],
  [['extra action', 'another action', 'two actions', 'second action', 'quick action', 'as well as attacking'], 'bonus action'],
  [['move and attack', 'move after attacking', 'attack and move', 'move between attacks', 'split * movement', 'split up * move', 'split * move'], 'breaking up your move movement'],
  [['how far * move', 'walking speed', 'movement speed', 'move speed', 'feet per turn', 'how fast * move'], 'speed movement'],
  [['move past', 'move through * space', 'slip past', 'through * enemy space', 'past * enemy', 'walk past * enemy'], 'moving around other creatures'],
  [['swing * sword', 'swing * axe', 'swing at', 'slash at', 'hack at', 'chop at', 'exchange blows', 'trade blows', 'sword fight', 'hand to hand'], 'hack and slash melee attack'],
  [['shoot at', 'take a shot', 'shoot * arrow', 'shoot * bow', 'fire * arrow', 'fire * bow', 'fire * crossbow', 'shoot * crossbow', 'loose an arrow'], 'ranged attack volley'],
  [['point blank', 'shoot * in melee', 'bow in melee', 'shooting in melee', 'shoot * next to', 'shoot while * adjacent', 'enemy next to me'], 'ranged attacks in close combat'],
  [['reach weapon', 'ten feet away', '10 feet away', 'poke * from behind', 'from behind * ally'], 'reach'],
  [['bare hands', 'bare fists', 'fist fight'], 'unarmed strike martial arts'],
  [['natural 1', 'nat 1', 'rolled a 1', 'roll a 1', 'crit fail', 'critical fail', 'critical failure'], 'rolling 1 or 20 miss'],
  [['both sides', 'gang up'], 'advantage pack tactics outnumbered'],
  [['harder to hit', 'hard to hit', 'avoid * hit', 'avoid being hit', 'avoid getting hit', 'my defense'], 'armor class armor'],
  [['attack blindly', 'swing blindly', 'shoot blindly', 'fight blind', 'fighting blind', 'guess where', 'guess * location', 'guess which square', 'attack * unseen'], 'unseen attackers and targets'],
  [['half cover', 'partial cover', 'behind * crate', 'behind a pillar', 'behind * barricade', 'arrow slit', 'behind * boulder', 'around * pillar'], 'cover half three-quarters total'],
  [['walk away from', 'leave * reach', 'leaving * reach', 'move away from', 'step away', 'step back', 'pull back', 'fall back'], 'opportunity attack disengage'],
  [['break free', 'get free', 'get loose', 'break * grip', 'break * hold', 'escape * grip', 'escape * grapple', 'wriggle free', 'slip free', 'slip out of'], 'escaping a grapple escape'],
  [['drop prone', 'go prone', 'hit the deck', 'hit the dirt', 'lie flat'], 'prone'],
  [['first strike', 'strike first', 'attack first', 'before they notice', 'before they react', 'catch * by surprise', 'jump them', 'get the drop', 'get the jump'], 'surprise surprised initiative'],
  [['how long * round', 'six seconds', '6 seconds', 'round last', 'how many rounds', 'rounds per minute'], 'round 6 seconds'],
  [['draw * sword', 'draw * weapon', 'draw * blade', 'stow * weapon', 'switch weapons', 'swap weapons', 'change weapons', 'open * door', 'pull a lever'], 'interacting with objects'],
  [['drink * potion', 'drinking * potion', 'feed * potion', 'give * potion', 'pour * potion'], 'potion of healing action'],
  [['non lethal', 'without killing', 'take * alive', 'capture * alive', 'spare * life'], 'knocking a creature out'],
  [['while * asleep', 'sleeping guard', 'coup de grace', 'finish * off', 'slit * throat'], 'unconscious paralyzed critical hit'],
  [['aim for * eye', 'aim for * head', 'aim for * leg', 'aim at * leg', 'shoot * in the eye', 'target * arm', 'aim for * weak'], 'called shot'],

  // Mounted and underwater combat
  [['get on * horse', 'get off * horse', 'on horseback', 'from * saddle', 'knocked off * horse', 'fall off * horse', 'war horse'], 'mounted combat mounting and dismounting'],
  [['under water', 'under the sea', 'fight * water', 'fighting in water', 'beneath the surface', 'below the surface'], 'underwater combat'],

  // Damage, resistance, objects
  [['double damage', 'takes double', 'half damage', 'takes half', 'immune to', 'weak against', 'weak to', 'weakness to', 'doesn\'t hurt', 'didn\'t hurt'], 'resistance vulnerability immunity'],
  [['normal weapons', 'regular weapons', 'mundane weapons', 'nonmagical weapons', 'need * magic weapon', 'weapons bounce off', 'magic weapon to hurt'], 'nonmagical resistance magical weapons'],
  [['die instantly', 'killed outright', 'instantly killed', 'killed in one hit'], 'instant death massive damage'],
  [['set * on fire', 'set fire to', 'catch fire', 'catches fire', 'on fire', 'burn * down'], 'fire ignites flammable objects'],
  [['break * lock', 'break * chain', 'cut * rope', 'smash * door', 'destroy * object', 'hp of * door', 'attack * door', 'break * window'], 'objects object damage threshold'],

  // Dying, death, stabilising, healing
  [['roll to live', 'roll to survive', 'roll to stay alive', 'death roll', 'death rolls', 'three failures', 'three successes', 'saves while dying'], 'death saving throws last breath'],
  [['stop * bleeding', 'keep * alive', 'save * life', 'first aid'], 'stabilizing medicine healer\'s kit bandages'],
  [['see death', 'meet death', 'talk to death', 'bargain with death', 'deal with death', 'near death', 'cheat death'], 'last breath death black gates'],
  [['spend * hit dice', 'hit die', 'roll * hit dice', 'heal on * short rest', 'heal during * rest', 'heal after * rest'], 'hit dice short rest'],
  [['drain * life', 'drained * life', 'level drain', 'energy drain', 'life drained', 'lower * max hp', 'reduce * max hp', 'max hp reduced', 'reduced * maximum'], 'life drain hit point maximum'],
  [['recover from * disease', 'recover from * poison', 'bed rest', 'days of rest', 'rest for a week', 'rest for days'], 'recuperating recover'],

  // Conditions and debilities
  [['can\'t act', 'cannot act', 'lose * turn', 'lost * turn', 'skip * turn', 'can\'t do anything', 'no actions', 'can\'t take actions'], 'incapacitated stunned'],
  [['permanent injury', 'lasting injury', 'lingering injury', 'lasting wound', 'long term injury', 'lose an eye', 'lose * arm', 'lose * leg'], 'debility debilities scarred'],
  [['lose strength', 'strength drain', 'strength reduced', 'reduce * strength'], 'weak strength drain debility'],
  [['catch * from'], 'disease diseases contagion'],
  [['cure * disease', 'cure * sickness', 'cure * illness', 'heal * disease', 'cure * poison', 'neutralize * poison', 'remove * poison'], 'lesser restoration antitoxin'],
  [['poison * blade', 'poison * weapon', 'poison * arrows', 'coat * blade', 'coat * weapon', 'apply poison', 'poison * drink', 'poison * food'], 'poisons poison applied injury ingested'],
  [['no air', 'out of air', 'run out of air', 'smoke inhalation'], 'suffocating'],
];

import type { Phrasing } from './phrasing';

/**
 * How players speak of talking to people and looking around: persuading, lying and threatening, reading people, searching, hiding, tracking and what a character knows.
 * Each phrase is two words or more: a lone word has too many senses (see README).
 */
export const SOCIAL_EXPLORATION_PHRASINGS: readonly Phrasing[] = [
  // Social: persuading, lying, intimidating, reading people, performing
  [['talk * into', 'talk * out of', 'sweet talk', 'reason with', 'talk * down', 'talk our way', 'talk my way', 'get * to agree'], 'persuasion parley charisma'],
  [['what they want', 'something they want', 'something to offer', 'make a deal', 'cut a deal', 'strike a deal', 'offer * deal', 'bargain with', 'bargaining chip'], 'parley leverage'],
  [['lie to', 'lying to', 'trick * into', 'fast talk', 'cover story', 'make up a story'], 'deception'],
  [['scare * into', 'rough * up', 'lean on', 'make * talk'], 'intimidation parley'],
  [['tell if * lying', 'know if * lying', 'is * lying', 'read * person', 'read * intentions', 'sense motive', 'gut feeling', 'can i trust', 'true intentions', 'hidden motive', 'body language'], 'insight discern realities'],
  [['play * lute', 'play music', 'play an instrument', 'sing a song', 'put on a show', 'entertain * crowd'], 'performance perform arcane art'],
  [['better price', 'lower the price'], 'barter persuasion supply'],

  // Exploration: searching, spotting, hiding, tracking, knowledge, languages
  [['look around', 'search * room', 'search the body', 'search * for', 'pat down', 'go through * pockets', 'check * pockets'], 'search investigation discern realities'],
  [['spot the', 'spot him', 'spot them', 'spot it', 'spot anything', 'keep an eye out', 'on the lookout', 'eyes open', 'watch for', 'listen for', 'listen at * door', 'hear anything', 'smell anything'], 'perception wisdom'],
  [['secret door', 'hidden door', 'secret passage', 'hidden passage', 'false wall', 'hidden compartment', 'secret compartment', 'hidden lever', 'hidden switch'], 'secret doors search investigation'],
  [['look closely', 'study the room', 'size up', 'get a read', 'what\'s really going on', 'what is really going on', 'scan the room', 'take stock', 'look for clues'], 'discern realities investigation perception'],
  [['hide from', 'stay hidden', 'stay out of sight', 'out of sight', 'blend in', 'lay low', 'keep low', 'in the shadows', 'tail him', 'tail them', 'follow * without', 'notice me', 'spot me'], 'hide hiding stealth passive perception'],
  [['follow * tracks', 'follow * trail', 'pick up * trail', 'track * down', 'track them', 'track him', 'track it', 'hunt * down', 'which way * went'], 'survival tracks hunt and track'],
  [['does * character know', 'would * character know', 'my character know', 'do i remember', 'consult my knowledge', 'lore about', 'what do i know'], 'spout lore knowledge intelligence'],
  [['history of', 'old stories', 'about the gods', 'magical knowledge', 'arcane knowledge', 'nature knowledge'], 'history arcana religion nature'],
  [['its weakness', 'their weakness', 'weak point', 'weak spot', 'how do we kill', 'how to kill', 'how do i kill', 'vulnerable to'], 'vulnerability spout lore'],
  [['speak * language', 'understand * language', 'read * language', 'foreign language', 'what language', 'ancient writing', 'read * writing'], 'languages comprehend languages tongues'],
  [['another plane', 'other planes', 'another world', 'different plane', 'visit * plane', 'travel to * plane', 'planar travel', 'go to hell'], 'plane shift planes of existence'],
];

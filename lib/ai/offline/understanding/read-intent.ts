import type { TableCombatant, TableFacts } from '@/lib/ai/prompts/format';
import { checkIntent, classifyIntent, skillIn, type Intent } from '../intents';
import { findNamed, sceneNames, type Named } from './scene-names';
import { readWords, type Word } from './words';

/** Verbs by what they set out to do, as dictionary forms; the scene decides what they are done to. */
const verbs = {
  travel: ['go', 'move', 'head', 'walk', 'descend', 'enter', 'take', 'follow', 'proceed', 'advance', 'leave', 'venture', 'continue', 'press', 'return', 'travel', 'make', 'run', 'lead', 'explore', 'start', 'begin', 'onward', 'down', 'deeper'],
  use: ['ring', 'pull', 'push', 'open', 'close', 'touch', 'use', 'silence', 'stop', 'toll', 'muffle', 'hold', 'turn', 'lift', 'break', 'light', 'still', 'grab', 'shake', 'wedge', 'jam', 'pry', 'test', 'probe', 'wade', 'cross', 'climb', 'pick', 'give'],
  look: ['search', 'examine', 'inspect', 'investigate', 'study', 'look', 'check', 'peer', 'read', 'scrape', 'clean', 'decipher'],
  sense: ['listen', 'watch', 'scan', 'spot', 'hear', 'smell', 'sniff', 'guard', 'wait', 'track', 'remember', 'recall', 'pray', 'sneak', 'creep', 'bandage', 'tend', 'heal'],
  talk: ['talk', 'speak', 'ask', 'greet', 'chat', 'question', 'tell', 'say', 'call', 'inquire', 'enquire', 'hail', 'haggle', 'bargain', 'converse', 'approach', 'hey', 'hello'],
  attack: ['attack', 'strike', 'stab', 'shoot', 'slash', 'swing', 'hit', 'fire', 'charge', 'kill', 'fight', 'punch', 'kick', 'bash', 'smash', 'loose', 'hack', 'club', 'skewer'],
  help: ['help', 'aid', 'assist', 'support'],
  hide: ['hide', 'conceal'],
  dash: ['dash', 'sprint'],
} as const;
type Doing = keyof typeof verbs;

/** Words before the real verb: "let's go", "I try to ring", "we decide to rest". */
const leading = new Set(['let', 'try', 'want', 'will', 'shall', 'decide', 'attempt', 'need', 'carefully', 'quickly', 'then', 'now']);

/** Words whose dictionary form misleads: "what is left" leaves nowhere. */
const misleading = new Set(['left']);

/** What the action sets out to do: the first of its words that is a verb we know, whatever its tense, and the word. */
function doing(words: readonly Word[]): { doing: Doing; verb: string } | null {
  for (const w of words) {
    if (leading.has(w.lemma) || misleading.has(w.text)) continue;
    const found = (Object.keys(verbs) as Doing[]).find((k) => (verbs[k] as readonly string[]).includes(w.lemma) || (verbs[k] as readonly string[]).includes(w.text));
    if (found) return { doing: found, verb: w.lemma };
  }
  return null;
}

/** Verbs that mean going on even with nowhere named ("we go", "lead on"); "take" or "follow" need a way named. */
const goingOn = new Set(['go', 'move', 'head', 'descend', 'proceed', 'advance', 'venture', 'continue', 'press', 'travel', 'lead', 'onward', 'deeper']);

/** Words that go on without naming where: "press on", "go deeper", "onward". */
const onward = /\b(deeper|onward|onwards|press on|push on|move on|go on|carry on|keep going|next room|further in|further down|go down|head down|descend|way on|continue)\b/i;

/** Kinds the older word rules already read well; they keep their reading. */
const settled = new Set<Intent['kind']>(['rule-question', 'spell', 'feature', 'rest', 'disengage', 'dodge']);

/** The one question the DM asks when it cannot tell what the player means, naming what the scene offers. */
function clarifying(table: TableFacts, named: readonly Named[], actor: TableCombatant): Intent {
  const foes = table.creatures.filter((c) => c.side === 'hostile' && !c.dead && c.hp > 0);
  const options = [
    ...(foes.length ? [`attack the ${foes[0]!.name}`] : []),
    ...named.filter((n) => n.kind === 'exit').slice(0, 1).map((n) => `take ${n.label}`),
    ...named.filter((n) => n.kind === 'object').slice(0, 2).map((n) => `look at ${n.label}`),
    ...named.filter((n) => n.kind === 'person').slice(0, 1).map((n) => `talk to ${n.label}`),
  ];
  const offer = options.length ? ` You could ${options.slice(0, -1).join(', ')}${options.length > 1 ? ' or ' : ''}${options.at(-1)}.` : '';
  return { kind: 'clarify', question: `What does ${actor.name} do?${offer}` };
}

/** A spell the caster does not have, or none named: which of theirs they mean. */
function whichSpell(actor: TableCombatant): Intent {
  const known = (actor.spells ?? []).map((s) => s.name);
  const question = known.length ? `Which spell does ${actor.name} cast? They can cast ${known.join(', ')}.` : `${actor.name} has no spells to cast. What do they do instead?`;
  return { kind: 'clarify', question };
}

function objectIntent(action: string, object: Named): Intent {
  const skill = skillIn(action);
  return { kind: 'use-object', objectId: object.id, ...(skill ? { skill } : {}) };
}

/**
 * What a player means, read against the scene: the first verb says what
 * they set out to do, and the things the scene declares (its exits and
 * where they lead, objects, people, foes, companions) say to what,
 * forgiving small typos. When it cannot tell, it asks one question rather
 * than rolling a check nobody asked for.
 */
export function readIntent(action: string, table: TableFacts, actor: TableCombatant, titleOf: (locationId: string) => string | undefined = () => undefined): Intent {
  const base = classifyIntent(action);
  if (settled.has(base.kind)) return base;
  if (/\bcast(s|ing)?\b/i.test(action) && /\bspell\b|\bcast(s|ing)? (a|an|some|something)\b/i.test(action)) return whichSpell(actor);
  const words: Word[] = readWords(action);
  const named = sceneNames(table, actor.id, titleOf);
  const find = (...kinds: Named['kind'][]) => findNamed(words, named, kinds)?.named ?? null;
  const [exit, object, person, foe, ally] = [find('exit'), find('object'), find('person'), find('creature'), find('ally')];
  const skill = skillIn(action);
  const onwardSaid = onward.test(action);

  const deed = doing(words);
  switch (deed?.doing ?? null) {
    case 'talk':
      if (person) return { kind: 'talk', personId: person.id };
      break;
    case 'attack':
      if (foe || !object) return { kind: 'attack', ...(foe ? { targetId: foe.id } : {}) };
      return objectIntent(action, object);
    case 'help':
      if (ally && !/\b(heal|wounds?|tend|bandage)\b/i.test(action)) return { kind: 'help', allyId: ally.id };
      break;
    case 'hide':
      return { kind: 'hide' };
    case 'dash':
      if (table.combat) return { kind: 'dash' };
      break;
    case 'travel':
      if (exit) return { kind: 'travel', locationId: exit.to };
      if (object && !onwardSaid) return objectIntent(action, object);
      // "Follow the trail of footprints" is tracking, not a way on.
      if (skill && !onwardSaid) return checkIntent(action, skill);
      if (onwardSaid || goingOn.has(deed!.verb)) return { kind: 'travel' };
      break;
    case 'use':
      // "Push on to the foot of the stair" goes on; "pull the lever" uses it.
      if (onwardSaid && (exit || !object)) return { kind: 'travel', ...(exit ? { locationId: exit.to } : {}) };
      if (object) return objectIntent(action, object);
      if (exit) return { kind: 'travel', locationId: exit.to };
      break;
    case 'look':
      if (object) return objectIntent(action, object);
      return checkIntent(action, skill ?? 'investigation');
    case 'sense':
      // "Pray at the altar" is a religion check on the altar's own terms.
      if (object) return objectIntent(action, object);
      return checkIntent(action, skill ?? 'perception');
    case null:
      break;
  }
  if (base.kind === 'attack') return { kind: 'attack', ...(foe ? { targetId: foe.id } : {}) };
  if (skill) return checkIntent(action, skill);
  // A thing named with no verb we know: the thing says what it is for.
  if (person && (/\?|\byou\b/i.test(action) || !object)) return { kind: 'talk', personId: person.id };
  if (object) return objectIntent(action, object);
  if (exit) return { kind: 'travel', locationId: exit.to };
  if (onwardSaid || base.kind === 'travel') return { kind: 'travel' };
  return clarifying(table, named, actor);
}

import type { TableCombatant, TableFacts } from '@/lib/ai/prompts/format';
import { checkIntent, classifyIntent, skillIn, type Intent } from '../intents';
import { findNamed, sceneNames, type Named } from './scene-names';
import { lemmas, readWords, type Word } from './words';

/** Verbs by what they set out to do, as dictionary forms; the scene decides what they are done to. */
const verbs = {
  travel: ['go', 'move', 'head', 'walk', 'descend', 'enter', 'take', 'follow', 'proceed', 'advance', 'leave', 'venture', 'climb', 'step', 'wade', 'continue', 'press', 'return', 'travel', 'make', 'run', 'lead', 'explore', 'through'],
  use: ['ring', 'pull', 'push', 'open', 'close', 'touch', 'use', 'silence', 'stop', 'strike', 'toll', 'muffle', 'hold', 'turn', 'lift', 'break', 'smash', 'light', 'read', 'still', 'grab', 'hit', 'swing', 'shake', 'wedge', 'jam', 'cut', 'climb', 'pry', 'test', 'probe', 'wade', 'cross'],
  look: ['search', 'examine', 'inspect', 'investigate', 'study', 'look', 'check', 'peer', 'read', 'scrape', 'clean', 'decipher'],
  talk: ['talk', 'speak', 'ask', 'greet', 'chat', 'question', 'tell', 'say', 'call', 'inquire', 'enquire', 'chatter', 'hail', 'haggle', 'bargain', 'converse', 'approach'],
  attack: ['attack', 'strike', 'stab', 'shoot', 'slash', 'swing', 'hit', 'fire', 'charge', 'kill', 'fight', 'punch', 'kick', 'bash', 'smash', 'shoot', 'loose', 'cut', 'hack', 'stab', 'club', 'skewer'],
  help: ['help', 'aid', 'assist', 'support', 'boost'],
  hide: ['hide', 'conceal'],
  dash: ['dash', 'sprint'],
};
/** Words that go on without naming where: "press on", "go deeper", "onward". */
const onward = /\b(deeper|onward|onwards|press on|move on|go on|carry on|keep going|next room|further in|further down|go down|head down|descend|way on|continue)\b/i;

/** Kinds the older word rules already read well; they keep their reading. */
const settled = new Set<Intent['kind']>(['rule-question', 'spell', 'feature', 'rest', 'disengage', 'dodge']);

const has = (said: Set<string>, list: readonly string[]) => list.some((v) => said.has(v));

/** The one question the DM asks when it cannot tell what the player means, naming what the scene offers. */
function clarifying(table: TableFacts, named: readonly Named[], actor: TableCombatant): Intent {
  const foes = table.creatures.filter((c) => c.side === 'hostile' && !c.dead && c.hp > 0);
  const options = [
    ...(foes.length ? [`attack the ${foes[0]!.name}`] : []),
    ...named.filter((n) => n.kind === 'exit').slice(0, 1).map((n) => `take ${n.names[0]}`),
    ...named.filter((n) => n.kind === 'object').slice(0, 2).map((n) => `look at ${n.names[0]}`),
    ...named.filter((n) => n.kind === 'person').slice(0, 1).map((n) => `talk to ${n.names[0]}`),
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
 * What a player means, read against the scene: the verbs say what they
 * try, and the things the scene declares (its exits and where they lead,
 * objects, people, foes, companions) say to what, forgiving small typos.
 * When it cannot tell, it asks one question rather than rolling a check
 * nobody asked for.
 */
export function readIntent(action: string, table: TableFacts, actor: TableCombatant, titleOf: (locationId: string) => string | undefined = () => undefined): Intent {
  const base = classifyIntent(action);
  if (settled.has(base.kind)) return base;
  const words: Word[] = readWords(action);
  const said = lemmas(words);
  const named = sceneNames(table, actor.id, titleOf);
  const find = (...kinds: Named['kind'][]) => findNamed(words, named, kinds);
  if (/\bcast(s|ing)?\b/i.test(action) && /\bspell\b|\bcast(s|ing)? (a|an|some)\b/i.test(action)) return whichSpell(actor);

  const person = find('person');
  if (has(said, verbs.talk) && person) return { kind: 'talk', personId: person.id };
  const foe = find('creature');
  if (base.kind === 'attack' || (has(said, verbs.attack) && foe)) return { kind: 'attack', ...(foe ? { targetId: foe.id } : {}) };
  const ally = find('ally');
  if (has(said, verbs.help) && ally && !/\b(heal|wounds?|tend|bandage)\b/i.test(action)) return { kind: 'help', allyId: ally.id };
  if (has(said, verbs.hide)) return { kind: 'hide' };
  if (has(said, verbs.dash) && table.combat) return { kind: 'dash' };

  const exit = find('exit');
  const object = find('object');
  const travelling = has(said, verbs.travel) || onward.test(action) || base.kind === 'travel';
  // "Go down the stair" names an exit; "climb the bell rope" names an object: the thing named decides.
  if (travelling && exit && (!object || !has(said, verbs.use) || has(said, ['go', 'head', 'descend', 'enter', 'take', 'follow', 'proceed', 'leave']))) {
    return { kind: 'travel', locationId: exit.to };
  }
  if (object && (has(said, verbs.use) || has(said, verbs.look))) return objectIntent(action, object);
  if (travelling && onward.test(action)) return { kind: 'travel' };

  const skill = skillIn(action);
  if (skill) return checkIntent(action, skill);
  // A thing named with no verb we know: the thing says what it is for.
  if (object) return objectIntent(action, object);
  if (person) return { kind: 'talk', personId: person.id };
  if (exit) return { kind: 'travel', locationId: exit.to };
  if (travelling) return { kind: 'travel' };
  return clarifying(table, named, actor);
}

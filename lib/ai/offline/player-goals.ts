import type { TableCombatant } from '@/lib/ai/prompts/format';
import { MAX_SAID } from '@/lib/ai/context/story-memory';
import { hostilesStanding } from './combat-plans';
import { classifyGoods } from './goods-intents';
import { classifyIntent } from './intents';
import { healLines, worstHurt } from './player-combat';
import { agreeLines, longRestLines, lootBodyLines, lootContainerLines, potionLines, pressOnLines, shortRestLines, talkLines, tendLines, urgeLines } from './player-deeds';
import { firstName } from './player-lines';
import type { Heard, PlayerView } from './player-sight';
import { healingSpell } from './spell-choices';
import { standing } from './tactics';
import { placeWords } from './voice';

/** One thing to do, as the lines that say it, best first. */
type Goal = string[];

// The player reads its own lines and its friends' as the DM will.
const isRest = (line: string, rest: 'short' | 'long') => {
  const intent = classifyIntent(line);
  return intent.kind === 'rest' && intent.rest === rest;
};
const isTending = (line: string) => {
  const intent = classifyIntent(line);
  return intent.kind === 'check' && intent.tends;
};
const isTalk = (line: string) => {
  const intent = classifyIntent(line);
  return intent.kind === 'check' && intent.skill === 'persuasion';
};
const searchesBodies = (line: string) => classifyGoods(line, [])?.kind === 'loot-bodies';
const mentions = (line: string, name: string) => line.toLowerCase().includes(name.toLowerCase());

/** Words a friend urges the party on with, whether or not the DM took them for a move. */
const movingOn = /\b(deeper|press(ing)? on|mov(e|ing) on|onward|go on|keep going|carry on|head (on|down|deeper))\b/i;

function triedLately(said: readonly string[], deed: (line: string) => boolean, turns: number): boolean {
  return said.slice(-turns).some(deed);
}

/**
 * Healing the worst hurt: a spell if there is one to cast; a potion for a
 * friend who is down; for one's own wounds a short rest, then a potion, then
 * a long rest (which also gives a spent healer back the spells to heal the
 * others with); and tending, which mends no hit points (it steadies the
 * dying), so after each bandaging it gives way to other things for two turns.
 */
function healing(view: PlayerView, hurt: TableCombatant): Goal[] {
  const { self, said } = view;
  const spell = healingSpell(self, hurt, false);
  if (spell) return [healLines(view, spell.name, hurt, '.')];
  const mine = hurt.id === self.id;
  const potion = view.pack.some((item) => /\bpotion of healing\b/i.test(item));
  const goals: Goal[] = [];
  // A friend at death's door is given a potion before anything else, if there is one.
  if (potion && hurt.hp === 0) goals.push(potionLines(firstName(hurt.name)));
  const spentHealer = (self.spells ?? []).some((s) => s.use === 'heal');
  if (mine && !triedLately(said, (line) => isRest(line, 'short'), MAX_SAID)) goals.push(shortRestLines());
  else if (mine && potion) goals.push(potionLines(null));
  else if ((mine || spentHealer) && !triedLately(said, (line) => isRest(line, 'long'), MAX_SAID)) goals.push(longRestLines());
  if (!triedLately(said, isTending, 2)) goals.push(tendLines(mine ? 'my own' : `${hurt.name}'s`));
  return goals;
}

/** Something the place still offers, and whom it means talking to, if anyone. */
type Task = { lines: Goal; person?: string };

/** What the place still offers: the fallen to search, containers not yet emptied, people (merchants, friendly creatures) not yet spoken to. */
function tasksHere(view: PlayerView, spoken: Heard[]): Task[] {
  const { table, said } = view;
  const tasks: Task[] = [];
  const fallen = table.creatures.filter((c) => c.side === 'hostile' && (c.dead || c.hp === 0));
  const searched = said.some((line) => searchesBodies(line) && fallen.some((f) => mentions(line, f.name))) || spoken.some((h) => searchesBodies(h.text));
  if (fallen[0] && !searched) tasks.push({ lines: lootBodyLines(fallen[0].name) });
  for (const c of table.scene.containers ?? []) if (!c.empty && !said.some((line) => mentions(line, c.name))) tasks.push({ lines: lootContainerLines(c.name) });
  const people = [...(table.scene.merchants ?? []), ...table.creatures.filter((c) => c.side === 'ally' && standing(c)).map((c) => c.name)];
  for (const person of people) if (!said.some((line) => mentions(line, person))) tasks.push({ lines: talkLines(person), person });
  return tasks;
}

/**
 * What the offline AI player wants to do between fights, most pressing
 * first: heal the badly hurt; take up a person's call to move on; a task of
 * the place (each AI player takes a different one, by its place in the
 * party); and once the place is done with, no foe stands and nobody is
 * close to falling, the first of them moves the story on: with a person at
 * the table it urges the others on (every third turn at most) and leaves the
 * going to them; with none, it leads the party on. Whatever is left over is
 * the persona's own pastime (player-persona.ts).
 */
export function goalsFor(view: PlayerView): Goal[] {
  const { table, self } = view;
  const goals: Goal[] = [];
  const hurt = worstHurt(view);
  if (hurt && standing(self)) goals.push(...healing(view, hurt));
  const spoken = view.heard.filter((h) => table.party.some((p) => p.name === h.speaker));
  // What a friend just said, answered at most by the DM since.
  const latest = view.heard.slice(-2).filter((h) => spoken.includes(h) && h.speaker !== self.name).at(-1);
  const byPerson = latest !== undefined && table.party.some((p) => p.name === latest.speaker && p.playedBy === 'person');
  const answer = view.heard.at(-1)?.speaker === 'DM' ? view.heard.at(-1)!.text : '';
  const way = table.waysOn[0];
  // Nobody moves on with a foe standing or a friend down, and nobody leads the party on with a friend close to falling.
  const clear = hostilesStanding(table).length === 0 && !table.party.some((p) => !p.dead && p.hp === 0);
  const hale = !table.party.some((p) => !p.dead && p.hp <= p.maxHp / 4);
  const arrived = answer.includes(`reaches ${table.scene.title}`);
  const place = way && placeWords(way.title).place;
  if (latest && byPerson && place && clear && !arrived && movingOn.test(latest.text)) goals.push(agreeLines(firstName(latest.speaker), place));
  const tasks = tasksHere(view, spoken);
  const team = table.party.filter((p) => p.playedBy === 'ai player' && standing(p));
  const index = Math.max(0, team.findIndex((p) => p.id === self.id));
  // A friend talking to someone here is joined in the conversation.
  const joined = latest && isTalk(latest.text) ? tasks.find((t) => t.person && mentions(latest.text, t.person)) : undefined;
  const task = joined ?? tasks[index];
  if (task) goals.push(task.lines);
  if (tasks.length === 0 && index === 0 && place && clear && hale) {
    const led = !table.party.some((p) => p.playedBy === 'person');
    if (led) goals.push(pressOnLines(place));
    else if (!triedLately(view.said, (line) => isTalk(line) && mentions(line, place), 3)) goals.push(urgeLines(place));
  }
  return goals;
}

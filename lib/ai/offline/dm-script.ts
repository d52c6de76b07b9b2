import { readAction, readTable, type TableCombatant } from '@/lib/ai/prompts/format';
import { foesInTheWay, noWayOn, nobodyToFight } from './dm-asides';
import type { OpeningKind } from './dm-openings';
import { readListLines } from '@/lib/ai/prompts/memory-blocks';
import { RECENT_TITLE } from '@/lib/memory/types';
import { nextCall } from './dm-plans';
import { closing, opening, tell } from './dm-phrases';
import { planGoodsReply } from './goods-script';
import type { Intent } from './intents';
import { narrationCursor } from './narration-cursor';
import type { ReadPrompt } from './prompt-reader';
import type { ScriptedReply } from './scripted-reply';
import { personSays, storyTold } from './story-tells';
import { find } from './tactics';
import { readIntent } from './understanding/read-intent';
import { placeWords, say } from './voice';

function openingKind(actor: TableCombatant, intent: Intent): OpeningKind {
  if (actor.playedBy === 'dm') return 'fight';
  switch (intent.kind) {
    case 'attack':
    case 'disengage':
    case 'dodge':
      return 'fight';
    case 'spell':
      return 'spell';
    case 'travel':
      return 'travel';
    case 'check':
    case 'use-object':
    case 'hide':
      return 'check';
    default:
      return 'deed';
  }
}

/**
 * The offline DM, one step at a time, as a hosted model would play it: read
 * the action and the table, call the tools its plan needs one by one, and
 * once the plan is done, narrate what the rules engine decided. Every step
 * of a turn reads the same prompt, so the whole narration is told at one
 * cursor (narration-cursor.ts).
 */
export function planDmReply(read: ReadPrompt, seed: number): ScriptedReply {
  const cursor = narrationCursor(read.system, seed);
  const turn = readAction(read.lastUser);
  const table = readTable(read.system);
  const actor = turn && table ? find(table, turn.characterId) : undefined;
  if (!turn || !table || !actor) return { text: `The Dungeon Master waits for someone to act. ${closing(cursor, '')}`, toolCalls: [] };
  // After arriving somewhere new, the narration ends in the new place.
  const arrived = read.toolOutcomes.find((o) => o.toolName === 'enter_location' && o.ok);
  const place = arrived?.ok && typeof arrived.value.arrivedAt === 'string' ? arrived.value.arrivedAt : table.scene.title;
  const goods = planGoodsReply({ read, table, actor, action: turn.action, cursor });
  if (goods) return goods;
  // A creature the DM plays fights; everyone else's words are read against the scene.
  const intent: Intent = actor.playedBy === 'dm' ? { kind: 'attack' } : readIntent(turn.action, table, actor, (id) => table.waysOn.find((w) => w.locationId === id)?.title);
  if (intent.kind === 'clarify') return { text: intent.question, toolCalls: [] };
  const call = nextCall({ table, actor, action: turn.action, intent, outcomes: read.toolOutcomes });
  const latest = read.toolOutcomes.at(-1);
  const said = latest
    ? `${tell(table, latest, cursor)}${storyTold(latest)}`
    : opening(openingKind(actor, intent), actor.name, intent.kind === 'check' ? intent.skill : null, cursor);
  if (call) return { text: said, toolCalls: [call] };
  if (intent.kind === 'talk') return { text: `${personSays(table, intent, actor.name, cursor, readListLines(read.system, RECENT_TITLE).join('\n'))}${closing(cursor, place)}`, toolCalls: [] };
  if (read.toolOutcomes.length === 0) return { text: `${said}${nothingDone(table, intent, cursor, place)} ${closing(cursor, place)}`, toolCalls: [] };
  // The epilogue is the adventure's last word.
  const ended = read.toolOutcomes.some((o) => o.ok && typeof o.value.epilogue === 'string');
  return { text: `${said}${ended ? '' : closing(cursor, place)}`, toolCalls: [] };
}

/** Why an action came to nothing, when the plan found no rule to try. */
function nothingDone(table: NonNullable<ReturnType<typeof readTable>>, intent: Intent, cursor: number, place: string): string {
  const foes = table.combat || table.creatures.some((c) => c.side === 'hostile' && c.hp > 0 && !c.dead);
  switch (intent.kind) {
    case 'travel':
      return say(foes ? foesInTheWay : noWayOn, cursor, placeWords(place));
    case 'use-object':
      return 'Nothing more comes of it.';
    case 'dash':
      return 'There is nowhere to hurry to.';
    default:
      return say(nobodyToFight, cursor, placeWords(place));
  }
}

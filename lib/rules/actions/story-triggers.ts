import { RuleViolation } from '../rule-violation';
import type { Trigger } from '../scene-structure';
import type { TurnContext } from '../turn-context';
import { actionCost } from './handling';

/** A trigger that went off: what the table sees, and what it changed. */
export type Triggered = { id: string; says: string; woken: string | null; ending: string | null };

type Deed = Trigger['when'];

const deedKey = (deed: Deed) => (deed.kind === 'use' ? `use:${deed.objectId}` : `overcome:${deed.obstacleId}`);

/**
 * Sets off what the scene's author tied to a deed, each trigger once: a
 * place woken stays woken wherever the party goes, and an ending is the
 * adventure's last word.
 */
export function fireTriggers(turn: TurnContext, deed: Deed): Triggered[] {
  const { scene, story } = turn.state;
  if (story.ending !== null) return [];
  const due = scene.triggers.filter((t) => deedKey(t.when) === deedKey(deed) && !story.fired.includes(t.id));
  return due.map((t) => {
    const woken = t.then.kind === 'wake' ? t.then.locationId : null;
    const ending = t.then.kind === 'end' ? t.then.epilogue : null;
    turn.commit([{ op: 'story.fired', triggerId: t.id, woken, ending }]);
    return { id: t.id, says: t.says, woken, ending };
  });
}

/** The adventure's epilogue, when one of these triggers ended it: the DM reads it out. */
export function endingOf(triggered: readonly Triggered[]): { ending?: true; epilogue?: string } {
  const ending = triggered.find((t) => t.ending)?.ending;
  return ending ? { ending: true, epilogue: ending } : {};
}

export type UseObjectResult = { characterId: string; objectId: string; name: string; triggered: Triggered[]; outcome: string };

/**
 * A character uses something in the scene: rings the bell, pulls the lever.
 * What takes skill is a check against its obstacle, and what holds things is
 * looted; the refusal says which, so the DM can try the right rule.
 */
export function useObject(turn: TurnContext, characterId: string, objectId: string): UseObjectResult {
  const actor = turn.able(characterId);
  const objects = turn.state.scene.objects;
  const object = objects.find((o) => o.id === objectId);
  if (!object) {
    const here = objects.length ? `Here there are: ${objects.map((o) => `${o.id} (${o.name})`).join(', ')}.` : 'There is nothing here to use.';
    throw new RuleViolation(`This scene has no object "${objectId}". ${here}`);
  }
  if (object.obstacleId) {
    throw new RuleViolation(`Using ${object.name} takes skill: make an ability_check with obstacleId "${object.obstacleId}" instead`);
  }
  if (object.containerId) {
    throw new RuleViolation(`${object.name} holds things: loot it from "${object.containerId}" instead`);
  }
  turn.commit(actionCost(turn, actor));
  const triggered = fireTriggers(turn, { kind: 'use', objectId });
  const outcome = triggered.length ? triggered.map((t) => t.says).join(' ') : `${actor.name} uses ${object.name}; nothing more comes of it.`;
  return { characterId, objectId, name: object.name, triggered, outcome };
}

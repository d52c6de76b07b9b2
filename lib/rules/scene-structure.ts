import { z } from 'zod';
import { placeId } from './scene-hazards';

/**
 * What a place offers to act on, as its author wrote it: the ways out and
 * where they lead, the things in it, the people in it and what they will
 * tell, and the triggers that make the story answer what the party does.
 * The DM reads these to understand a player's words; the rules read them to
 * decide where the party may go and what a deed sets in motion.
 */

const words = z.string().min(1).max(80);
/** A campaign location's id, as scenes name themselves (state.ts). */
const locationId = z.string().min(1).max(64);
/** Other names players use for the same thing ("the stair", "the steps"). */
const aliases = z.array(words).max(8).default([]);

export const exitSchema = z.object({
  id: placeId,
  name: words,
  /** The location this way leads to. */
  to: locationId,
  aliases,
});
export type Exit = z.output<typeof exitSchema>;

/** Something in the place to use: a bell to ring, a lever to pull, an altar to study. */
export const sceneObjectSchema = z.object({
  id: placeId,
  name: words,
  aliases,
  /** The obstacle a check on it is made against, when using it takes skill. */
  obstacleId: placeId.nullable().default(null),
  /** The container it is, when using it means opening it and taking what is inside. */
  containerId: placeId.nullable().default(null),
});
export type SceneObject = z.output<typeof sceneObjectSchema>;

/** Someone to talk to, and what they will say when asked. */
export const personSchema = z.object({
  id: placeId,
  name: words,
  role: z.string().min(1).max(120),
  aliases,
  tells: z.array(z.string().min(1).max(300)).max(6).default([]),
});
export type Person = z.output<typeof personSchema>;

/**
 * The story answering a deed: using an object or overcoming an obstacle
 * wakes another place (whoever waits there is ready, and more come) or
 * brings the adventure to its end. It happens once.
 */
export const triggerSchema = z.object({
  id: placeId,
  when: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('use'), objectId: placeId }),
    z.object({ kind: z.literal('overcome'), obstacleId: placeId }),
  ]),
  then: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('wake'), locationId }),
    z.object({ kind: z.literal('end'), epilogue: z.string().min(1).max(2000) }),
  ]),
  /** What the table sees happen, in the DM's words. */
  says: z.string().min(1).max(500),
});
export type Trigger = z.output<typeof triggerSchema>;

/** The scene's structure, as fields of the scene schema; scenes written before it have none. */
export const sceneStructureShape = {
  exits: z.array(exitSchema).max(12).default([]),
  objects: z.array(sceneObjectSchema).max(20).default([]),
  people: z.array(personSchema).max(12).default([]),
  triggers: z.array(triggerSchema).max(12).default([]),
};

type WithStructure = {
  exits: Exit[];
  objects: SceneObject[];
  people: Person[];
  triggers: Trigger[];
  obstacles: Array<{ id: string }>;
  containers: Array<{ id: string }>;
};

/** Ids unique within their lists: the DM and the rules name things by them. */
export function refineSceneStructure(scene: WithStructure, ctx: z.RefinementCtx): void {
  for (const list of ['exits', 'objects', 'people', 'triggers'] as const) {
    const ids = scene[list].map((x) => x.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', message: `every one of ${list} needs its own id`, path: [list] });
  }
}

/**
 * What an author's scene names but does not declare: an object's obstacle
 * or container, a trigger's object or obstacle. Checked when a campaign is
 * written, not on every state, since play empties and changes a scene.
 */
export function structureProblems(scene: WithStructure): string[] {
  const has = (list: Array<{ id: string }>, id: string | null) => id === null || list.some((x) => x.id === id);
  return [
    ...scene.objects.filter((o) => !has(scene.obstacles, o.obstacleId)).map((o) => `${o.name} names no obstacle of this scene ("${o.obstacleId}")`),
    ...scene.objects.filter((o) => !has(scene.containers, o.containerId)).map((o) => `${o.name} names no container of this scene ("${o.containerId}")`),
    ...scene.triggers
      .filter((t) => (t.when.kind === 'use' ? !has(scene.objects, t.when.objectId) : !has(scene.obstacles, t.when.obstacleId)))
      .map((t) => `Trigger "${t.id}" waits on something this scene does not have`),
  ];
}

import { z } from 'zod';
import { abilities, skills } from './abilities';
import { conditionNames } from './conditions';
import { damageTypeSchema } from './damage-types';
import { trapNumbers, trapSeverities, type TrapSeverity } from './srd/traps';

/**
 * What can hurt the party in a place and what stands in its way, as the
 * campaign's author declares them: hazards and traps (the only source of
 * damage besides attacks, spells and creatures' actions) and obstacles
 * (the only source of a check's DC besides the scene's own). The model
 * names them by id; the rules take every number from here and the SRD.
 */

export const placeId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case').max(64);
const abilitySchema = z.enum(abilities);

/** A condition a hazard leaves on whoever it catches, for some minutes (a needle's poison). */
const hazardConditionSchema = z.object({ condition: z.enum(conditionNames), minutes: z.number().int().min(1).max(60 * 24) });

/**
 * How a hazard catches someone. A trap's damage comes from the SRD's trap
 * table by its severity and the party's level; its save DC or attack bonus
 * lies in the severity's range (the lowest unless the author picks another
 * within it). A fall deals 1d6 per 10 feet of the drop, at most 20d6.
 * Strict, so dice an author writes in are refused rather than ignored.
 */
export const hazardHowSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('save'),
    ability: abilitySchema,
    /** What a successful save does: half damage, or none at all. */
    onSuccess: z.enum(['half', 'none']).default('half'),
    severity: z.enum(trapSeverities),
    damageType: damageTypeSchema,
    dc: z.number().int().min(10).max(20).optional(),
  }),
  z.strictObject({
    kind: z.literal('attack'),
    severity: z.enum(trapSeverities),
    damageType: damageTypeSchema,
    attackBonus: z.number().int().min(3).max(12).optional(),
  }),
  z.strictObject({ kind: z.literal('fall'), feet: z.number().int().min(10).max(1000) }),
]);

export const hazardSchema = z
  .object({
    id: placeId,
    name: z.string().min(1).max(80),
    /** What sets it off, in the author's words, for the DM to judge (stepping on the plate, a failed climb). */
    trigger: z.string().min(1).max(300),
    how: hazardHowSchema,
    condition: hazardConditionSchema.nullable().default(null),
    /** A hazard that keeps working (slick steps) rearms; a one-shot trap is spent once sprung. */
    rearms: z.boolean().default(true),
    /** Set by the rules when a one-shot trap has gone off. */
    sprung: z.boolean().default(false),
  })
  .superRefine((h, ctx) => {
    const range = h.how.kind === 'save' && h.how.dc !== undefined ? trapNumbers[h.how.severity].saveDc : null;
    if (range && h.how.kind === 'save' && (h.how.dc! < range.min || h.how.dc! > range.max)) {
      ctx.addIssue({ code: 'custom', message: `A ${h.how.severity} trap's save DC is ${range.min} to ${range.max}`, path: ['how', 'dc'] });
    }
    const bonus = h.how.kind === 'attack' && h.how.attackBonus !== undefined ? trapNumbers[h.how.severity].attackBonus : null;
    if (bonus && h.how.kind === 'attack' && (h.how.attackBonus! < bonus.min || h.how.attackBonus! > bonus.max)) {
      ctx.addIssue({ code: 'custom', message: `A ${h.how.severity} trap's attack bonus is +${bonus.min} to +${bonus.max}`, path: ['how', 'attackBonus'] });
    }
  });
export type Hazard = z.output<typeof hazardSchema>;
export type HazardInput = z.input<typeof hazardSchema>;

/** Something in the way that a check overcomes: a locked grate, a slick wall, a suspicious guard. */
export const obstacleSchema = z.object({
  id: placeId,
  name: z.string().min(1).max(80),
  /** The skills (or plain abilities) that can overcome it. */
  skills: z.array(z.enum([...skills, ...abilities])).min(1).max(6),
  dc: z.number().int().min(5).max(30),
  success: z.string().min(1).max(300),
  failure: z.string().min(1).max(300),
  /** A hazard of the scene that a failed check sets off. */
  hazardId: placeId.nullable().default(null),
});
export type Obstacle = z.output<typeof obstacleSchema>;
export type ObstacleInput = z.input<typeof obstacleSchema>;

/** The scene's hazards and obstacles, as fields of the scene schema; scenes written before them have none. */
export const sceneHazardsShape = {
  hazards: z.array(hazardSchema).max(12).default([]),
  obstacles: z.array(obstacleSchema).max(12).default([]),
};

type WithHazards = { hazards: Hazard[]; obstacles: Obstacle[] };

/** Ids unique within their list, and an obstacle's hazard one the scene declares. */
export function refineSceneHazards(scene: WithHazards, ctx: z.RefinementCtx): void {
  const hazardIds = scene.hazards.map((h) => h.id);
  if (new Set(hazardIds).size !== hazardIds.length) ctx.addIssue({ code: 'custom', message: 'every hazard needs its own id', path: ['hazards'] });
  const obstacleIds = scene.obstacles.map((o) => o.id);
  if (new Set(obstacleIds).size !== obstacleIds.length) ctx.addIssue({ code: 'custom', message: 'every obstacle needs its own id', path: ['obstacles'] });
  scene.obstacles.forEach((o, i) => {
    if (o.hazardId !== null && !hazardIds.includes(o.hazardId)) {
      ctx.addIssue({ code: 'custom', message: `No hazard "${o.hazardId}" in this scene`, path: ['obstacles', i, 'hazardId'] });
    }
  });
}

/**
 * A scene written before hazards were declared had one `hazardDamage` dice
 * string for any failed risky check. It becomes a declared setback hazard
 * (a Dexterity save for half, bludgeoning), so old sessions load and the
 * DM still has a hazard to set off; its dice give way to the trap table's.
 */
export function migrateHazardDamage<S extends WithHazards & { hazardDamage?: string; title: string }>(scene: S): Omit<S, 'hazardDamage'> {
  const { hazardDamage, ...rest } = scene;
  if (hazardDamage === undefined || rest.hazards.length > 0) return rest;
  const severity: TrapSeverity = 'setback';
  const hazard = hazardSchema.parse({
    id: 'hazard',
    name: `The dangers of ${rest.title}`.slice(0, 80),
    trigger: 'a risky action here that fails',
    how: { kind: 'save', ability: 'dex', severity, damageType: 'bludgeoning' },
  });
  return { ...rest, hazards: [hazard] };
}

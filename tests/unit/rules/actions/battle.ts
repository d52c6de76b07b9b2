import { sampleCampaign } from '@/lib/campaigns/sample';
import { gridFromRows, type Cell } from '@/lib/rules/grid';
import { pregens } from '@/lib/rules/pregens';
import { gameStateSchema } from '@/lib/rules/state';
import { TableResolver } from '@/lib/rules/table-resolver';
import { currentCombatantId } from '@/lib/rules/turn-flow';

const characters = [...sampleCampaign.characters, ...pregens];

/** An open 12×8 floor. */
export const openFloor = Array.from({ length: 8 }, () => '............');

/**
 * A fight set up for a test: characters (sample party or pregens) and SRD
 * monsters on a grid. Nobody has rolled initiative yet.
 */
export function battle(options: {
  party: Array<{ id: string; at: Cell; controller?: 'human' | 'ai' }>;
  creatures?: Array<{ monster: string; id: string; at: Cell; hostile?: boolean }>;
  rows?: string[];
  seed?: number;
}): TableResolver {
  const party = options.party.map(({ id, at, controller }) => {
    const c = characters.find((p) => p.id === id)!;
    return { ...structuredClone(c), position: at, ...(controller ? { controller } : {}) };
  });
  const state = gameStateSchema.parse({
    scene: sampleCampaign.locations[0]!.scene,
    party,
    seed: options.seed ?? 5,
    rollCount: 0,
    round: 0,
    grid: gridFromRows(options.rows ?? openFloor),
  });
  const r = new TableResolver(state);
  for (const c of options.creatures ?? []) r.addCreature(c.monster, { id: c.id, hostile: c.hostile ?? true, position: c.at });
  return r;
}

/** Starts the fight if it has not started, then passes turns until it is this creature's. */
export function onTurnOf(r: TableResolver, id: string): void {
  if (!r.state.combat) r.startCombat();
  for (let i = 0; i < 40 && currentCombatantId(r.state) !== id; i++) r.endTurn(currentCombatantId(r.state)!);
  if (currentCombatantId(r.state) !== id) throw new Error(`it never became ${id}'s turn`);
}

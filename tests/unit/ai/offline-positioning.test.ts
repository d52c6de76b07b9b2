import { describe, expect, it } from 'vitest';
import { narrateTurn } from '@/lib/ai/narrate-turn';
import { classifyIntent } from '@/lib/ai/offline/intents';
import { OfflineModel } from '@/lib/ai/offline/offline-model';
import { attackSpot, inSight, retreatSpot } from '@/lib/ai/offline/positioning';
import { pickTarget } from '@/lib/ai/offline/tactics';
import { tableFacts, type TableCombatant, type TableFacts } from '@/lib/ai/prompts/format';
import { applyPatches } from '@/lib/rules/patches';
import { findCombatant } from '@/lib/rules/state';
import { battle, onTurnOf } from '../rules/actions/battle';

/** A wall down the fourth column, open only along the bottom row. */
const walled = ['...#........', '...#........', '...#........', '...#........', '...#........', '...#........', '...#........', '............'];

const facts = (r: ReturnType<typeof battle>): TableFacts => tableFacts(r.state, { waysOn: [], withSecrets: false });
const who = (t: TableFacts, id: string): TableCombatant => [...t.party, ...t.creatures].find((c) => c.id === id)!;
const squares = (a: [number, number], b: [number, number]) => Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]));

describe('where the offline narrator stands its fighters', () => {
  const r = battle({
    party: [{ id: 'tamsin', at: { x: 1, y: 1 } }],
    creatures: [
      { monster: 'goblin', id: 'behind-wall', at: { x: 5, y: 1 } },
      { monster: 'goblin', id: 'in-view', at: { x: 1, y: 7 } },
    ],
    rows: walled,
  });
  const t = facts(r);

  it('sees past open floor but not through a wall, and picks the foe it can see over a nearer hidden one', () => {
    expect(inSight(t, [1, 1], who(t, 'behind-wall'))).toBe(false);
    expect(inSight(t, [1, 1], who(t, 'in-view'))).toBe(true);
    expect(pickTarget(t, who(t, 'tamsin'))?.id).toBe('in-view');
    expect(pickTarget(t, who(t, 'tamsin'), 'I attack behind-wall')?.id).toBe('behind-wall');
  });

  it('walks round the wall toward a melee target it cannot reach this turn, never through it', () => {
    const spot = attackSpot(t, who(t, 'tamsin'), who(t, 'behind-wall'), true)!;
    expect(spot).not.toBeNull();
    expect(walled[spot[1]]![spot[0]]).toBe('.');
    // Down toward the gap in the bottom row, though that is farther as the crow flies.
    expect(spot[1]).toBeGreaterThanOrEqual(5);
  });

  it('falls back to the square farthest from every foe', () => {
    const open = battle({ party: [{ id: 'wren', at: { x: 5, y: 4 } }], creatures: [{ monster: 'goblin', id: 'gob', at: { x: 6, y: 4 } }] });
    const o = facts(open);
    const spot = retreatSpot(o, who(o, 'wren'))!;
    expect(squares(spot, [6, 4])).toBeGreaterThan(1);
  });
});

describe('"I disengage"', () => {
  it('is a disengage, not an attack', () => {
    expect(classifyIntent('I disengage and fall back')).toEqual({ kind: 'disengage' });
  });

  it('the rogue disengages and walks out of reach, drawing no opportunity attack', async () => {
    const r = battle({ party: [{ id: 'wren', at: { x: 5, y: 4 }, controller: 'human' }], creatures: [{ monster: 'goblin', id: 'gob', at: { x: 6, y: 4 } }] });
    onTurnOf(r, 'wren');
    const hp = findCombatant(r.state, 'wren')!.hp;
    const outcome = await narrateTurn({
      request: { state: r.state, characterId: 'wren', controller: 'human', action: 'I disengage and fall back', memory: { blocks: [] }, seed: 7, locations: [] },
      model: new OfflineModel('dm'),
      onDelta: () => {},
    });
    expect(outcome.toolCalls.map((c) => `${c.toolName}:${c.ok ? 'ok' : 'refused'}`)).toEqual(['disengage:ok', 'move:ok']);
    const after = applyPatches(r.state, outcome.patches);
    const wren = findCombatant(after, 'wren')!;
    expect(squares([wren.position!.x, wren.position!.y], [6, 4])).toBeGreaterThan(1);
    expect(wren.hp).toBe(hp);
  });
});

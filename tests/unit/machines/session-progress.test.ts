import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { sessionMachine } from '@/machines/session.machine';
import type { CommitTurnInput, DecidedAction } from '@/machines/session/types';
import { openingState } from '@/lib/campaigns/arrival';
import { sampleCampaign } from '@/lib/campaigns/sample';
import { bestiary } from '@/lib/rules/bestiary';
import { spawnCreature } from '@/lib/rules/creature';
import type { StatePatch } from '@/lib/rules/patches';
import { gameStateSchema } from '@/lib/rules/state';

/** A table at the nave with a goblin; Mira's action kills it when `kills` is set. */
function harness(kills = false) {
  const commits: CommitTurnInput[] = [];
  const killing: StatePatch[] = [
    { op: 'character.hp', characterId: 'gob', hp: 0 },
    { op: 'character.dead', characterId: 'gob', dead: true },
  ];
  const machine = sessionMachine.provide({
    actors: {
      resolveAction: fromPromise(async ({ input }) => ({
        text: 'ok',
        checks: [],
        rolls: [],
        patches: kills && input.characterId === 'mira' ? killing : [],
        toolCalls: [],
        rules: [],
        usage: null,
      })),
      decideActions: fromPromise(async (): Promise<DecidedAction[]> => []),
      commitTurn: fromPromise(async ({ input }) => {
        commits.push(input);
        return { version: input.expectedVersion + 1 };
      }),
    },
  });
  const opening = openingState(sampleCampaign, 2);
  const state = gameStateSchema.parse({ ...opening, creatures: [spawnCreature(bestiary.goblin, { id: 'gob' })] });
  const actor = createActor(machine, { input: { sessionId: 's', state, version: 0 } }).start();
  const idle = (version: number) => waitFor(actor, (s) => s.matches('awaitingAction') && s.context.version >= version);
  return { actor, commits, idle };
}

const eventTypes = (commit: CommitTurnInput | undefined) => commit?.events.map((e) => e.type);

describe('experience and levels at the table', () => {
  it('awards a foe’s XP when it dies outside a fight, naming it, once', async () => {
    const { actor, commits, idle } = harness(true);
    actor.send({ type: 'player.action', turnId: 't1', characterId: 'mira', text: 'I stab the sleeping goblin' });
    const done = await idle(1);
    expect(eventTypes(commits[0])).toEqual(['player.acted', 'dm.narrated', 'xp.awarded']);
    expect(commits[0]!.events[2]).toMatchObject({ data: { source: 'defeat', creatures: [{ id: 'gob', name: 'Goblin', xp: 50 }], each: 16 } });
    expect(done.context.state.creatures[0]!.xpAwarded).toBe(true);
  });

  it('takes a game master’s milestone, and AI players’ characters level with the party', async () => {
    const { actor, commits, idle } = harness();
    actor.send({ type: 'xp.award', characterIds: 'party', amount: 300, reason: 'The bell is silenced', by: 'Robin' });
    const done = await idle(1);
    expect(eventTypes(commits[0])).toEqual(['xp.awarded', 'character.leveled', 'character.leveled']);
    expect(commits[0]!.events[1]).toMatchObject({ data: { characterId: 'aldric', level: 2, by: 'its AI player', hitPointMethod: 'average' } });
    const levels = Object.fromEntries(done.context.state.party.map((c) => [c.id, c.level]));
    expect(levels).toEqual({ mira: 1, aldric: 2, kestrel: 2 });
  });

  it('levels a person’s character with their choices, and ignores a level-up the rules refuse', async () => {
    const { actor, commits, idle } = harness();
    actor.send({ type: 'level.up', characterId: 'mira', choices: { hitPoints: 'average' }, by: 'Sam' });
    expect(actor.getSnapshot().matches('awaitingAction')).toBe(true);
    expect(commits).toHaveLength(0);
    actor.send({ type: 'xp.award', characterIds: ['mira'], amount: 300, reason: 'A clever plan', by: 'Robin' });
    await idle(1);
    actor.send({ type: 'level.up', characterId: 'mira', choices: { hitPoints: 'roll' }, by: 'Sam' });
    const done = await idle(2);
    expect(commits[1]!.events[0]).toMatchObject({ type: 'character.leveled', data: { characterId: 'mira', level: 2, by: 'Sam', hitPointMethod: 'rolled' } });
    expect(done.context.state.party.find((c) => c.id === 'mira')!.level).toBe(2);
    expect(done.context.state.rollCount).toBe(commits[0]!.state.rollCount + 1);
  });
});

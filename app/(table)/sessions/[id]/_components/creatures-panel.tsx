import type { Creature } from '@/lib/rules/creature';
import { ConditionTags } from './condition-tags';
import { statusTags, visibleHealth } from './health';
import { HpBar } from './hp-bar';

/** Monsters and NPCs in the scene; foes show how hurt they look, allies their hit points. */
export function CreaturesPanel({ creatures }: { creatures: readonly Creature[] }) {
  if (creatures.length === 0) return null;
  return (
    <section className="panel creatures" aria-label="Creatures" data-testid="creatures">
      <h2>Creatures</h2>
      {creatures.map((c) => {
        const health = visibleHealth(c);
        return (
          <div key={c.id} className={`member ${c.dead ? 'is-dead' : ''}`} data-testid={`creature-${c.id}`}>
            <div className="member-name">
              <span>{c.name}</span>
              <span data-testid="health">{health.text}</span>
            </div>
            <HpBar label={`${c.name} health`} fill={health.fill} valueText={health.text} />
            <div className="member-meta">
              <span className={`tag ${c.hostile ? 'hostile' : 'ally'}`}>{c.hostile ? 'Foe' : 'Ally'}</span>
            </div>
            <ConditionTags tags={statusTags(c)} />
          </div>
        );
      })}
    </section>
  );
}

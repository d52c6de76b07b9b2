import type { CharacterSheet } from '@/lib/rules/state';
import { ConditionTags } from './condition-tags';
import { statusTags, visibleHealth } from './health';
import { HpBar } from './hp-bar';

export function PartyPanel({ party }: { party: readonly CharacterSheet[] }) {
  return (
    <section className="panel party" aria-label="Party" data-testid="party">
      <h2>Party</h2>
      {party.map((c) => {
        const health = visibleHealth(c);
        return (
          <div key={c.id} className="member" data-testid={`member-${c.id}`}>
            <div className="member-name">
              <span>{c.name}</span>
              <span data-testid="hp">
                {c.hp}/{c.maxHp}
              </span>
            </div>
            <HpBar label={`${c.name} hit points`} fill={health.fill} valueText={`${c.hp} of ${c.maxHp}`} />
            <div className="member-meta">
              <span className="tag">{c.controller === 'human' ? 'You' : 'AI player'}</span>
              {c.ancestry} {c.className} {c.level} · AC {c.ac}
              {c.tempHp > 0 && ` · ${c.tempHp} temp HP`}
            </div>
            <ConditionTags tags={statusTags(c)} />
          </div>
        );
      })}
    </section>
  );
}

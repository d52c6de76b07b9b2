import type { RulesState } from '@/lib/rules/state';
import { ConditionTags } from './condition-tags';
import { statusTags, visibleHealth } from './health';
import { HpBar } from './hp-bar';

/** The fight's turn order, whose turn it is, and how everyone in it is doing; nothing out of a fight. */
export function InitiativeTracker({ state }: { state: Pick<RulesState, 'combat' | 'party' | 'creatures'> }) {
  const combat = state.combat;
  if (!combat) return null;
  const everyone = [...state.party, ...state.creatures];
  return (
    <section className="panel initiative" aria-label="Initiative" data-testid="initiative-tracker">
      <h2>
        Initiative · <span data-testid="round">Round {combat.round}</span>
      </h2>
      <ol className="initiative-list">
        {combat.order.map((entry, i) => {
          const c = everyone.find((x) => x.id === entry.id);
          const current = i === combat.turnIndex;
          const health = c ? visibleHealth(c) : null;
          const tags = c ? statusTags(c) : [];
          return (
            <li
              key={entry.id}
              className={`initiative-entry ${current ? 'current' : ''} ${c?.dead ? 'is-dead' : ''}`}
              data-testid="initiative-entry"
              data-id={entry.id}
              data-current={current ? 'true' : 'false'}
              aria-current={current ? 'step' : undefined}
            >
              <span className="initiative-score" aria-label={`Initiative ${entry.initiative}`}>
                {entry.initiative}
              </span>
              <div className="initiative-body">
                <div className="member-name">
                  <span>
                    {c?.name ?? entry.id}
                    {current && <span className="visually-hidden"> (acting now)</span>}
                  </span>
                  {health && <span className="initiative-health">{health.text}</span>}
                </div>
                {c && health && <HpBar label={`${c.name} health`} fill={health.fill} valueText={health.text} />}
                <ConditionTags tags={combat.dodging.includes(entry.id) ? [...tags, 'dodging'] : tags} />
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

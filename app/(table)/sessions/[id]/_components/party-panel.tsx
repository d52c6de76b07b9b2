import type { Character } from '@/lib/rules/state';

export function PartyPanel({ party }: { party: Character[] }) {
  return (
    <section className="party" aria-label="Party" data-testid="party">
      <h2>Party</h2>
      {party.map((c) => {
        const ratio = c.maxHp === 0 ? 0 : c.hp / c.maxHp;
        return (
          <div key={c.id} className="member" data-testid={`member-${c.id}`}>
            <div className="member-name">
              <span>{c.name}</span>
              <span data-testid="hp">
                {c.hp}/{c.maxHp}
              </span>
            </div>
            <div
              className={`hp ${ratio <= 0.5 ? 'low' : ''}`}
              role="meter"
              aria-label={`${c.name} hit points`}
              aria-valuemin={0}
              aria-valuemax={c.maxHp}
              aria-valuenow={c.hp}
            >
              <span style={{ width: `${Math.round(ratio * 100)}%` }} />
            </div>
            <div className="member-meta">
              <span className="tag">{c.controller === 'human' ? 'You' : 'AI player'}</span>
              {c.ancestry} {c.className} {c.level} · AC {c.ac}
            </div>
            {c.conditions.length > 0 && (
              <div className="member-meta" data-testid="conditions">
                {c.conditions.map((condition) => (
                  <span key={condition} className="tag condition">
                    {condition}
                  </span>
                ))}
              </div>
            )}
          </div>
        );
      })}
    </section>
  );
}

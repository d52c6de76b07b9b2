import type { CharacterSheet } from '@/lib/rules/state';
import { ConditionTags } from './condition-tags';
import { statusTags, visibleHealth } from './health';
import { HpBar } from './hp-bar';

/** Who plays each party member, as this viewer should read it: "You", a person's name, or "AI player". */
function playedBy(c: CharacterSheet, players: Record<string, string>, mine: readonly string[]): string {
  if (c.controller !== 'human') return 'AI player';
  return mine.includes(c.id) ? 'You' : (players[c.id] ?? 'A player');
}

type Props = { party: readonly CharacterSheet[]; players: Record<string, string>; mine: readonly string[]; onOpenSheet?: (characterId: string) => void };

export function PartyPanel({ party, players, mine, onOpenSheet }: Props) {
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
              <span className="tag">{playedBy(c, players, mine)}</span>
              {c.ancestry} {c.className} {c.level} · AC {c.ac}
              {c.tempHp > 0 && ` · ${c.tempHp} temp HP`}
            </div>
            <ConditionTags tags={statusTags(c)} />
            {onOpenSheet && (
              <button type="button" className="link-button" onClick={() => onOpenSheet(c.id)} data-testid={`open-sheet-${c.id}`} aria-label={`${c.name}'s sheet`}>
                Sheet
              </button>
            )}
          </div>
        );
      })}
    </section>
  );
}

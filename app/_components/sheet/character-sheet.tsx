import type { ReactNode } from 'react';
import type { SheetView } from '@/lib/characters/sheet-view';
import { Portrait } from './portrait';
import { SheetAbilities } from './sheet-abilities';
import type { SheetActions } from './sheet-actions';
import { SheetAttacks } from './sheet-attacks';
import { SheetFeatures } from './sheet-features';
import { SheetInventory } from './sheet-inventory';
import { SheetSpells } from './sheet-spells';
import { SheetStats } from './sheet-stats';
import './sheet.css';

type Props = {
  sheet: SheetView;
  portraitAssetId?: string | null;
  /** Buttons beside spells, features and items at a table. */
  actions?: SheetActions;
  /** Shown under the XP line: a level-up button when the XP is there. */
  progress?: ReactNode;
};

/** The whole character sheet, as the sheet page and the table show it. */
export function CharacterSheet({ sheet, portraitAssetId = null, actions, progress }: Props) {
  const xpTo = sheet.nextLevelXp;
  return (
    <article className="sheet" data-testid="character-sheet" data-level={sheet.level}>
      <header className="sheet-header">
        <Portrait assetId={portraitAssetId} name={sheet.name} />
        <div>
          <h2 data-testid="sheet-name">{sheet.name}</h2>
          <p className="sheet-line" data-testid="sheet-identity">
            {sheet.ancestry} {sheet.className}
            {sheet.subclass ? ` (${sheet.subclass})` : ''} <strong data-testid="sheet-level">level {sheet.level}</strong> · {sheet.background}
          </p>
          <p className="sheet-line muted" data-testid="sheet-xp">
            {sheet.xp} XP{xpTo !== null ? ` · level ${sheet.level + 1} at ${xpTo} XP` : ' · the highest level'}
          </p>
          {progress}
          {sheet.persona && <p className="sheet-persona">{sheet.persona}</p>}
          {sheet.conditions.length > 0 && (
            <p>
              {sheet.conditions.map((c) => (
                <span key={c} className="tag condition">
                  {c}
                </span>
              ))}
            </p>
          )}
        </div>
      </header>
      <SheetStats sheet={sheet} />
      <div className="sheet-columns">
        <section aria-label="Abilities and skills">
          <h3>Abilities</h3>
          <SheetAbilities sheet={sheet} />
        </section>
        <div>
          <section aria-label="Attacks">
            <h3>Attacks</h3>
            <SheetAttacks sheet={sheet} />
          </section>
          {sheet.spellcasting && (
            <section aria-label="Spells">
              <h3>Spells</h3>
              <SheetSpells spellcasting={sheet.spellcasting} actions={actions} />
            </section>
          )}
          <section aria-label="Features">
            <h3>Features</h3>
            <SheetFeatures sheet={sheet} actions={actions} />
          </section>
          <section aria-label="Inventory">
            <h3>Inventory</h3>
            <SheetInventory sheet={sheet} actions={actions} />
          </section>
          <section aria-label="Training and effects">
            <h3>Training</h3>
            <p className="muted">{sheet.training.join(', ') || 'none'}</p>
            {sheet.effects.length > 0 && <p>Under: {sheet.effects.join(', ')}</p>}
          </section>
        </div>
      </div>
    </article>
  );
}

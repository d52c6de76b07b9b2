'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { SheetView } from '@/lib/characters/sheet-view';
import type { SpellLine } from '@/lib/characters/spell-lines';
import { CharacterSheet } from '@/app/_components/sheet/character-sheet';
import type { SheetActions } from '@/app/_components/sheet/sheet-actions';
import { CastTarget } from './cast-target';
import { LevelUpFlow } from './level-up-flow';
import { featureWords, itemWords, type Target } from './sheet-words';

type Loaded = { sheet: SheetView; portraitAssetId: string | null; mine: boolean; mayLevelUp: boolean };

type Props = {
  sessionId: string;
  characterId: string;
  /** The table's version: the sheet is read again whenever the game changes. */
  version: number;
  /** Creatures and people present, for aiming a spell. */
  everyone: readonly Target[];
  /** Whether this person may act for the character now (they play it). */
  canAct: boolean;
  /** Puts words in the action box for the player to send. */
  onAction: (text: string) => void;
  onClose: () => void;
};

/** A party member's whole sheet at the table; its player acts from it (Cast, Use) and levels up when the XP is there. */
export function SheetDialog({ sessionId, characterId, version, everyone, canAct, onAction, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [casting, setCasting] = useState<SpellLine | null>(null);
  const [levelling, setLevelling] = useState(false);

  const load = useCallback(async () => {
    try {
      const response = await fetch(`/api/sessions/${sessionId}/characters/${encodeURIComponent(characterId)}/sheet`);
      const answer = await response.json();
      if (!response.ok) throw new Error(answer.error?.message ?? 'The sheet could not be read');
      setLoaded(answer);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }, [sessionId, characterId]);

  useEffect(() => {
    void load();
  }, [load, version]);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  const act = (text: string) => {
    onAction(text);
    onClose();
  };
  const actions: SheetActions | undefined =
    canAct && loaded?.mine ? { cast: (spell) => setCasting(spell), useFeature: (f) => act(featureWords(f)), useItem: (i) => act(itemWords(i)) } : undefined;
  const prepared = loaded?.sheet.spellcasting?.spells.filter((s) => s.prepared && !s.always).map((s) => s.id) ?? [];

  return (
    <dialog ref={dialog} className="sheet-dialog" onClose={onClose} aria-label={loaded ? `${loaded.sheet.name}'s sheet` : 'Character sheet'} data-testid="sheet-dialog">
      <div className="sheet-dialog-bar">
        <button type="button" className="button small secondary" onClick={onClose} data-testid="close-sheet">
          Close
        </button>
      </div>
      {error && <p className="error">{error}</p>}
      {!loaded && !error && <p className="muted">Reading the sheet…</p>}
      {casting && loaded && (
        <CastTarget spell={casting} casterId={characterId} everyone={everyone} onChoose={act} onCancel={() => setCasting(null)} />
      )}
      {levelling && loaded ? (
        <LevelUpFlow sessionId={sessionId} characterId={characterId} prepared={prepared} onCancel={() => setLevelling(false)} onDone={() => { setLevelling(false); void load(); }} />
      ) : (
        loaded && (
          <CharacterSheet
            sheet={loaded.sheet}
            portraitAssetId={loaded.portraitAssetId}
            actions={actions}
            progress={
              loaded.mayLevelUp ? (
                <button type="button" className="button" onClick={() => setLevelling(true)} data-testid="level-up-open">
                  Level up to {loaded.sheet.level + 1}
                </button>
              ) : null
            }
          />
        )
      )}
    </dialog>
  );
}

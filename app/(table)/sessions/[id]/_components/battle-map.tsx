'use client';

import { useMemo } from 'react';
import { CELL_PX } from '@/lib/generator/battle-svg/draw-battle-map';
import { drawSceneMap } from '@/lib/generator/scene-map';
import type { RulesState } from '@/lib/rules/state';

type Token = { id: string; name: string; x: number; y: number; side: 'party' | 'hostile' | 'ally'; down: boolean };

function tokensOf(state: RulesState): Token[] {
  const placed = [
    ...state.party.map((c) => ({ c, side: 'party' as const })),
    ...state.creatures.map((c) => ({ c, side: c.hostile ? ('hostile' as const) : ('ally' as const) })),
  ];
  return placed.flatMap(({ c, side }) =>
    c.position ? [{ id: c.id, name: c.name, x: c.position.x, y: c.position.y, side, down: c.dead || c.hp === 0 }] : [],
  );
}

const tokenColour = { party: '#d9a441', hostile: '#c0503c', ally: '#6fa8c8' } as const;

/** The scene's battle map with a token for everyone on it; the one whose turn it is wears a ring. */
export function BattleMap({ state }: { state: RulesState }) {
  const grid = state.grid;
  const svg = useMemo(
    () => (grid ? drawSceneMap(state.scene, grid) : null),
    // The picture depends on the place and its squares only, not on who stands where.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state.scene.locationId, state.scene.mapStyle, grid],
  );
  if (!grid || !svg) return null;
  const current = state.combat?.order[state.combat.turnIndex]?.id;
  const width = grid.width * CELL_PX;
  const height = grid.height * CELL_PX;
  return (
    <section className="battle-map" aria-label={`Battle map of ${state.scene.title}`} data-testid="battle-map">
      {/* At most about half the screen high, keeping the map's proportions. */}
      <div className="battle-map-frame" style={{ aspectRatio: `${width} / ${height}`, maxWidth: `calc(46vh * ${(width / height).toFixed(3)})` }}>
        {state.scene.mapArt && (
          // A painting shows the place; the drawing over it, faint, still shows the squares the rules use.
          <img className="battle-map-painting" src={`/api/assets/${state.scene.mapArt}`} alt="" data-testid="battle-map-painting" />
        )}
        <div className={state.scene.mapArt ? 'battle-map-art over-painting' : 'battle-map-art'} dangerouslySetInnerHTML={{ __html: svg }} />
        <svg className="battle-map-tokens" viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
          {tokensOf(state).map((t) => (
            <g key={t.id} data-testid="map-token" data-id={t.id} data-side={t.side} transform={`translate(${t.x * CELL_PX + CELL_PX / 2} ${t.y * CELL_PX + CELL_PX / 2})`}>
              {t.id === current && <circle r={CELL_PX * 0.48} fill="none" stroke="#fff4cc" strokeWidth={3} />}
              <circle r={CELL_PX * 0.38} fill={t.down ? '#5b534a' : tokenColour[t.side]} stroke="#1b1408" strokeWidth={2} />
              <text textAnchor="middle" dy="0.35em" fontSize={CELL_PX * 0.36} fontWeight="bold" fill="#1b1408">
                {t.name.replace(/^(Brother|Sister|Captain|Old)\s+/, '').slice(0, 2)}
              </text>
              <title>{t.name}</title>
            </g>
          ))}
        </svg>
      </div>
    </section>
  );
}

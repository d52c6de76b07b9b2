import type { SheetView } from '@/lib/characters/sheet-view';
import { signedNumber } from '@/lib/characters/labels';
import './sheet.css';

/** The numbers a player looks at most: armour, hit points and hit dice, speed, initiative, proficiency, perception. */
export function SheetStats({ sheet }: { sheet: SheetView }) {
  const stats: Array<[string, string, string]> = [
    ['AC', String(sheet.ac), 'ac'],
    ['HP', `${sheet.hp}/${sheet.maxHp}${sheet.tempHp ? ` +${sheet.tempHp}` : ''}`, 'hp'],
    ['Hit dice', `${sheet.hitDice.left}/${sheet.hitDice.total} ${sheet.hitDice.die}`, 'hit-dice'],
    ['Speed', `${sheet.speed} ft`, 'speed'],
    ['Initiative', signedNumber(sheet.initiative), 'initiative'],
    ['Proficiency', signedNumber(sheet.proficiencyBonus), 'proficiency'],
    ['Passive Perception', String(sheet.passivePerception), 'passive-perception'],
  ];
  return (
    <dl className="sheet-stats">
      {stats.map(([label, value, id]) => (
        <div key={id} className="sheet-stat" data-testid={`stat-${id}`}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

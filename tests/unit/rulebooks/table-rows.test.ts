import { describe, expect, it } from 'vitest';
import { namedRowsFirst, tableRowNames } from '@/lib/rulebooks/table-rows';

describe('tableRowNames', () => {
  it('names the rows of a table by their first cells, not its head', () => {
    const text = [
      'Item\tCost\tDamage\tWeight\tProperties',
      'Martial Melee Weapons',
      'Crossbow, light\t25 gp\t1d8 piercing\t5 lb.\tAmmunition (range 80/320), loading',
      'Greataxe\t30 gp\t1d12 slashing\t7 lb.\tHeavy, two-handed',
      'Net\t1 gp\t—\t3 lb.\tSpecial, thrown (range 5/15)',
    ].join('\n');
    expect(tableRowNames(text)).toEqual(['Crossbow, light', 'Greataxe', 'Net']);
  });

  it('leaves out rows named by a number, a head of ordinals, and prose', () => {
    const text = [
      'Level\tProficiency Bonus\tFeatures\t1st\t2nd',
      '1st\t+2\tSpellcasting\t2\t—',
      'd8\tTrait\tDescription',
      '1\tI idolize a hero\tof my faith.',
      'When\tyou\tstrike 2 foes',
    ].join('\n');
    expect(tableRowNames(text)).toEqual([]);
  });

  it('takes one such line alone for a list entry’s title, not a table', () => {
    expect(tableRowNames('Bless\tLevel 1\tOngoing\n\nYour deity smiles upon a combatant of your choice.')).toEqual([]);
  });

  it('puts the rows a question spells out first, after the table’s head, and leaves other text as it was', () => {
    const table = ['Name\tCost\tDamage', 'Club\t1 sp\t1d4 bludgeoning', 'Dagger\t2 gp\t1d4 piercing', 'Greataxe\t30 gp\t1d12 slashing'].join('\n');
    expect(namedRowsFirst(table, 'How much damage does a greataxe do?').split('\n')).toEqual([
      'Name\tCost\tDamage',
      'Greataxe\t30 gp\t1d12 slashing',
      'Club\t1 sp\t1d4 bludgeoning',
      'Dagger\t2 gp\t1d4 piercing',
    ]);
    expect(namedRowsFirst(table, 'what do the greataxes of giants do')).toBe(table);
    const prose = 'Greataxe. A giant swings it.\nIt hits hard.';
    expect(namedRowsFirst(prose, 'greataxe damage')).toBe(prose);
  });
});

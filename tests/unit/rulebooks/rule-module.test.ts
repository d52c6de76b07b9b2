import { beforeAll, describe, expect, it } from 'vitest';
import { extractPdf } from '@/lib/rulebooks/extract';
import { buildRuleModule } from '@/lib/rulebooks/rule-module';
import { ruleVocabulary } from '@/lib/rulebooks/rule-vocabulary';
import { analyseStructure } from '@/lib/rulebooks/structure';
import type { RulebookSection, RulebookStructure } from '@/lib/rulebooks/types';
import { knownPassages, rulebookPdf } from '@/scripts/fixtures/rulebook-pdf';

function structureOf(sections: Array<Pick<RulebookSection, 'title' | 'text'> & Partial<RulebookSection>>): RulebookStructure {
  return {
    title: 'Test',
    pageCount: 10,
    source: 'outline',
    sections: sections.map((s, i) => ({
      id: `s-${i}`,
      kind: 'section',
      depth: 1,
      parentId: null,
      pageStart: i + 1,
      pageEnd: i + 1,
      pageOffsets: [{ page: i + 1, offset: 0 }],
      ...s,
    })),
  };
}

describe('buildRuleModule on the fixture rulebook', () => {
  let fromOutline: RulebookStructure;
  let fromLayout: RulebookStructure;
  const idOf = (structure: RulebookStructure, title: string) => structure.sections.find((s) => s.title === title)!.id;

  beforeAll(async () => {
    fromOutline = analyseStructure(await extractPdf(new Uint8Array(await rulebookPdf({ outline: true }))));
    fromLayout = analyseStructure(await extractPdf(new Uint8Array(await rulebookPdf({ outline: false }))));
  });

  it.each(['outline', 'layout'] as const)('finds the defined conditions with their first sentence and page (%s)', (source) => {
    const module = buildRuleModule(source === 'outline' ? fromOutline : fromLayout, null, ruleVocabulary());
    expect(module.conditions).toEqual([
      { name: 'Grappled', summary: "A grappled creature's speed becomes 0, and it can't benefit from any bonus to its speed.", page: 3 },
      { name: 'Poisoned', summary: 'A poisoned creature has disadvantage on attack rolls and ability checks.', page: 3 },
      {
        name: 'Prone',
        summary: 'A prone creature can only crawl unless it stands up, and melee attack rolls against it have advantage.',
        page: 3,
      },
    ]);
  });

  it('finds the actions the text uses, with the sentence that uses them', () => {
    const module = buildRuleModule(fromOutline, null, ruleVocabulary());
    const attack = knownPassages.find((p) => p.text.includes('Attack action'))!;
    expect(module.actions).toEqual([
      { name: 'Attack', summary: attack.text, page: attack.page },
      {
        name: 'Cast a Spell',
        summary: 'When a character casts a spell, they use the Cast a Spell action unless the spell has a casting time of a bonus action or a reaction.',
        page: 5,
      },
    ]);
  });

  it('lists the damage types, abilities and skills the text names', () => {
    const module = buildRuleModule(fromOutline, null, ruleVocabulary());
    // The table's "1d4 bludgeoning" is not "bludgeoning damage"; the text names it too.
    expect(module.damageTypes).toEqual(['bludgeoning', 'fire', 'piercing', 'slashing']);
    expect(module.abilities).toEqual(['Strength', 'Dexterity', 'Intelligence', 'Wisdom']);
    expect(module.skills).toEqual(['Perception', 'Stealth']);
  });

  it('reports only what the chosen sections say', () => {
    const magic = buildRuleModule(fromOutline, new Set([idOf(fromOutline, 'Magic')]), ruleVocabulary());
    expect(magic).toEqual({
      conditions: [],
      actions: [expect.objectContaining({ name: 'Cast a Spell', page: 5 })],
      abilities: ['Intelligence'],
      skills: [],
      damageTypes: ['fire'],
    });
    const attack = buildRuleModule(fromOutline, new Set([idOf(fromOutline, 'Making an Attack')]), ruleVocabulary());
    expect(attack.damageTypes).toEqual(['bludgeoning', 'piercing', 'slashing']);
    expect(attack.conditions).toEqual([]);
    expect(attack.actions.map((a) => a.name)).toEqual(['Attack']);
  });
});

describe('buildRuleModule vocabularies', () => {
  it('reads damage types in lists before "damage", not the words alone', () => {
    const module = buildRuleModule(
      structureOf([{ title: 'Breath', text: 'It deals acid, cold, or thunder damage. A fire burns in the hearth and a cold wind blows.' }]),
      null,
      ruleVocabulary(),
    );
    expect(module.damageTypes).toEqual(['acid', 'cold', 'thunder']);
  });

  it('takes a capitalised skill inside a sentence, not a word at a sentence start', () => {
    const module = buildRuleModule(
      structureOf([{ title: 'Checks', text: 'Nature is wild. Make a Wisdom (Insight) check, then an Athletics check. History repeats.' }]),
      null,
      ruleVocabulary(),
    );
    expect(module.skills).toEqual(['Athletics', 'Insight']);
    expect(module.abilities).toEqual(['Wisdom']);
  });

  it('takes a definition that reads like its kind: "Hide" the action, not the armour', () => {
    const module = buildRuleModule(
      structureOf([
        { title: 'Hide', text: 'Hide. This crude armor consists of thick furs and pelts.' },
        { title: 'Hide', text: 'When you take the Hide action, you try to conceal yourself.' },
      ]),
      null,
      ruleVocabulary(),
    );
    expect(module.actions).toEqual([{ name: 'Hide', summary: 'When you take the Hide action, you try to conceal yourself.', page: 2 }]);
  });

  it('reads run-in definitions and bulleted definitions under a titled section', () => {
    const module = buildRuleModule(
      structureOf([
        { title: 'Blinded', text: '• A blinded creature can’t see.\n• It fails checks that need sight.' },
        {
          title: 'Appendix',
          text: 'Some rules.\n\nStunned. A stunned creature is incapacitated. It can’t move.',
          pageStart: 7,
          pageEnd: 8,
          pageOffsets: [
            { page: 7, offset: 0 },
            { page: 8, offset: 10 },
          ],
        },
      ]),
      null,
      ruleVocabulary(),
    );
    expect(module.conditions).toEqual([
      { name: 'Blinded', summary: 'A blinded creature can’t see.', page: 1 },
      { name: 'Stunned', summary: 'A stunned creature is incapacitated.', page: 8 },
    ]);
  });

  it('reports nothing for a book of another system', () => {
    const module = buildRuleModule(structureOf([{ title: 'Moves', text: 'When you defy danger, roll+DEX. On a 10+, you do it.' }]), null, ruleVocabulary());
    expect(module).toEqual({ conditions: [], actions: [], abilities: [], skills: [], damageTypes: [] });
  });
});

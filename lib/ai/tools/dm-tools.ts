import type { RuleCitation } from '@/lib/rules/session-log';
import type { Arrival, TableResolver } from '@/lib/rules/table-resolver';
import { createAbilityCheckTool } from './ability-check';
import { createAttackTool } from './attack';
import { createCastSpellTool } from './cast-spell';
import { createDodgeTool, createEndCombatTool, createEndTurnTool, createStartCombatTool } from './combat';
import { createDashTool, createDisengageTool } from './combat-actions';
import { createAttuneTool, createEquipTool, createUnequipTool } from './equip';
import { createGiveTool } from './give';
import { createHelpTool } from './help';
import { createEscapeGrappleTool, createGrappleTool, createShoveTool } from './grapple';
import { createIntroduceNpcTool } from './introduce-npc';
import type { RulebookSearch } from '@/lib/rules/reference';
import { createLookUpRuleTool } from './look-up-rule';
import { createLootTool } from './loot';
import { createMonsterActionTool } from './monster-action';
import { createMoveTool } from './move';
import { createOffHandAttackTool } from './off-hand-attack';
import { createOpportunityAttackTool } from './opportunity-attack';
import { createDropProneTool, createStandUpTool } from './prone';
import { createRestTool } from './rest';
import { createStabilizeTool } from './stabilize';
import { createBuyTool, createSellTool } from './trade';
import { createEnterLocationTool } from './travel';
import { createUseObjectTool } from './use-object';
import { createTriggerHazardTool } from './trigger-hazard';
import { createUseFeatureTool } from './use-feature';
import { createUseItemTool } from './use-item';

/**
 * Every tool the DM acts through, bound to this turn's resolver. Their input
 * schemas live at module scope, wrapped in `zodSchema`, which converts each to
 * JSON Schema once and keeps it: a schema built per turn costs that
 * conversion again at every step of every turn.
 */
export function dmTools(deps: {
  resolver: TableResolver;
  cite: (citation: RuleCitation) => void;
  arrivalFor: (locationId: string) => Arrival | null;
  searchRulebooks?: RulebookSearch;
}) {
  const { resolver } = deps;
  return {
    ability_check: createAbilityCheckTool({ resolver }),
    attack: createAttackTool({ resolver }),
    start_combat: createStartCombatTool({ resolver }),
    end_combat: createEndCombatTool({ resolver }),
    end_turn: createEndTurnTool({ resolver }),
    off_hand_attack: createOffHandAttackTool({ resolver }),
    opportunity_attack: createOpportunityAttackTool({ resolver }),
    monster_action: createMonsterActionTool({ resolver }),
    grapple: createGrappleTool({ resolver }),
    shove: createShoveTool({ resolver }),
    escape_grapple: createEscapeGrappleTool({ resolver }),
    dodge: createDodgeTool({ resolver }),
    dash: createDashTool({ resolver }),
    disengage: createDisengageTool({ resolver }),
    help: createHelpTool({ resolver }),
    move: createMoveTool({ resolver }),
    drop_prone: createDropProneTool({ resolver }),
    stand_up: createStandUpTool({ resolver }),
    cast_spell: createCastSpellTool({ resolver }),
    rest: createRestTool({ resolver }),
    use_feature: createUseFeatureTool({ resolver }),
    trigger_hazard: createTriggerHazardTool({ resolver }),
    stabilize: createStabilizeTool({ resolver }),
    use_item: createUseItemTool({ resolver }),
    loot: createLootTool({ resolver }),
    use_object: createUseObjectTool({ resolver }),
    buy: createBuyTool({ resolver }),
    sell: createSellTool({ resolver }),
    give: createGiveTool({ resolver }),
    equip: createEquipTool({ resolver }),
    unequip: createUnequipTool({ resolver }),
    attune: createAttuneTool({ resolver }),
    look_up_rule: createLookUpRuleTool({ cite: deps.cite, search: deps.searchRulebooks }),
    enter_location: createEnterLocationTool({ resolver, arrivalFor: deps.arrivalFor }),
    introduce_npc: createIntroduceNpcTool({ resolver }),
  };
}

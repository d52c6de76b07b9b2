/**
 * The house's dependency rules, checked by `npm test` (`npm run check:architecture`).
 * docs/architecture.md gives the same floors in words: a module imports only
 * from its own floor or the floors below it.
 */

/** The floors, top first; each is a list of path patterns. */
const floors = [
  ['^app/', '^proxy\\.ts$'],
  ['^lib/http/'],
  ['^lib/runtime/'],
  ['^lib/table/', '^lib/campaigns/(drafts|draft-reply-stream|draft-reply|draft-save|catalogue|end-session|continue-campaign|campaign-facts|campaign-page)\\.ts$', '^lib/rulebooks/imports/', '^lib/rulebooks/rule-systems\\.ts$', '^lib/ops/', '^lib/characters/(portrait|player-characters)\\.ts$'],
  ['^lib/agents/', '^lib/realtime/'],
  ['^machines/'],
  // The schemas the queries store (a rulebook's parts, a campaign, a draft, a fact) sit on the bottom floor, so their wings leave them out.
  ['^lib/ai/', '^lib/memory/(?!types\\.ts$)', '^lib/generator/', '^lib/rulebooks/(?!types\\.ts$|content/schema\\.ts$)', '^lib/characters/', '^lib/campaigns/(?!(campaign|draft)\\.ts$)', '^lib/auth/', '^lib/telemetry/'],
  ['^lib/db/', '^lib/bus/', '^lib/assets/', '^lib/messages/'],
  ['^lib/rules/', '^lib/config\\.ts$', '^lib/errors\\.ts$', '^lib/rulebooks/types\\.ts$', '^lib/rulebooks/content/schema\\.ts$', '^lib/campaigns/(campaign|draft)\\.ts$', '^lib/memory/types\\.ts$'],
];

/** A module's floor is the first (highest) whose patterns it matches. */
const floorPath = (i) => floors[i].join('|');
const higherThan = (i) => floors.slice(0, i).flat().join('|');
const claimedAbove = (i) => floors.slice(0, i).flat();

const upward = floors.slice(1).map((_, k) => {
  const i = k + 1;
  const above = claimedAbove(i);
  return {
    name: `floor-${i}-imports-upward`,
    comment: `Floor ${i} (${floors[i].join(', ')}) imports only from its own floor or those below (docs/architecture.md)`,
    severity: 'error',
    from: { path: floorPath(i), pathNot: above.length ? above.join('|') : undefined },
    to: { path: higherThan(i) },
  };
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import circles: types come from the module that owns them',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'app-reaches-queries',
      comment: 'Routes and pages call services, never the database queries',
      severity: 'error',
      from: { path: '^app/' },
      to: { path: '^lib/db/queries/' },
    },
    {
      name: 'lib-imports-app',
      severity: 'error',
      from: { path: '^(lib|machines)/' },
      to: { path: '^app/' },
    },
    {
      name: 'machine-does-io',
      comment: 'Machines are pure: I/O reaches them as invoked actors their host provides',
      severity: 'error',
      from: { path: '^machines/' },
      to: { path: '^lib/(db|bus|realtime|assets|runtime|table|http)/|^node:(fs|net|http|child_process)|^(fs|net|http|child_process)$' },
    },
    {
      name: 'vendor-outside-ai',
      comment: 'Only lib/ai talks to model vendors (their provider packages); the interfaces, test models and the chat hook are not vendors',
      severity: 'error',
      from: { pathNot: '^lib/ai/' },
      to: { path: '(^|/)node_modules/@ai-sdk/(?!provider/|provider-utils/|react/)' },
    },
    {
      name: 'model-calls-outside-ai',
      comment: 'Only lib/ai calls models (generateText, streamText, embed, generateImage...): the rest of lib and the machines take only types from the ai package',
      severity: 'error',
      from: { path: '^(lib|machines)/', pathNot: '^lib/ai/' },
      to: { path: '(^|/)node_modules/ai/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'scripts-import-tests',
      severity: 'error',
      from: { path: '^scripts/' },
      to: { path: '^tests/' },
    },
    ...upward,
  ],
  options: {
    // Tests are not cruised, but stay visible as the end of an import so scripts-import-tests can see one.
    doNotFollow: { path: '(^|/)node_modules/|^tests/' },
    // node_modules stays in the graph (not followed) so the vendor and model-call rules see imports of it.
    exclude: { path: '^(\\.next|supabase)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};

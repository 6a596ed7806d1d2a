/**
 * Import rules (../shared/STYLE.md §1): site → machines → src/dmp; src/mocks → src/world, src/dmp;
 * src/scenario → machines, src/world, src/dmp, and src/mocks through its in-process API only
 * (`src/mocks/handlers/index.ts`, for `run --http` and `check`) and the API's spellings of the
 * values it sends (`src/mocks/wire-values.ts`, decision 050); src/world (the one world format)
 * → src/dmp and Zod. The domain core imports no framework, and nothing imports site/.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'dmp-core-is-pure',
      comment: 'src/dmp is the pure domain core: no framework, no UI, no HTTP, no YAML.',
      severity: 'error',
      from: { path: '^src/dmp/' },
      to: {
        path: 'node_modules/(xstate|@xstate|msw|astro|@astrojs|preact|yaml|pagefind)/',
      },
    },
    {
      name: 'dmp-core-imports-inward-only',
      comment:
        'src/dmp does not import machines, site, mocks, the scenario engine or the world format.',
      severity: 'error',
      from: { path: '^src/dmp/' },
      to: { path: '^(machines|site|src/mocks|src/scenario|src/world)/' },
    },
    {
      name: 'world-format-uses-the-core-only',
      comment:
        'src/world (the world format shared by scenarios and the training API) imports the core and Zod only.',
      severity: 'error',
      from: { path: '^src/world/' },
      to: {
        path: '^(site|machines|src/mocks|src/scenario|src/lms|src/parcours|src/server)/|node_modules/(xstate|@xstate|msw|astro|@astrojs|preact|yaml|pagefind)/',
      },
    },
    {
      name: 'nothing-imports-site',
      comment: 'site/ is the outermost layer: only its own files and the tests (test/) import it.',
      severity: 'error',
      from: { pathNot: '^(site|test)/' },
      to: { path: '^site/' },
    },
    {
      name: 'machines-use-the-core-only',
      comment: 'machines depend on src/dmp, never on the site, the mocks or the scenario engine.',
      severity: 'error',
      from: { path: '^machines/' },
      to: { path: '^(site|src/mocks|src/scenario|src/world)/' },
    },
    {
      name: 'mocks-use-the-core-only',
      comment:
        'The simulated API (src/mocks) serves the core (and reads the world format of src/world): it never imports machines, the scenario engine or the site.',
      severity: 'error',
      from: { path: '^src/mocks/' },
      to: { path: '^(site|machines|src/scenario)/' },
    },
    {
      name: 'scenario-reaches-the-api-through-its-handlers',
      comment:
        'The scenario engine plays over HTTP in process through the handlers entry only, and reads the API spellings of the values it sends from wire-values.ts.',
      severity: 'error',
      from: { path: '^src/scenario/' },
      to: { path: '^src/mocks/', pathNot: '^src/mocks/(handlers/index|wire-values)\\.ts$' },
    },
    {
      name: 'scenario-folders-through-their-index',
      comment:
        'A folder of src/scenario/ (actions/, check/, engine/, format/…; decisions 048, 049, 053) is imported through its entries only from outside it (site/, test/, scripts/, the flat files of src/scenario/): its index.ts, and for format/ also base.ts (below actions/) and kinds.ts (zod-free, for the player).',
      severity: 'error',
      from: { pathNot: '^src/scenario/[^/]+/' },
      to: {
        path: '^src/scenario/[^/]+/',
        pathNot: ['^src/scenario/[^/]+/index\\.ts$', '^src/scenario/format/(base|kinds)\\.ts$'],
      },
    },
    {
      name: 'scenario-folders-import-each-other-through-their-index',
      comment:
        "Between two folders of src/scenario/, the same rule: only the other folder's entries (index.ts; format/base.ts, format/kinds.ts) (decisions 049, 053).",
      severity: 'error',
      from: { path: '^src/scenario/([^/]+)/' },
      to: {
        path: '^src/scenario/[^/]+/',
        pathNot: [
          '^src/scenario/$1/',
          '^src/scenario/[^/]+/index\\.ts$',
          '^src/scenario/format/(base|kinds)\\.ts$',
        ],
      },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|\\.astro)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};

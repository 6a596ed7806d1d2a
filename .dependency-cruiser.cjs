/**
 * Import rules (../shared/STYLE.md §1): site → machines → src/dmp; src/mocks → src/dmp;
 * src/scenario → machines, src/dmp. The domain core imports no framework, and nothing imports site/.
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
      comment: 'src/dmp does not import machines, site, mocks or the scenario engine.',
      severity: 'error',
      from: { path: '^src/dmp/' },
      to: { path: '^(machines|site|src/mocks|src/scenario)/' },
    },
    {
      name: 'nothing-imports-site',
      comment: 'site/ is the outermost layer.',
      severity: 'error',
      from: { pathNot: '^site/' },
      to: { path: '^site/' },
    },
    {
      name: 'machines-use-the-core-only',
      comment: 'machines depend on src/dmp, never on the site, the mocks or the scenario engine.',
      severity: 'error',
      from: { path: '^machines/' },
      to: { path: '^(site|src/mocks|src/scenario)/' },
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

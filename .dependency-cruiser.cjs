/**
 * The layering of Product Lens, checked by `npm run lint` (`depcruise src dev test static`).
 * Paths are relative to the repository root.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment:
        'src/domain holds the figures (workload, velocity, rollups) as pure functions of issue snapshots, so they are unit-tested ' +
        'without Jira and give the same answer in Forge, the CLI and the browser. It may use other domain files, src/shared, ' +
        'date-fns, @date-fns/tz and zod; never node: modules, @forge/*, or the layers that do I/O (src/jira, src/storage, ' +
        'src/services, src/resolvers). Its tests may also use the builders in test/builders.ts.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: {
        pathNot: [
          '^src/domain/',
          '^src/shared/',
          '^node_modules/(date-fns|@date-fns/tz|zod)/',
          // Only the unit tests, for their snapshot builders (type imports of src/domain themselves).
          '^test/builders\\.ts$',
        ],
      },
    },
    {
      name: 'domain-builders-only-in-tests',
      comment: 'test/builders.ts is test scaffolding: domain code itself must not depend on it, only its *.test.ts files.',
      severity: 'error',
      from: { path: '^src/domain/', pathNot: '\\.test\\.ts$' },
      to: { path: '^test/' },
    },
    {
      name: 'shared-is-pure',
      comment:
        'src/shared is the contract between the resolvers and the browser surfaces (static/ bundles it), and the domain builds on ' +
        'it: it may use only itself, zod and date-fns, so neither the browser bundle nor the domain pulls in I/O through it.',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { pathNot: ['^src/shared/', '^node_modules/(date-fns|@date-fns/tz|zod)/'] },
    },
    {
      name: 'src-never-imports-dev',
      comment:
        'dev/ is the local tooling (the Jira site emulator, the demo generator, the build, the benchmark); it is not deployed. ' +
        'Code in src/ is what Forge runs, so it must work without it. Dev entry points may wire dev/ into src/ code, not the reverse.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^dev/' },
    },
    {
      name: 'static-imports-only-shared-from-src',
      comment:
        'static/ is bundled for the browser and talks to the backend through @forge/bridge resolvers only: from src/ it may use ' +
        "the shared contract (src/shared), never the resolvers, Jira client or storage that run in Forge's Node.js runtime.",
      severity: 'error',
      from: { path: '^static/' },
      to: { path: '^src/', pathNot: '^src/shared/' },
    },
    {
      name: 'static-never-imports-dev',
      comment: 'The browser surfaces are deployed to Forge; dev/ tooling (the local site, the bridge stand-in) must stay out of their bundles.',
      severity: 'error',
      from: { path: '^static/' },
      to: { path: '^dev/' },
    },
    {
      name: 'no-circular-in-src',
      comment:
        'A cycle in src/ makes the load order decide which module sees the other half-initialised, and it blurs the layering ' +
        'above (domain below services below resolvers); break it by moving the shared part down a layer.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^static/[^/]+/build/', '^coverage/', '^test-results/'] },
    // Type-only imports count: a domain file that imports a type from src/jira depends on it all the same.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.cjs', '.mjs', '.json', '.d.ts'],
    },
    moduleSystems: ['cjs', 'es6'],
  },
};

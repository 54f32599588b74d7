/**
 * The dependency rules `npm test` checks (npm run -s deps): no import cycle anywhere in src/, type
 * imports included; the core in stage order, each stage importing only the stages before it
 * (shared text utilities and language data at the bottom, orchestration in pipeline/, what the
 * reader and a one-file reader need of it at the top); the core never importing the app or the
 * CLI, nor the two each other.
 */
const STAGES = [
  ['text', '^src/core/(text/|zod[.]ts$|limits[.]ts$)'],
  ['model', '^src/core/(model|model-[a-z]+|built-document-shape)[.]ts$'],
  ['normalize', '^src/core/normalize/'],
  ['segment', '^src/core/segment/'],
  ['sources', '^src/core/sources/'],
  ['align', '^src/core/align/'],
  ['variants', '^src/core/variants/'],
  ['glossary', '^src/core/glossary/'],
  ['pipeline', '^src/core/pipeline/'],
  ['project', '^src/core/project/'],
  ['export', '^src/core/export/'],
  ['reader', '^src/core/reader/'],
  ['publish', '^src/core/publish/'],
];

const stageOrder = STAGES.flatMap(([name, path], i) =>
  STAGES.slice(i + 1).map(([later, laterPath]) => ({
    name: `core-stage-order`,
    comment: `${name} is an earlier stage than ${later}: it may not import it`,
    severity: 'error',
    from: { path },
    to: { path: laterPath },
  })),
);

module.exports = {
  forbidden: [
    { name: 'no-circular', comment: 'an import cycle (type imports count)', severity: 'error', from: { path: '^src/' }, to: { circular: true } },
    {
      name: 'core-stage-unknown',
      comment: 'every core module belongs to a stage: add its folder to STAGES in .dependency-cruiser.cjs',
      severity: 'error',
      from: { path: '^src/core/', pathNot: STAGES.map(([, path]) => path) },
      to: {},
    },
    ...stageOrder,
    { name: 'core-is-pure', comment: 'the core imports neither the app nor the CLI', severity: 'error', from: { path: '^src/core/' }, to: { path: '^src/(app|cli)/' } },
    { name: 'core-no-node', comment: 'the core runs in the browser too: no node: built-ins', severity: 'error', from: { path: '^src/core/' }, to: { dependencyTypes: ['core'] } },
    { name: 'app-not-cli', severity: 'error', from: { path: '^src/app/' }, to: { path: '^src/cli/' } },
    { name: 'cli-not-app', severity: 'error', from: { path: '^src/cli/' }, to: { path: '^src/app/' } },
    { name: 'not-to-unresolvable', severity: 'error', from: { path: '^src/' }, to: { couldNotResolve: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], mainFields: ['module', 'main', 'types'] },
    exclude: { path: '^(node_modules|dist)' },
  },
};

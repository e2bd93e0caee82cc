/**
 * Mutation testing of the pure decision code: the gates, the approval policy, the prerequisite and health verdicts,
 * duration parsing, command templates, the manifest, the bundle verifier and redaction. Only the unit tests run (ESM jest, as `npm run test:unit`).
 * `npm run test:mutation`; the per-file table is printed and written to reports/mutation/.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  testRunnerNodeArgs: ['--experimental-vm-modules'],
  jest: {
    configFile: 'jest.config.js',
    config: {
      // The unit tests of the mutated modules. (With all of __tests__/unit, Stryker estimated 2 to 4 hours a run at
      // concurrency 1 on this shared two-core machine: the engine and config tests load most of src/ for every mutant.)
      testMatch: [
        '<rootDir>/__tests__/unit/gates.test.ts',
        '<rootDir>/__tests__/unit/prerequisites.test.ts',
        '<rootDir>/__tests__/unit/duration.test.ts',
        '<rootDir>/__tests__/unit/health.test.ts',
        '<rootDir>/__tests__/unit/verdict.test.ts',
        '<rootDir>/__tests__/unit/template.test.ts',
        '<rootDir>/__tests__/unit/manifest.test.ts',
        '<rootDir>/__tests__/unit/verify.test.ts',
        '<rootDir>/__tests__/unit/redact.test.ts',
        '<rootDir>/__tests__/unit/approval-policy.test.ts',
        '<rootDir>/__tests__/unit/github-decisions.test.ts'
      ]
    },
    enableFindRelatedTests: true
  },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/phases/readiness/gate.ts',
    'src/phases/staging/gate.ts',
    'src/phases/production/gate.ts',
    'src/phases/health-window/gate.ts',
    'src/phases/shared/gate.ts',
    'src/phases/readiness/prerequisites.ts',
    'src/core/duration.ts',
    'src/phases/analysis/verdict.ts',
    'src/core/command-template.ts',
    'src/core/manifest.ts',
    'src/adapters/evidence/verify.ts',
    'src/core/redact.ts',
    'src/phases/production/approval-policy.ts'
  ],
  // Other work shares the machine's two cores.
  concurrency: 1,
  timeoutMS: 60000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true
}

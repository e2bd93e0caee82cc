/** Jest runs the TypeScript sources as ESM through swc; type checking is `tsc --noEmit` (npm test runs both). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } }
    ]
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['**/__tests__/**/*.test.ts'],
  // Every sandbox and emulator a test starts is registered, and stopped after the run even when its test timed out.
  globalSetup: '<rootDir>/__tests__/global-setup.ts',
  globalTeardown: '<rootDir>/__tests__/global-teardown.ts',
  // End-to-end tests start real processes and bind loopback ports; run files one at a time on 2 cores.
  maxWorkers: 1,
  testTimeout: 60000
}

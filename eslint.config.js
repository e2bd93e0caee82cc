import globals from 'globals'
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import { importX } from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'

// The house plan (docs/architecture.md): each layer imports only the layers below it. Node's I/O modules, the
// runner's libraries and fetch belong to adapters/ and entry/; the protocol's decisions never touch the world.
const IO_MODULES = [
  {
    name: 'node:fs',
    message: 'Files are I/O: go through a port (src/core/ports.ts) served by src/adapters/.'
  },
  { name: 'node:fs/promises', message: 'Files are I/O: go through a port served by src/adapters/.' },
  { name: 'node:child_process', message: 'Processes are I/O: use the CommandRunner port.' },
  { name: 'fs', message: 'Files are I/O: go through a port served by src/adapters/.' },
  { name: 'child_process', message: 'Processes are I/O: use the CommandRunner port.' }
]
const ACTIONS = { group: ['@actions/*'], message: 'Only src/adapters/ and src/entry/ talk to the runner.' }
const layer = (name, forbidden) => ({
  group: forbidden.map(folder => `**/${folder}/**`),
  message: `src/${name}/ may not import ${forbidden.map(f => `src/${f}/`).join(', ')} (docs/architecture.md).`
})
const noFetch = {
  'no-restricted-globals': [
    'error',
    {
      name: 'fetch',
      message: 'HTTP is I/O: use the HttpClient port (the one HTTP path is src/adapters/http.ts).'
    }
  ]
}
const restrict = (patterns, paths = IO_MODULES) => ({
  'no-restricted-imports': ['error', { paths, patterns }]
})

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'bench/.build/',
      'bench/peers/*/',
      'node_modules/',
      'coverage/',
      'reports/',
      '.stryker-tmp/',
      '**/.artifacts/',
      '**/.state/',
      '**/.release-gate/',
      'reports/',
      '.stryker-tmp/'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } }
  },
  {
    // Scripts and configs are plain JavaScript outside the TypeScript project: no type information to check with.
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: { ...globals.node } }
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
    }
  },
  {
    // Fakes implement async ports synchronously, and tests read evidence JSON loosely to assert on it.
    files: ['__tests__/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/unbound-method': 'off'
    }
  },
  {
    // Written by scripts/generate-types.mjs from the schemas: a union the schema spells that way stays as spelled.
    files: ['src/core/generated/**/*.ts'],
    rules: { '@typescript-eslint/no-redundant-type-constituents': 'off' }
  },
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver()],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/extensions': ['.ts']
    },
    rules: { 'import-x/no-cycle': 'error' }
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      ...noFetch,
      ...restrict([layer('core', ['render', 'phases', 'engine', 'adapters', 'entry']), ACTIONS])
    }
  },
  {
    files: ['src/render/**/*.ts'],
    rules: { ...noFetch, ...restrict([layer('render', ['phases', 'engine', 'adapters', 'entry']), ACTIONS]) }
  },
  {
    files: ['src/phases/**/*.ts'],
    rules: { ...noFetch, ...restrict([layer('phases', ['engine', 'adapters', 'entry']), ACTIONS]) }
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: { ...noFetch, ...restrict([layer('engine', ['adapters', 'entry']), ACTIONS]) }
  },
  {
    files: ['src/adapters/**/*.ts'],
    rules: restrict([layer('adapters', ['render', 'phases', 'engine', 'entry'])], [])
  }
)

// Bundles the action entry and the CLI into dist/ (committed; CI checks it matches a fresh build).
import { build } from 'esbuild'
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
import standaloneCode from 'ajv/dist/standalone/index.js'

// @actions/* are ESM-only but some of their dependencies still call require(); the banner gives them one.
const banner = {
  js: "import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);"
}

/** The key of the draft-07 meta-schema's validator in the table (src/adapters/evidence/schemas.ts looks it up by this). */
const META_SCHEMA_KEY = 'meta:draft-07'

/**
 * The schemas a release validates up to its first command (the config, the ledger and sign-offs, the readiness records,
 * the manifest, a prerequisite's own schema by the draft-07 meta-schema): their validators are the chunk a release
 * loads at its start; every other schema's are a second chunk, loaded while the first command runs.
 */
const START_SCHEMAS = new Set([
  'config.schema.json',
  'release-history.schema.json',
  'stakeholder-signoffs.schema.json',
  'evidence/deployment-readiness-checklist.schema.json',
  'evidence/release-manifest.schema.json',
  'evidence/evidence-manifest.schema.json',
  META_SCHEMA_KEY
])

/**
 * ajv's standalone code for the schemas under schemas/ that `wanted` picks (paths relative to it, and META_SCHEMA_KEY for
 * the draft-07 meta-schema), exported as `precompiledValidators` by that path: what
 * src/adapters/evidence/precompiled-validators.ts (the start chunk) and precompiled-validators-later.ts (the rest) stand
 * for in the bundle. Options as in src/adapters/evidence/schemas.ts.
 */
function precompiledValidatorsModule(wanted) {
  const ajv = new Ajv({
    allErrors: true,
    verbose: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    code: { optimize: false, source: true, esm: true }
  })
  addFormats(ajv)
  const read = path => JSON.parse(readFileSync(`schemas/${path}`, 'utf8'))
  const evidence = readdirSync('schemas/evidence')
    .filter(f => f.endsWith('.schema.json'))
    .sort()
    .map(f => `evidence/${f}`)
  for (const path of evidence) ajv.addSchema(read(path))
  const paths = [
    ...readdirSync('schemas')
      .filter(f => f.endsWith('.schema.json'))
      .sort(),
    ...evidence,
    META_SCHEMA_KEY
  ].filter(wanted)
  const exports = {}
  paths.forEach((path, index) => {
    if (path === META_SCHEMA_KEY) {
      // The meta-schema user schemas (a prerequisite's `schema:`) are checked against before they are compiled.
      exports[`validator${index}`] = 'http://json-schema.org/draft-07/schema'
      return
    }
    const schema = read(path)
    if (!ajv.getSchema(schema.$id)) ajv.addSchema(schema)
    exports[`validator${index}`] = schema.$id
  })
  const table = paths.map((path, index) => `  ${JSON.stringify(path)}: validator${index}`).join(',\n')
  return `${standaloneCode(ajv, exports)}\nexport const precompiledValidators = {\n${table}\n}\n`
}

const precompiledValidators = {
  name: 'precompiled-validators',
  setup(plugin) {
    plugin.onLoad(
      { filter: /[\\/]src[\\/]adapters[\\/]evidence[\\/]precompiled-validators(-later)?\.ts$/ },
      ({ path }) => ({
        contents: precompiledValidatorsModule(schema =>
          path.endsWith('-later.ts') ? !START_SCHEMAS.has(schema) : START_SCHEMAS.has(schema)
        ),
        loader: 'js',
        resolveDir: process.cwd()
      })
    )
  }
}

const { version } = JSON.parse(readFileSync('package.json', 'utf8'))

/**
 * `new Buffer(...)` in the zip reader under @actions/artifact's download (unzip-stream and its helpers) and in the
 * proxy tunnel of @actions/http-client: bundled, Node no longer sees it inside node_modules and prints the DEP0005
 * warning on every download. The same calls, made the way Node recommends: a number allocates zeroed memory,
 * anything else is copied.
 */
const legacyBufferCalls = {
  name: 'legacy-buffer-calls',
  setup(plugin) {
    plugin.onLoad(
      { filter: /[\\/]node_modules[\\/](buffers|binary|unzip-stream|tunnel)[\\/].*\.js$/ },
      ({ path }) => {
        const source = readFileSync(path, 'utf8')
        if (!/\bnew Buffer\(/.test(source)) return undefined
        return {
          contents:
            "const __rgBuffer = (value, encoding) => typeof value === 'number' ? Buffer.alloc(value) : Buffer.from(value, encoding);\n" +
            source.replace(/\bnew Buffer\(/g, '__rgBuffer('),
          loader: 'js'
        }
      }
    )
  }
}

/**
 * @actions/core imports its OIDC client at its top, and with it @actions/http-client and the undici it bundles (most of
 * a megabyte evaluated at start) for `getIDToken` alone, which release-gate does not call at start. Its `core.js`
 * stays the library's own; only its import of `./oidc-utils.js` becomes a stand-in whose `getIDToken` loads the real
 * OIDC client on first use (a dynamic import(): its own chunk).
 */
const lazyOidcClient = {
  name: 'lazy-oidc-client',
  setup(plugin) {
    plugin.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, ({ importer, kind }) =>
      kind === 'import-statement' &&
      /[\\/]node_modules[\\/]@actions[\\/]core[\\/]lib[\\/]core\.js$/.test(importer)
        ? // Relative: the path is printed in the bundle, which must not depend on where the clone is.
          { path: relative(process.cwd(), importer), namespace: 'lazy-oidc-client' }
        : undefined
    )
    plugin.onLoad({ filter: /.*/, namespace: 'lazy-oidc-client' }, ({ path }) => ({
      contents:
        'export class OidcClient {\n' +
        '  static async getIDToken(audience) {\n' +
        "    const { OidcClient } = await import('./oidc-utils.js')\n" +
        '    return OidcClient.getIDToken(audience)\n' +
        '  }\n' +
        '}\n',
      loader: 'js',
      resolveDir: dirname(resolve(path))
    }))
  }
}

const common = {
  bundle: true,
  plugins: [precompiledValidators, legacyBufferCalls, lazyOidcClient],
  platform: 'node',
  // What `release-gate --version` prints (src/entry/cli/version.ts).
  define: { __RELEASE_GATE_VERSION__: JSON.stringify(version) },
  format: 'esm',
  banner,
  legalComments: 'none',
  logLevel: 'warning'
}

// A fresh dist/: chunks are named by content hash, so a stale one would otherwise linger.
rmSync('dist', { recursive: true, force: true })
// The action's main and post steps share chunks, and what only some phases need (the artifact client, attestation)
// is a dynamic import() in its own chunk: a step starts without parsing code it may never run.
await build({
  ...common,
  // action.yml runs the action on node24; the CLI keeps to package.json's engines (node >= 20).
  target: 'node24',
  entryPoints: { index: 'src/index.ts', post: 'src/entry/action/post.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]'
})
await build({
  ...common,
  target: 'node20',
  entryPoints: { cli: 'src/entry/cli/main.ts' },
  outdir: 'dist',
  // Its own chunks (another target than the action's): a command loads what it uses (YAML where it reads a config).
  splitting: true,
  chunkNames: 'cli-chunks/[name]-[hash]',
  banner: { js: '#!/usr/bin/env node\n' + banner.js }
})

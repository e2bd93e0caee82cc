// Bundles the action entry and the CLI into dist/ (committed; CI checks it matches a fresh build).
import { build } from 'esbuild'

// @actions/* are ESM-only but some of their dependencies still call require(); the banner gives them one.
const banner = {
  js: "import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);"
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  banner,
  legalComments: 'none',
  logLevel: 'warning'
}

await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' })
await build({ ...common, entryPoints: ['src/post.ts'], outfile: 'dist/post.js' })
await build({
  ...common,
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.js',
  banner: { js: '#!/usr/bin/env node\n' + banner.js }
})

// Bundles the action entry and the CLI into dist/ (committed; CI checks it matches a fresh build).
import { build } from 'esbuild'
import { rmSync } from 'node:fs'

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

// A fresh dist/: chunks are named by content hash, so a stale one would otherwise linger.
rmSync('dist', { recursive: true, force: true })
// The action's main and post steps share chunks, and what only some phases need (the artifact client, attestation)
// is a dynamic import() in its own chunk: a step starts without parsing code it may never run.
await build({
  ...common,
  entryPoints: { index: 'src/index.ts', post: 'src/post.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]'
})
await build({
  ...common,
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.js',
  banner: { js: '#!/usr/bin/env node\n' + banner.js }
})

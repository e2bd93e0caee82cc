// `npm run bench`: bundles the TypeScript benchmarks (bench/*.ts, which reuse the test emulators and the demo
// sandbox) with esbuild into bench/.build/ and runs them against the committed dist/. Flags pass through:
// `npm run bench -- --quick` for fewer repetitions and a shorter probe window.
import { build } from 'esbuild'
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = dirname(dirname(fileURLToPath(import.meta.url)))
const out = join(repo, 'bench', '.build')

if (!['index.js', 'post.js', 'cli.js'].every(f => existsSync(join(repo, 'dist', f)))) {
  const built = spawnSync(process.execPath, [join(repo, 'scripts', 'build.mjs')], {
    stdio: 'inherit',
    cwd: repo
  })
  if (built.status !== 0) process.exit(built.status ?? 1)
}
mkdirSync(out, { recursive: true })
// The bundle sits two levels under the repository, like the test helpers it inlines, so their
// `new URL('../..', import.meta.url)` still finds the repository; the emulator reads its OpenAPI subset next to itself.
copyFileSync(
  join(repo, '__tests__', 'emulators', 'github-openapi-subset.json'),
  join(out, 'github-openapi-subset.json')
)
// The peer actions of the cold-start figure: made once (npm install + esbuild) into bench/peers/, not committed.
const wantsPeers =
  !process.argv.some(a => a.startsWith('--only=')) || process.argv.some(a => /^--only=.*cold-start/.test(a))
if (wantsPeers) {
  const { peerBundles } = await import('./peers/fetch.mjs')
  writeFileSync(join(out, 'peers.json'), JSON.stringify(await peerBundles(), null, 2) + '\n')
}
await build({
  entryPoints: [join(repo, 'bench', 'main.ts')],
  outfile: join(out, 'main.mjs'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning'
})
const result = spawnSync(process.execPath, ['--expose-gc', join(out, 'main.mjs'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: repo
})
process.exit(result.status ?? 1)

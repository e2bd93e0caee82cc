// Prints the release ledger's states and transition table (src/core/ledger.ts) into docs/evidence.md and
// docs/troubleshooting.md, between the ledger-table markers. `--check` only reports drift (exit 1).
import { build } from 'esbuild'
import { readFileSync, writeFileSync } from 'node:fs'

const START = '<!-- ledger-table:start (npm run generate:ledger-docs) -->'
const END = '<!-- ledger-table:end -->'
const DOCS = ['docs/evidence.md', 'docs/troubleshooting.md']

const bundled = await build({
  entryPoints: ['src/core/ledger.ts'],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node'
})
const ledger = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
)
const table = ledger.transitionTableMarkdown()
const check = process.argv.includes('--check')
let drift = false
for (const doc of DOCS) {
  const text = readFileSync(doc, 'utf8')
  const from = text.indexOf(START)
  const to = text.indexOf(END)
  if (from < 0 || to < from) throw new Error(`${doc} has no ${START} ... ${END} block`)
  const next = `${text.slice(0, from + START.length)}\n\n${table}\n${text.slice(to)}`
  if (next === text) continue
  drift = true
  if (!check) writeFileSync(doc, next)
  console.log(`${check ? 'out of date' : 'updated'}: ${doc}`)
}
if (check && drift) process.exit(1)

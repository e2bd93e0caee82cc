// Stands in for Protocols 10 and 7: writes fresh upstream evidence that the demo's readiness phase checks.
// Usage: node upstream/produce-upstream-evidence.mjs [--omit <prerequisite-id>] [--age <hours>]
import { mkdirSync, writeFileSync, utimesSync } from 'node:fs'
import { dirname } from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: { omit: { type: 'string', multiple: true }, age: { type: 'string' } }
})
const omit = new Set(values.omit ?? [])
const when = new Date(Date.now() - Number(values.age ?? 0) * 3_600_000)
const files = {
  'staging-validation': [
    '.artifacts/protocol-10/staging-validation.json',
    { generatedAt: when.toISOString(), suite: 'protocol-10', passed: true }
  ],
  'smoke-tests': [
    '.artifacts/protocol-10/smoke-tests.json',
    { generatedAt: when.toISOString(), tests: 12, failures: 0 }
  ],
  'rollback-rehearsal': [
    '.artifacts/protocol-10/rollback-rehearsal.json',
    { generatedAt: when.toISOString(), rehearsed: true, durationSeconds: 4 }
  ],
  'environment-report': [
    '.artifacts/protocol-7/environment-report.json',
    { checkedAt: when.toISOString(), environment: 'production', status: 'ok' }
  ]
}
for (const [id, [path, content]] of Object.entries(files)) {
  if (omit.has(id)) continue
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, JSON.stringify(content, null, 2) + '\n')
  utimesSync(path, when, when)
}

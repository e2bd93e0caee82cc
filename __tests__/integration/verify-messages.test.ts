import { beforeAll, describe, expect, it } from '@jest/globals'
import { verifyBundleAt } from '../../src/adapters/evidence/verify.js'
import {
  copyBundle,
  editRecorded,
  hostPaths,
  sealedBundle,
  TAMPER_KINDS
} from '../corpus/tampered-bundles.js'

// What `release-gate verify` says about a bundle on disk that was tampered with: each message names the file
// (relative to the bundle), what was expected and what was found, and no path of the machine that checks it.

describe('what verify says about a tampered bundle on disk', () => {
  let pristine: string
  beforeAll(async () => {
    pristine = await sealedBundle()
  })
  const copy = (): { dir: string; outside: string } => copyBundle(pristine)

  it('passes the untouched bundle, a JSON file a command wrote included', async () => {
    const checks = await verifyBundleAt(copy().dir)
    expect(checks.filter(c => !c.passed)).toEqual([])
  })

  it.each(TAMPER_KINDS)(
    '$kind: names the file, what was expected and what was found',
    async ({ tamper, says }) => {
      const { dir, outside } = copy()
      tamper(dir, outside)
      const failed = (await verifyBundleAt(dir)).filter(c => !c.passed)
      const text = failed.map(c => `${c.check}: ${c.detail}`).join('\n')
      for (const words of says) expect(text).toContain(words)
      expect(hostPaths(text, dir)).toEqual([])
    }
  )

  it('shows digest prefixes long enough to differ', async () => {
    const { dir } = copy()
    editRecorded(dir, 'notes.md', recorded => {
      recorded.sha256 = recorded.sha256.slice(0, 20) + recorded.sha256.slice(20).replace(/./g, '0')
    })
    const digests = (await verifyBundleAt(dir)).find(c => c.check === 'file digests')?.detail ?? ''
    const [found, expected] = [...digests.matchAll(/([0-9a-f]+)…/g)].map(m => m[1])
    expect(found).toBeDefined()
    expect(found).not.toBe(expected)
  })
})

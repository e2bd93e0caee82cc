import { spawnSync } from 'node:child_process'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { CLI } from './scratch-workspace.js'
import { copyBundle, hostPaths, sealedBundle, TAMPER_KINDS } from '../corpus/tampered-bundles.js'

// `release-gate verify <dir>` as a user runs it: for each way a bundle on disk was tampered with, the failed check
// names the file, what was expected and what was found, and never a path of the machine that checks it.

describe('release-gate verify on a tampered bundle directory', () => {
  let pristine: string
  beforeAll(async () => {
    pristine = await sealedBundle()
  })

  it('verifies the untouched bundle', () => {
    const run = spawnSync(process.execPath, [CLI, 'verify', copyBundle(pristine).dir], { encoding: 'utf8' })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })

  it.each(TAMPER_KINDS)('$kind: exits 1 and says what it expected and found', ({ tamper, says }) => {
    const { dir, outside } = copyBundle(pristine)
    tamper(dir, outside)
    const run = spawnSync(process.execPath, [CLI, 'verify', dir, '--json'], { encoding: 'utf8' })
    expect(run.status).toBe(1)
    const failed = run.stderr
      .split('\n')
      .filter(line => line.startsWith('✘'))
      .join('\n')
    for (const words of says) expect(failed).toContain(words)
    expect(hostPaths(failed, dir)).toEqual([])
    const json = JSON.parse(run.stdout.trim().split('\n').pop() as string) as {
      checks: { passed: boolean; detail: string }[]
    }
    const details = json.checks.filter(c => !c.passed).map(c => c.detail)
    for (const words of says) expect(details.join('\n')).toContain(words)
  })
})

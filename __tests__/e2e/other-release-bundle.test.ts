import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import type { DemoSandbox } from './demo-sandbox.js'
import { sandboxesFrom } from './sandboxes.js'

// A phase of one release run over another release's bundle (issue 18), through the bundled CLI on the demo: refused
// with an error naming both releases and what to do, and the other release's evidence left byte for byte as it was.
const sandbox = sandboxesFrom(62000)

const APPROVE = ['--approve', 'lee', '--comment', 'ok']

/** Every file of the demo's evidence bundle and its bytes (what a refused phase must leave alone). */
function bundleBytes(box: DemoSandbox): Record<string, string> {
  const dir = join(box.demo, '.artifacts', 'deployment')
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter(entry => entry.isFile())
      .map(entry => {
        const path = join(entry.parentPath, entry.name)
        return [path.slice(dir.length + 1), readFileSync(path, 'base64')]
      })
  )
}

describe("a phase over another release's bundle", () => {
  it.each(['report', 'stabilize'])(
    'refuses `phase %s` of v1.2.0 over the unended bundle of v1.1.0, naming both, touching nothing',
    async phase => {
      const box = sandbox.released()
      // v1.1.0 killed outright in its health window: its bundle has no report, its run has not ended.
      const killed = await box.cliInterrupted(
        ['run', '--tag', 'v1.1.0', ...APPROVE],
        '[PHASE 4 START]',
        'SIGKILL'
      )
      expect(killed.signalled).toBe(true)
      const before = bundleBytes(box)

      const other = await box.cli(['phase', phase, '--tag', 'v1.2.0', ...APPROVE])
      expect({ code: other.code, output: other.output.slice(-2000) }).toMatchObject({ code: 3 })
      expect(other.stderr).toMatch(
        new RegExp(
          `\\[ERROR\\] The evidence bundle in \\S+ belongs to v1\\.1\\.0 \\(run [^)]+\\), whose run has not ended ` +
            `\\(its last sealed phase is production\\); the ${phase} phase of v1\\.2\\.0 will not start\\.`
        )
      )
      expect(other.stderr).toContain('end its run with `release-gate phase report --tag v1.1.0`')
      expect(other.stderr).toContain('`release-gate run --tag v1.2.0`')
      expect(bundleBytes(box)).toEqual(before)
      expect(box.deployed('staging', 'v1.2.0') || box.deployed('production', 'v1.2.0')).toBe(false)

      // v1.1.0's own report still ends its run. Its bundle's manifest, chain and schemas verify; a file the killed
      // health window wrote after production's seal may differ from that seal (the report says so, as it should), and
      // whether it got to write one before the SIGKILL is a race, so file digests are not asserted here.
      const report = await box.cli(['phase', 'report', '--tag', 'v1.1.0'])
      expect(report.output).not.toContain('[ERROR] The evidence bundle')
      const verified = await box.run([
        process.execPath,
        '../../dist/cli.js',
        'verify',
        '.artifacts/deployment',
        '--json'
      ])
      const checks = (
        JSON.parse(verified.stdout.trim().split('\n').pop() as string) as {
          checks: { check: string; passed: boolean }[]
        }
      ).checks
      for (const name of ['manifest', 'hash chain', 'schemas', 'one release', 'protocol order', 'writers'])
        expect(checks.find(c => c.check === name)).toMatchObject({ passed: true })
    },
    120_000
  )
})

import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { scratchWorkspace } from './scratch-workspace.js'

// The package as a user installs it: `npm pack` of this checkout, installed globally into a scratch prefix with no
// network, then run as `release-gate` from directories that have nothing to do with the clone.

const repo = fileURLToPath(new URL('../..', import.meta.url))
const { version } = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string }

/** Runs the installed `release-gate` in `cwd`; the PATH holds only the prefix's bin and node's own folder. */
function installed(bin: string, cwd: string, args: string[]): { code: number | null; out: string } {
  const result = spawnSync(join(bin, 'release-gate'), args, {
    cwd,
    encoding: 'utf8',
    env: { PATH: `${bin}:${join(process.execPath, '..')}:/usr/bin:/bin`, HOME: cwd }
  })
  return { code: result.status, out: `${result.stdout}${result.stderr}` }
}

describe('the installable package', () => {
  it('installs from its npm pack tarball without the registry and runs outside the clone', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'rg-install-'))
    execFileSync('npm', ['pack', '--pack-destination', scratch, '--silent'], { cwd: repo, encoding: 'utf8' })
    const tarball = readdirSync(scratch).find(name => name.endsWith('.tgz'))
    expect(tarball).toBe(`release-gate-${version}.tgz`)
    const prefix = join(scratch, 'prefix')
    // No dependency to fetch: dist/ is self-contained, so --offline installs it.
    execFileSync(
      'npm',
      [
        'install',
        '--global',
        '--prefix',
        prefix,
        '--offline',
        '--no-audit',
        '--no-fund',
        join(scratch, tarball!)
      ],
      { cwd: scratch, encoding: 'utf8' }
    )
    const bin = join(prefix, 'bin')

    expect(installed(bin, scratch, ['--version'])).toEqual({ code: 0, out: `release-gate ${version}\n` })
    expect(installed(bin, scratch, ['-h']).out).toContain('Usage:')

    // A release in a service's own folder, then `verify` of its bundle from somewhere else.
    const service = scratchWorkspace('rg-installed-service-', {
      'release-gate.yml': `version: 1
services:
  api:
    deploy: [node, -e, "0"]
    rollback: [node, -e, "0"]
health:
  window: 1s
  interval: 500ms
  probes:
    - { id: api, command: [node, -e, "0"] }
`
    })
    const release = installed(bin, service, [
      'run',
      '--tag',
      'v1.1.0',
      '--approve',
      'dana',
      '--config',
      'release-gate.yml'
    ])
    expect(release).toMatchObject({ code: 0 })
    const verify = installed(bin, scratch, ['verify', join(service, '.artifacts/deployment')])
    expect(verify.out).toContain('verified')
    expect(verify.code).toBe(0)
  }, 120_000)
})

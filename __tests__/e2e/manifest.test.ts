import { spawnSync } from 'node:child_process'
import { appendFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import { assertValidEvidence } from '../../src/adapters/evidence/store.js'
import { DemoSandbox } from './demo-sandbox.js'

// The release manifest from a real git history: the demo checked into a repository with tags, a breaking change and
// a change to a rollback script, released with the real CLI.

const sandboxes: DemoSandbox[] = []
afterEach(() => {
  for (const box of sandboxes.splice(0)) box.stop()
})

function git(cwd: string, ...args: string[]): void {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`)
}

describe('release manifest', () => {
  it('lists the change set since the previous tag, grouped, with PRs, issues, services and risks', async () => {
    const box = new DemoSandbox(29900)
    sandboxes.push(box)
    box.baseline('v1.0.0')
    box.upstream()
    const repo = box.demo
    git(repo, 'init', '-q', '-b', 'main')
    git(repo, 'config', 'user.name', 'Dana Dev')
    git(repo, 'config', 'user.email', 'dana@example.com')
    appendFileSync(join(repo, '.gitignore'), '.artifacts/\n.release-gate/\n')
    git(repo, 'add', '-A')
    git(repo, 'commit', '-qm', 'chore: the demo as released in v1.0.0')
    git(repo, 'tag', 'v1.0.0')
    appendFileSync(join(repo, 'services', 'backend.mjs'), '// faster greeting\n')
    git(repo, 'commit', '-qam', 'feat(api)!: new greeting format (#21)\n\nFixes #12')
    appendFileSync(join(repo, 'scripts', 'rollback_backend.sh'), '# drain first\n')
    git(repo, 'commit', '-qam', 'fix: drain before rollback (#22)')
    git(repo, 'tag', 'v1.1.0')
    appendFileSync(
      join(repo, 'release-gate.yml'),
      '\nscope:\n  services:\n    backend: [services/backend.mjs]\n    frontend: [services/frontend.mjs]\n'
    )

    const run = await box.cli(['run', '--tag', 'v1.1.0', '--approve', 'e2e'])
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('⚠ risk:')
    const manifest = box.json<{
      changeSet: {
        range: string
        previousTag: string
        pullRequests: number[]
        issues: string[]
        services: string[]
        groups: { breaking: string[]; fixes: string[] }
        risks: { kind: string }[]
      }
    }>('release-manifest.json')
    expect(() => assertValidEvidence('release-manifest.json', manifest)).not.toThrow()
    expect(manifest.changeSet).toMatchObject({
      previousTag: 'v1.0.0',
      range: 'v1.0.0..v1.1.0',
      pullRequests: [21, 22],
      issues: ['#12'],
      services: ['backend']
    })
    expect(manifest.changeSet.groups.breaking).toHaveLength(1)
    expect(manifest.changeSet.groups.fixes).toHaveLength(1)
    expect(manifest.changeSet.risks.map(r => r.kind).sort()).toEqual([
      'breaking-change',
      'rollback-script-changed'
    ])
    const markdown = box.text('release-manifest.md')
    expect(markdown).toContain('Change set: `v1.0.0..v1.1.0` (since v1.0.0)')
    expect(markdown).toMatch(/Breaking changes/)
    expect(markdown).toMatch(/new greeting format/)
    // The release report summarises the scope.
    expect(box.text('DEPLOYMENT-REPORT.md')).toMatch(
      /## Scope\n\n2 commit\(s\) in `v1\.0\.0\.\.v1\.1\.0`; services: backend; pull requests: #21, #22; breaking changes: 1\./
    )
    // Updated with the sign-offs the release collected.
    expect(markdown).toMatch(/\| Production approval \| e2e \| approved \|/)
    expect(markdown).toMatch(/\| UAT \| automated \| automated-pass \|/)
  })
})

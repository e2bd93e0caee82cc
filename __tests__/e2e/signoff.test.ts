import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import { assertValidEvidence } from '../../src/adapters/evidence/store.js'
import type { ReadinessChecklist } from '../../src/core/records/index.js'
import { DemoSandbox } from './demo-sandbox.js'

// Stakeholder sign-offs through the bundled CLI: `release-gate signoff` records them for one tag, the demo release of
// that tag shows them in release-manifest.md and the readiness checklist, the sealed bundle verifies, and a required
// sign-off that is missing (one for another tag does not count) halts the release at Gate 1.

const sandboxes: DemoSandbox[] = []
afterEach(() => {
  for (const box of sandboxes.splice(0)) box.stop()
})

/** The demo with Dana Product's (product owner) sign-off required, v1.0.0 serving production. */
function demoRequiringProductOwner(portBase: number): DemoSandbox {
  const box = new DemoSandbox(portBase)
  sandboxes.push(box)
  const configFile = join(box.demo, 'release-gate.yml')
  const config = readFileSync(configFile, 'utf8')
  const required = config.replace(
    '{ name: Dana Product, role: product owner }',
    '{ name: Dana Product, role: product owner, required: true }'
  )
  expect(required).not.toBe(config)
  writeFileSync(configFile, required)
  box.baseline('v1.0.0')
  box.upstream()
  return box
}

/** `release-gate signoff` in the demo. */
function signoff(box: DemoSandbox, tag: string, role: string, name: string, more: string[] = []) {
  return box.cli(['signoff', '--tag', tag, '--role', role, '--name', name, ...more])
}

describe('release-gate signoff', () => {
  it('records two sign-offs that the release of their tag shows as signed, by whom and when; verify passes', async () => {
    const box = demoRequiringProductOwner(63600)
    const product = await signoff(box, 'v1.1.0', 'product owner', 'Dana Product', [
      '--comment',
      'scope as agreed | no *surprises*',
      '--json'
    ])
    expect(product.code).toBe(0)
    const recorded = JSON.parse(product.stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>
    expect(recorded).toMatchObject({
      command: 'signoff',
      outcome: 'recorded',
      tag: 'v1.1.0',
      role: 'product owner',
      name: 'Dana Product',
      file: join('.release-gate', 'stakeholder-signoffs.json')
    })
    expect((await signoff(box, 'v1.1.0', 'On-call SRE', 'Sam')).code).toBe(0)

    const run = await box.cli(['run', '--tag', 'v1.1.0', '--approve', 'e2e'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(
      `✔ sign-off Dana Product (product owner): signed by Dana Product at ${String(recorded.signedAt)}`
    )

    const checklist = box.json<ReadinessChecklist>('deployment-readiness-checklist.json')
    expect(() => assertValidEvidence('deployment-readiness-checklist.json', checklist)).not.toThrow()
    expect(checklist.stakeholders).toEqual([
      {
        name: 'Dana Product',
        role: 'product owner',
        required: true,
        status: 'signed',
        signedBy: 'Dana Product',
        signedAt: recorded.signedAt,
        comment: 'scope as agreed | no *surprises*'
      },
      expect.objectContaining({ name: 'Sam SRE', role: 'on-call SRE', status: 'signed', signedBy: 'Sam' })
    ])
    const manifest = box.text('release-manifest.md')
    expect(manifest).toContain(
      `| Dana Product | product owner | signed by Dana Product at ${String(recorded.signedAt)}: scope as agreed \\| no \\*surprises\\* |`
    )
    expect(manifest).toMatch(/\| Sam SRE \| on-call SRE \| signed by Sam at \S+ \|/)
    expect(manifest).not.toContain('| pending |')

    const verified = await box.run([process.execPath, '../../dist/cli.js', 'verify', '.artifacts/deployment'])
    expect(verified.output).not.toMatch(/✘|FAILED/)
    expect(verified.code).toBe(0)
  }, 150_000)

  it('refuses a role that is not a configured stakeholder, naming the configured roles (exit 2)', async () => {
    const box = new DemoSandbox(63700)
    sandboxes.push(box)
    const refused = await signoff(box, 'v1.1.0', 'cfo', 'Pat', ['--json'])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain(
      "[ERROR] --role 'cfo' is not a stakeholder role in release-gate.yml. Configured roles: 'product owner', 'on-call SRE'."
    )
    expect(JSON.parse(refused.stdout.trim())).toMatchObject({
      command: 'signoff',
      outcome: 'usage-error',
      exitCode: 2
    })
  })

  it('halts at Gate 1 (exit 3) when a required sign-off is missing: one for another tag does not count', async () => {
    const box = demoRequiringProductOwner(63800)
    const other = await signoff(box, 'v1.0.0', 'product owner', 'Dana Product')
    expect(other.code).toBe(0)

    const run = await box.cli(['run', '--tag', 'v1.1.0', '--approve', 'e2e'])
    expect(run.code).toBe(3)
    expect(run.stderr).toContain(
      '[ERROR] Required stakeholder sign-off missing for v1.1.0: Dana Product (product owner). Record each with release-gate signoff --tag v1.1.0 --role <role> --name <name>.'
    )
    expect(run.stderr).toContain(
      "stakeholder sign-off: Dana Product (product owner) is required and has not signed off v1.1.0; record it with release-gate signoff --tag v1.1.0 --role 'product owner' --name <your name>"
    )
    expect(
      box.json<ReadinessChecklist>('deployment-readiness-checklist.json').stakeholders?.[0]
    ).toMatchObject({
      status: 'pending',
      signedBy: null
    })
    expect(box.text('release-manifest.md')).toContain(
      "| Dana Product | product owner | **pending (required)**: `release-gate signoff --tag v1.1.0 --role 'product owner' --name <your name>` |"
    )
  }, 120_000)
})

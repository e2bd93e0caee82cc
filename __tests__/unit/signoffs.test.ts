import { describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../src/entry/config/parse.js'
import { runPhase } from '../../src/engine/run.js'
import { ARTIFACTS, type ReadinessChecklist } from '../../src/core/records/index.js'
import {
  findStakeholder,
  signoffCommandText,
  signoffTextProblem,
  stakeholderStatuses,
  type Stakeholder,
  type StakeholderSignoff
} from '../../src/core/signoffs.js'
import { signoffCell } from '../../src/render/markdown.js'
import { fakeContext, MemoryArtifacts, MemoryLogger, MemorySignoffs, TWO_SERVICES_CONFIG } from '../fakes.js'
import { stakeholder } from './evidence-records.js'

// Stakeholder sign-offs (protocol Phase 1, "Confirm Release Scope and Stakeholders"): recorded before a release by
// `release-gate signoff`, each for one tag; Phase 1 records each configured stakeholder as signed or pending, and a
// required one still pending halts the release at Gate 1.

const PRODUCT: Stakeholder = { name: 'Dana Product', role: 'product owner', required: false }
const SRE: Stakeholder = { name: 'Sam SRE', required: true }

const signoff = (over: Partial<StakeholderSignoff> = {}): StakeholderSignoff => ({
  tag: 'v1.1.0',
  role: 'product owner',
  name: 'Dana',
  comment: null,
  signedAt: '2026-11-24T09:00:00.000Z',
  ...over
})

describe('which sign-off counts for a stakeholder', () => {
  const cases = [
    { name: 'none recorded: pending', signoffs: [], expected: { status: 'pending', signedBy: null } },
    {
      name: 'one for this tag and role: signed, by whom and when, with the comment',
      signoffs: [signoff({ comment: 'scope as agreed' })],
      expected: {
        status: 'signed',
        signedBy: 'Dana',
        signedAt: '2026-11-24T09:00:00.000Z',
        comment: 'scope as agreed'
      }
    },
    {
      name: 'one for another tag never counts',
      signoffs: [signoff({ tag: 'v1.0.0' }), signoff({ tag: 'v1.1.0-rc.1' })],
      expected: { status: 'pending', signedBy: null }
    },
    {
      name: 'one for another role does not count',
      signoffs: [signoff({ role: 'on-call SRE' })],
      expected: { status: 'pending', signedBy: null }
    },
    {
      name: 'the role is matched regardless of case and surrounding spaces',
      signoffs: [signoff({ role: ' Product Owner ' })],
      expected: { status: 'signed', signedBy: 'Dana' }
    },
    {
      name: 'the latest of several counts',
      signoffs: [
        signoff({ name: 'Later', signedAt: '2026-11-24T11:00:00.000Z' }),
        signoff({ name: 'Earlier', signedAt: '2026-11-24T08:00:00.000Z' })
      ],
      expected: { status: 'signed', signedBy: 'Later', signedAt: '2026-11-24T11:00:00.000Z' }
    }
  ]
  it.each(cases)('$name', ({ signoffs, expected }) => {
    const [status] = stakeholderStatuses([PRODUCT], signoffs, 'v1.1.0')
    expect(status).toMatchObject({
      name: 'Dana Product',
      role: 'product owner',
      required: false,
      ...expected
    })
  })

  it('names a stakeholder without a role by its name', () => {
    expect(stakeholderStatuses([SRE], [signoff({ role: 'Sam SRE' })], 'v1.1.0')).toEqual([
      stakeholder({
        name: 'Sam SRE',
        role: null,
        required: true,
        status: 'signed',
        signedBy: 'Dana',
        signedAt: '2026-11-24T09:00:00.000Z'
      })
    ])
    expect(findStakeholder([PRODUCT, SRE], 'sam sre')).toBe(SRE)
    expect(findStakeholder([PRODUCT, SRE], 'Dana Product')).toBeNull()
  })
})

describe('what a sign-off may say', () => {
  const cases = [
    { field: 'name' as const, text: 'Dana Product', expected: null },
    { field: 'name' as const, text: '  ', expected: '--name is empty: say who signs off' },
    { field: 'name' as const, text: 'x'.repeat(201), expected: '--name is 201 characters long; at most 200' },
    {
      field: 'comment' as const,
      text: 'ok\n| forged | row |',
      expected: '--comment holds a line break or control character: give one line'
    },
    { field: 'comment' as const, text: 'ok after the load test', expected: null }
  ]
  it.each(cases)('$field $text', ({ field, text, expected }) => {
    expect(signoffTextProblem(field, text)).toBe(expected)
  })
})

describe('a stakeholder in the sign-off table of release-manifest.md', () => {
  const cases = [
    { name: 'pending, not required', input: stakeholder(), expected: 'pending' },
    {
      name: 'pending and required: with the command that records it',
      input: stakeholder({ required: true }),
      expected:
        "**pending (required)**: `release-gate signoff --tag v1.1.0 --role 'product owner' --name <your name>`"
    },
    {
      name: 'signed: by whom and when',
      input: stakeholder({ status: 'signed', signedBy: 'Dana', signedAt: '2026-11-24T09:00:00.000Z' }),
      expected: 'signed by Dana at 2026-11-24T09:00:00.000Z'
    },
    {
      name: 'signed with a comment, escaped for the table',
      input: stakeholder({
        status: 'signed',
        signedBy: 'Dana | *ops*',
        signedAt: '2026-11-24T09:00:00.000Z',
        comment: 'see <b>notes</b>'
      }),
      expected: 'signed by Dana \\| \\*ops\\* at 2026-11-24T09:00:00.000Z: see &lt;b&gt;notes&lt;/b&gt;'
    }
  ]
  it.each(cases)('$name', ({ input, expected }) => {
    expect(signoffCell(input, 'v1.1.0')).toBe(expected)
  })

  it('quotes a role for the shell only when it needs it', () => {
    expect(signoffCommandText('v1.1.0', 'sre')).toBe(
      'release-gate signoff --tag v1.1.0 --role sre --name <your name>'
    )
    expect(signoffCommandText('v1.1.0', "Dana's team")).toBe(
      "release-gate signoff --tag v1.1.0 --role 'Dana'\\''s team' --name <your name>"
    )
  })
})

describe('Phase 1 records the sign-offs of its tag', () => {
  const CONFIG = `${TWO_SERVICES_CONFIG}
stakeholders:
  - { name: Dana Product, role: product owner, required: true }
  - { name: Sam SRE, role: on-call SRE }
`
  async function readiness(signoffs: StakeholderSignoff[]) {
    const logger = new MemoryLogger()
    const ctx = fakeContext(parseConfig(CONFIG, 'test.yml'), {
      logger,
      signoffs: new MemorySignoffs(signoffs),
      artifacts: new MemoryArtifacts({
        'rehearsal.json': {
          exists: true,
          isFile: true,
          modifiedAt: new Date('2026-11-24T09:00:00Z'),
          text: '{}'
        }
      })
    })
    const outcome = await runPhase(ctx, 'readiness')
    const checklist = await ctx.store.readJson<ReadinessChecklist>(ARTIFACTS.readinessChecklist)
    const manifest = (await ctx.store.readText(ARTIFACTS.releaseManifest)) ?? ''
    return { outcome, checklist, manifest, logger }
  }

  it('passes Gate 1 when the required stakeholder signed off, and records each as signed or pending', async () => {
    const { outcome, checklist, manifest } = await readiness([signoff({ comment: 'go' })])
    expect(outcome).toEqual({ kind: 'passed' })
    expect(checklist?.stakeholders).toEqual([
      stakeholder({
        required: true,
        status: 'signed',
        signedBy: 'Dana',
        signedAt: '2026-11-24T09:00:00.000Z',
        comment: 'go'
      }),
      stakeholder({ name: 'Sam SRE', role: 'on-call SRE' })
    ])
    expect(manifest).toContain(
      '| Dana Product | product owner | signed by Dana at 2026-11-24T09:00:00.000Z: go |'
    )
    expect(manifest).toContain('| Sam SRE | on-call SRE | pending |')
  })

  it('halts at Gate 1 with an [ERROR] naming who is missing when only another tag was signed off', async () => {
    const { outcome, checklist, logger } = await readiness([signoff({ tag: 'v1.0.0' })])
    expect(outcome).toMatchObject({ kind: 'halted', gate: 1 })
    expect(checklist?.stakeholders?.[0]).toMatchObject({ status: 'pending', signedBy: null })
    expect(logger.lines).toContain(
      '[ERROR] Required stakeholder sign-off missing for v1.1.0: Dana Product (product owner). Record each with release-gate signoff --tag v1.1.0 --role <role> --name <name>.'
    )
  })
})

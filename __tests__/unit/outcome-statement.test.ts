import { describe, expect, it } from '@jest/globals'
import { finalLine, statementOf, type OutcomeStatement, type PhaseOutcome } from '../../src/core/outcome.js'
import type { RollbackRecord } from '../../src/core/records/index.js'
import type { ReleaseEvidence } from '../../src/render/deployment-report.js'
import { gateVerdicts } from '../../src/phases/report/gates.js'
import { releaseOutcome, reportOutcome } from '../../src/phases/report/retrospective.js'
import {
  approval,
  checklist,
  checks,
  health,
  production,
  staging,
  TAG,
  uat,
  validation
} from './evidence-records.js'

// The last word of a phase or a release: the CLI's final line and --json, and the action's outcome and gate outputs,
// all from one statement, which must say the outcome and the exit code the process really ends with.

const WHERE = 'evidence in .artifacts/deployment'

const rollback = (status: RollbackRecord['status']): RollbackRecord => ({
  trigger: 'health-breach',
  reason: 'error rate 12% > 5%',
  target: 'v1.0.0',
  startedAt: '2026-11-24T10:00:00.000Z',
  finishedAt: '2026-11-24T10:00:00.000Z',
  status,
  steps: []
})

const cases: {
  name: string
  outcome: PhaseOutcome
  signalExitCode?: number
  statement: Pick<OutcomeStatement, 'outcome' | 'gate' | 'exitCode'>
  line: string
}[] = [
  {
    name: 'passed',
    outcome: { kind: 'passed' },
    statement: { outcome: 'passed', gate: null, exitCode: 0 },
    line: `release-gate: ${TAG} passed (exit 0); ${WHERE}`
  },
  ...([1, 2, 3] as const).map(gate => ({
    name: `halted at Gate ${gate}`,
    outcome: { kind: 'halted' as const, gate, reasons: ['stale tests'] },
    statement: { outcome: 'halted' as const, gate, exitCode: 3 },
    line: `release-gate: ${TAG} halted at Gate ${gate}; production untouched (exit 3); ${WHERE}`
  })),
  {
    name: 'rolled back after the immediate checks (Gate 3)',
    outcome: { kind: 'rolled-back', reason: 'checks failed', gate: 3 },
    statement: { outcome: 'rolled-back', gate: 3, exitCode: 4 },
    line: `release-gate: ${TAG} was rolled back at Gate 3: checks failed (exit 4); ${WHERE}`
  },
  {
    name: 'rolled back after a breach of the health window (Gate 4)',
    outcome: { kind: 'rolled-back', reason: 'breach', gate: 4 },
    statement: { outcome: 'rolled-back', gate: 4, exitCode: 4 },
    line: `release-gate: ${TAG} was rolled back at Gate 4: breach (exit 4); ${WHERE}`
  },
  {
    name: 'rollback failed',
    outcome: { kind: 'failed', reason: 'breach; rollback failure', gate: 4 },
    statement: { outcome: 'failed', gate: 4, exitCode: 1 },
    line: `release-gate: ${TAG} FAILED at Gate 4: breach; rollback failure (exit 1); ${WHERE}`
  },
  {
    name: 'interrupted by SIGINT',
    outcome: {
      kind: 'interrupted',
      signal: 'SIGINT',
      reason: 'interrupted by SIGINT during the stabilize phase'
    },
    signalExitCode: 130,
    statement: { outcome: 'interrupted', gate: null, exitCode: 130 },
    line: `release-gate: ${TAG} INTERRUPTED: interrupted by SIGINT during the stabilize phase (exit 130); ${WHERE}`
  },
  {
    name: 'interrupted by SIGTERM, as recorded by the phase alone',
    outcome: {
      kind: 'interrupted',
      signal: 'SIGTERM',
      reason: 'interrupted by SIGTERM during the production phase'
    },
    statement: { outcome: 'interrupted', gate: null, exitCode: 143 },
    line: `release-gate: ${TAG} INTERRUPTED: interrupted by SIGTERM during the production phase (exit 143); ${WHERE}`
  },
  {
    name: 'a signal after the phase passed: the process exits 130, and says so',
    outcome: { kind: 'passed' },
    signalExitCode: 130,
    statement: { outcome: 'interrupted', gate: null, exitCode: 130 },
    line: `release-gate: ${TAG} INTERRUPTED: stopped by a signal (exit 130); ${WHERE}`
  },
  {
    name: 'incomplete',
    outcome: {
      kind: 'incomplete',
      reason: 'the release did not finish: no production approval',
      sealed: true
    },
    statement: { outcome: 'incomplete', gate: null, exitCode: 1 },
    line: `release-gate: ${TAG} is INCOMPLETE: the release did not finish: no production approval (exit 1); ${WHERE}`
  }
]

describe('the statement of an outcome', () => {
  it.each(cases)('$name', ({ outcome, signalExitCode, statement, line }) => {
    const stated = statementOf(outcome, signalExitCode ?? null)
    expect(stated).toMatchObject(statement)
    expect(finalLine(TAG, stated, WHERE)).toBe(line)
    expect(line).toContain(`(exit ${stated.exitCode})`)
  })
})

describe('the report states the outcome of the release, not its own', () => {
  const released = (): ReleaseEvidence => ({
    unreadable: [],
    checklist: checklist(),
    staging: staging(),
    stagingValidation: validation(),
    uat: uat(),
    approval: approval(),
    production: production(),
    postValidation: checks(true),
    health: health()
  })
  const reportCases: { name: string; evidence: ReleaseEvidence; statement: Partial<OutcomeStatement> }[] = [
    {
      name: 'after a release',
      evidence: released(),
      statement: { outcome: 'passed', gate: null, exitCode: 0 }
    },
    {
      name: 'after a halt at Gate 1',
      evidence: { unreadable: [], checklist: checklist({ passed: false, problems: ['tests stale'] }) },
      statement: { outcome: 'halted', gate: 1, exitCode: 3 }
    },
    {
      name: 'after a halt at Gate 2',
      evidence: {
        unreadable: [],
        checklist: checklist(),
        staging: staging({ passed: false }),
        stagingValidation: validation()
      },
      statement: { outcome: 'halted', gate: 2, exitCode: 3 }
    },
    {
      name: 'after a rejected approval (Gate 3)',
      evidence: {
        ...released(),
        approval: approval({ decision: 'rejected', approver: null, reason: 'no' }),
        production: undefined,
        postValidation: undefined,
        health: undefined
      },
      statement: { outcome: 'halted', gate: 3, exitCode: 3 }
    },
    {
      name: 'after a rollback at Gate 3',
      evidence: {
        ...released(),
        production: production({ status: 'rolled-back', rollback: rollback('success') }),
        postValidation: checks(false),
        health: undefined
      },
      statement: { outcome: 'rolled-back', gate: 3, exitCode: 4 }
    },
    {
      name: 'after a rollback at Gate 4',
      evidence: { ...released(), health: health({ verdict: 'breached', rollback: rollback('success') }) },
      statement: { outcome: 'rolled-back', gate: 4, exitCode: 4, reasons: ['error rate 12% > 5%'] }
    },
    {
      name: 'after a failed rollback',
      evidence: { ...released(), health: health({ verdict: 'breached', rollback: rollback('failure') }) },
      statement: {
        outcome: 'failed',
        gate: 4,
        exitCode: 1,
        reasons: ['error rate 12% > 5%; rollback failure']
      }
    },
    {
      name: 'after an interruption',
      evidence: {
        ...released(),
        health: undefined,
        interrupted: {
          schemaVersion: 1,
          artifact: 'release-interrupted.json',
          tag: TAG,
          generatedAt: '2026-11-24T10:00:00.000Z',
          phase: 'stabilize',
          signal: 'SIGINT',
          interruptedAt: '2026-11-24T10:00:00.000Z',
          environment: 'production',
          previousRelease: 'v1.0.0',
          inFlight: null,
          commands: [],
          state: 'production serves v1.1.0',
          nextSteps: []
        }
      },
      statement: {
        outcome: 'incomplete',
        gate: null,
        exitCode: 1,
        reasons: ['interrupted by SIGINT during the stabilize phase']
      }
    },
    {
      name: 'over a broken evidence chain (not sealed)',
      evidence: { ...released(), brokenChain: ['artifact x differs'] },
      statement: {
        outcome: 'incomplete',
        exitCode: 1,
        reasons: ['the evidence chain is broken: artifact x differs']
      }
    }
  ]
  it.each(reportCases)('$name', ({ evidence, statement }) => {
    const outcome = evidence.brokenChain ? 'incomplete' : releaseOutcome(evidence)
    expect(statementOf(reportOutcome(outcome, gateVerdicts(TAG, evidence), evidence))).toMatchObject(
      statement
    )
  })
})

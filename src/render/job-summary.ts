import type { PhaseOutcome } from '../core/outcome.js'
import type {
  HealthWindowRecord,
  ProductionApproval,
  ProductionDeploymentReport,
  RollbackReport
} from '../core/records/index.js'
import { renderRollouts } from './rollouts.js'
import { cell, inlineText } from './escape.js'

/** What one phase's job summary shows. */
export interface PhaseSummaryInput {
  phase: string
  tag: string
  outcome: PhaseOutcome
  files: { file: string; bytes: number; sha256: string }[]
  artifact: { name: string; id: number | null; url: string | null } | null
  approval?: ProductionApproval
  /** A manual rollback's approval, from rollback-report.json. */
  rollbackApproval?: RollbackReport['rollbackApproval']
  health?: HealthWindowRecord
  production?: ProductionDeploymentReport
  deploymentId: number | null
  rollbackTarget: string | null
}

const OUTCOME_LINE: Record<PhaseOutcome['kind'], string> = {
  passed: '✅ passed',
  halted: '⛔ halted before production was touched',
  'rolled-back': '↩️ production changed and was rolled back',
  failed: '❌ failed: production needs attention',
  interrupted: '⏹️ interrupted: see release-interrupted.json for what production serves',
  incomplete: '⚠️ incomplete: the release did not finish, or its evidence cannot be vouched for'
}

/** The Markdown of a phase's job summary. Pure; GitHub caps a step's summary at 1 MiB, so samples are capped too. */
export function renderPhaseSummary(input: PhaseSummaryInput): string {
  const lines: string[] = [
    `## release-gate ${input.phase}: ${input.tag} — ${OUTCOME_LINE[input.outcome.kind]}`,
    ''
  ]
  const reasons =
    input.outcome.kind === 'halted'
      ? input.outcome.reasons
      : 'reason' in input.outcome
        ? [input.outcome.reason]
        : []
  if (input.outcome.kind === 'halted') lines.push(`**Gate ${input.outcome.gate} did not pass:**`, '')
  for (const reason of reasons) lines.push(`- ${inlineText(reason)}`)
  if (reasons.length > 0) lines.push('')
  if (input.deploymentId !== null) lines.push(`Deployment record: ${input.deploymentId}`, '')
  if (input.rollbackTarget) lines.push(`Rollback target: ${inlineText(input.rollbackTarget)}`, '')

  if (input.approval) {
    const a = input.approval
    lines.push(
      '### Approval (Gate 3)',
      '',
      '| decision | approver | comment | source | decided at |',
      '|---|---|---|---|---|',
      `| ${a.decision} | ${cell(a.approver ?? '—')} | ${cell(a.comment ?? '—')} | ${a.source}${a.selfAsserted ? ' (self-asserted)' : ''} | ${a.decidedAt} |`,
      '',
      cell(a.reason),
      ''
    )
  }

  if (input.rollbackApproval) {
    const r = input.rollbackApproval
    lines.push(
      '### Rollback approval',
      '',
      '| decision | approver | comment | environment |',
      '|---|---|---|---|',
      `| ${r.decision} | ${cell(r.approver)} | ${cell(r.comment ?? '—')} | ${cell(r.environment)} |`,
      '',
      cell(r.reason),
      ''
    )
  }

  if (input.production) lines.push(...renderRollouts(input.production.services))
  if (input.health) lines.push(...renderHealth(input.health))

  lines.push('### Evidence', '')
  if (input.artifact) {
    lines.push(
      input.artifact.url
        ? `Artifact [${input.artifact.name}](${input.artifact.url})`
        : `Artifact \`${input.artifact.name}\``,
      ''
    )
  }
  lines.push('| file | bytes | SHA-256 |', '|---|---:|---|')
  for (const f of input.files) lines.push(`| ${cell(f.file)} | ${f.bytes} | \`${f.sha256}\` |`)
  lines.push('')
  return lines.join('\n')
}

const MAX_SAMPLE_ROWS = 200

function renderHealth(health: HealthWindowRecord): string[] {
  const lines = [
    `### Health window: ${health.verdict}`,
    '',
    '| probe | target | samples | failures | threshold |',
    '|---|---|---:|---:|---|',
    ...health.probes.map(
      p => `| ${cell(p.id)} | ${cell(p.target)} | ${p.samples} | ${p.failures} | ${cell(p.threshold)} |`
    ),
    ''
  ]
  // One line per probe of its measured values per round (latency for HTTP probes).
  const rounds = Math.max(0, ...health.samples.map(s => s.round))
  if (rounds > 1) {
    lines.push('```mermaid', 'xychart-beta', '  title "Probe values per round"')
    lines.push(`  x-axis [${Array.from({ length: rounds }, (_, i) => i + 1).join(', ')}]`)
    for (const probe of health.probes) {
      const values = Array.from({ length: rounds }, (_, i) => {
        const sample = health.samples.find(s => s.probe === probe.id && s.round === i + 1)
        return sample?.value ?? 0
      })
      lines.push(`  line [${values.map(v => Math.round(v * 100) / 100).join(', ')}]`)
    }
    lines.push('```', '', `Lines in probe order: ${inlineText(health.probes.map(p => p.id).join(', '))}.`, '')
  }
  const failed = health.samples.filter(s => !s.passed).slice(0, MAX_SAMPLE_ROWS)
  if (failed.length > 0) {
    lines.push('| failed sample | round | value | message |', '|---|---:|---:|---|')
    for (const s of failed)
      lines.push(`| ${cell(s.probe)} | ${s.round} | ${s.value ?? '—'} | ${cell(s.message)} |`)
    lines.push('')
  }
  return lines
}

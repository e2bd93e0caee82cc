// Stakeholder sign-offs: recorded before a release (`release-gate signoff`), each bound to one tag, and judged at
// Gate 1 against the configured stakeholders. Pure: the store is a port (ports.ts), the file an adapter (local.ts).
import type { ReleaseConfig } from './config.js'
import type { ReadinessChecklist } from './generated/deployment-readiness-checklist.js'
import type { StakeholderSignoffsFile } from './generated/stakeholder-signoffs.js'

/** One recorded sign-off: who signed off which release, for which stakeholder role, when. */
export type StakeholderSignoff = StakeholderSignoffsFile['signoffs'][number]

/** A configured stakeholder. */
export type Stakeholder = ReleaseConfig['stakeholders'][number]

/** A stakeholder as the readiness checklist records it: signed (by whom, when) or pending. */
export type StakeholderStatus = NonNullable<ReadinessChecklist['stakeholders']>[number]

/** What `release-gate signoff --role` names a stakeholder by: its role, or its name when it has none. */
export function stakeholderRole(stakeholder: Stakeholder): string {
  return stakeholder.role ?? stakeholder.name
}

/** Roles compare without regard to case or surrounding spaces (`--role "Product Owner"` is `product owner`). */
function sameRole(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase()
}

/** The configured stakeholder `role` names, or null when none has that role. */
export function findStakeholder(stakeholders: readonly Stakeholder[], role: string): Stakeholder | null {
  return stakeholders.find(s => sameRole(stakeholderRole(s), role)) ?? null
}

/**
 * Each configured stakeholder with its sign-off for `tag`: the latest recorded for its role. A sign-off for another
 * tag never counts, nor one for a role no longer configured.
 */
export function stakeholderStatuses(
  stakeholders: readonly Stakeholder[],
  signoffs: readonly StakeholderSignoff[],
  tag: string
): StakeholderStatus[] {
  return stakeholders.map(stakeholder => {
    const latest = signoffs
      .filter(s => s.tag === tag && sameRole(s.role, stakeholderRole(stakeholder)))
      .reduce<StakeholderSignoff | null>((last, s) => (last && last.signedAt > s.signedAt ? last : s), null)
    return {
      name: stakeholder.name,
      role: stakeholder.role ?? null,
      required: stakeholder.required,
      status: latest ? 'signed' : 'pending',
      signedBy: latest?.name ?? null,
      signedAt: latest?.signedAt ?? null,
      comment: latest?.comment ?? null
    }
  })
}

/** The required stakeholders that have not signed off. */
export function missingSignoffs(statuses: readonly StakeholderStatus[]): StakeholderStatus[] {
  return statuses.filter(s => s.required && s.status === 'pending')
}

/** The command that records a sign-off of `role` for `tag`, with the role quoted for a shell. */
export function signoffCommandText(tag: string, role: string): string {
  const quoted = /^[\w.@/-]+$/.test(role) ? role : `'${role.replaceAll("'", `'\\''`)}'`
  return `release-gate signoff --tag ${tag} --role ${quoted} --name <your name>`
}

/** Longest name and comment a sign-off records (the schema's maxLength). */
export const SIGNOFF_TEXT_LIMITS = { name: 200, comment: 1000 } as const

/**
 * Why a sign-off's name or comment cannot be recorded (empty, too long, or not one line of text: it is shown in the
 * console and in Markdown tables), or null when it can.
 */
export function signoffTextProblem(field: 'name' | 'comment', text: string): string | null {
  const limit = SIGNOFF_TEXT_LIMITS[field]
  if (field === 'name' && text.trim() === '') return `--${field} is empty: say who signs off`
  if (text.length > limit) return `--${field} is ${text.length} characters long; at most ${limit}`
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(text))
    return `--${field} holds a line break or control character: give one line`
  return null
}

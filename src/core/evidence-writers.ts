import type { EvidenceManifest, ManifestEntry } from './manifest.js'
import { ARTIFACTS } from './records/common.js'

/** A phase that seals evidence: the protocol's five and a manual rollback. */
export type SealingPhase = ManifestEntry['phase']

const EVERY_PHASE: readonly SealingPhase[] = [
  'readiness',
  'staging',
  'production',
  'stabilize',
  'report',
  'rollback'
]

/**
 * Which phases the protocol lets write each evidence file, as the manifest's `writtenBy` records it (the phase whose
 * seal first recorded the file's present content). A file a later phase appends to (release-manifest.md gains the
 * sign-offs in the report) lists both. Files not named here (a command's own output) are not assigned to a phase.
 */
export const WRITTEN_BY: Readonly<Record<string, readonly SealingPhase[]>> = {
  // With the stakeholder sign-offs of its tag (recorded before the run by `release-gate signoff`): Gate 1 judges them.
  [ARTIFACTS.readinessChecklist]: ['readiness'],
  [ARTIFACTS.releaseManifestJson]: ['readiness'],
  [ARTIFACTS.releaseManifest]: ['readiness', 'report'],
  [ARTIFACTS.rollbackPlan]: ['readiness'],
  [ARTIFACTS.rollbackRehearsal]: ['readiness'],
  [ARTIFACTS.stagingDeployment]: ['staging'],
  [ARTIFACTS.stagingValidation]: ['staging'],
  [ARTIFACTS.uatConfirmation]: ['staging'],
  [ARTIFACTS.productionApproval]: ['production'],
  [ARTIFACTS.productionDeployment]: ['production'],
  [ARTIFACTS.postDeploymentValidation]: ['production'],
  [ARTIFACTS.healthWindow]: ['stabilize'],
  [ARTIFACTS.healthLog]: ['stabilize'],
  [ARTIFACTS.rollbackReport]: ['rollback'],
  [ARTIFACTS.retrospective]: ['report'],
  [ARTIFACTS.deploymentReport]: ['report'],
  [ARTIFACTS.deploymentReportHtml]: ['report'],
  // Every phase reports its notifications, and a signal can stop any of them.
  [ARTIFACTS.communications]: EVERY_PHASE,
  [ARTIFACTS.releaseInterrupted]: EVERY_PHASE
}

/**
 * Files whose recorded writer is not a phase the protocol assigns them to, or whose `writtenBy` does not match the
 * entry that sealed their content (a file new or changed in an entry was written by that entry's phase; an unchanged
 * one keeps its writer). Empty when every file was written where the protocol says. Pure.
 */
export function writerProblems(manifest: EvidenceManifest): string[] {
  const problems: string[] = []
  let before = new Map<string, { sha256: string; writtenBy: string }>()
  manifest.entries.forEach((entry, index) => {
    const where = `entry ${index + 1} (${entry.phase})`
    for (const file of entry.files) {
      const earlier = before.get(file.file)
      const expectedWriter = earlier && earlier.sha256 === file.sha256 ? earlier.writtenBy : entry.phase
      if (file.writtenBy !== expectedWriter)
        problems.push(
          `${file.file}: ${where} records it as written by ${file.writtenBy}, but its content was sealed by ${expectedWriter}`
        )
      const allowed = WRITTEN_BY[file.file]
      // Reported once, where the content first appears.
      if (allowed && expectedWriter === entry.phase && !allowed.includes(entry.phase))
        problems.push(
          `${file.file}: written by the ${entry.phase} phase (${where}); the protocol assigns it to ${allowed.join(' or ')}`
        )
    }
    before = new Map(entry.files.map(f => [f.file, { sha256: f.sha256, writtenBy: f.writtenBy }]))
  })
  return problems
}

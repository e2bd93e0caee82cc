// One bundle per run: when a new run may take over a bundle, and when a phase may continue one. Pure.
import type { EvidenceManifest } from './manifest.js'
import { PHASES, type PhaseName } from './phases.js'

/** Why a bundle stops a run or a phase from starting, and what the person does instead. */
export interface BundleRefusal {
  problem: string
  fix: string
}

/** A rollback a phase of the run recorded (production's rollout, or the health window's breach). */
export interface RecordedRollback {
  phase: 'production' | 'stabilize'
  status: string
}

/** Whether the run a bundle records has ended: its report is sealed, or it is a manual rollback's own bundle. */
export function runHasEnded(manifest: EvidenceManifest): boolean {
  const last = manifest.entries.at(-1)?.phase
  return last === 'report' || last === 'rollback'
}

const runName = (manifest: EvidenceManifest): string =>
  `${manifest.tag} (run ${manifest.runId ?? 'without an id'})`

/**
 * Why a new run of `tag` may not start over the bundle in `dir`: its run has not ended, so archiving it would take the
 * evidence from under a release that is still running (or that stopped without a report). Null when it may: no
 * bundle, an ended run, or the same release starting again before production was touched.
 */
export function newRunRefusal(
  dir: string,
  manifest: EvidenceManifest | undefined,
  tag: string
): BundleRefusal | null {
  if (!manifest || runHasEnded(manifest)) return null
  const sealed = manifest.entries.map(entry => entry.phase)
  const productionTouched = sealed.some(phase => phase !== 'readiness' && phase !== 'staging')
  if (manifest.tag === tag && !productionTouched) return null
  return {
    problem:
      `The evidence bundle in ${dir} belongs to ${runName(manifest)}, whose run has not ended (its last ` +
      `sealed phase is ${sealed.at(-1) ?? 'none'})`,
    fix:
      `If ${manifest.tag} is still running, wait for it to end. If it stopped, end its run with ` +
      `\`release-gate phase report --tag ${manifest.tag}\` (the next release then archives its bundle), or give ` +
      `this release an evidence directory of its own (--evidence-dir). Nothing was changed.`
  }
}

/**
 * Why `phase` of `tag` may not run on a bundle of another release: it would write `tag`'s records into that release's
 * evidence (and, before its run ended, take the bundle from under it). Only readiness starts a release's own bundle.
 * Null when the bundle is `tag`'s, or there is none.
 */
export function otherReleaseRefusal(
  dir: string,
  phase: Exclude<PhaseName, 'readiness'>,
  manifest: EvidenceManifest | undefined,
  tag: string
): BundleRefusal | null {
  if (!manifest || manifest.tag === tag) return null
  const startOwn = `start ${tag} from the beginning (\`release-gate run --tag ${tag}\`, or \`release-gate phase readiness --tag ${tag}\`), which archives the ended bundle`
  if (runHasEnded(manifest))
    return {
      problem: `The evidence bundle in ${dir} belongs to ${runName(manifest)}, whose run has ended; the ${phase} phase of ${tag} will not start`,
      fix: `A phase continues only its own release's bundle: ${startOwn.replace(/^s/, 'S')}. Nothing was changed.`
    }
  const sealed = manifest.entries.map(entry => entry.phase)
  return {
    problem:
      `The evidence bundle in ${dir} belongs to ${runName(manifest)}, whose run has not ended (its last sealed ` +
      `phase is ${sealed.at(-1) ?? 'none'}); the ${phase} phase of ${tag} will not start`,
    fix:
      `If ${manifest.tag} is still running, wait for it to end. If it stopped, end its run with ` +
      `\`release-gate phase report --tag ${manifest.tag}\` (and, if production is left unresolved, ` +
      `\`release-gate rollback --env <env>\`), then ${startOwn}; or give ${tag} an evidence directory of its own ` +
      `(--evidence-dir). Nothing was changed.`
  }
}

const NEW_RELEASE = 'start a new release (`release-gate run --tag <tag>`, or `release-gate phase readiness`)'

/**
 * Why `phase` may not continue the bundle: the protocol's order, checked when a phase starts (not only by `verify`).
 * A run rolled back, reported or rolled back by hand does not continue, and no phase runs after a later one sealed.
 * Re-running the last sealed phase (after a halt or an interruption) is allowed. Null when it may start.
 */
export function phaseStartRefusal(
  dir: string,
  phase: Exclude<PhaseName, 'readiness' | 'report'>,
  manifest: EvidenceManifest,
  rollback: RecordedRollback | null
): BundleRefusal | null {
  const sealed = manifest.entries.map(entry => entry.phase)
  const reportFirst = `compile its report first if it has none (\`release-gate phase report --tag ${manifest.tag}\`), then`
  if (rollback)
    return {
      problem:
        `${manifest.tag} was rolled back during the ${rollback.phase} phase` +
        (rollback.status === 'success' ? '' : ` (the rollback ended ${rollback.status})`),
      fix: `A rolled-back release does not continue on its old evidence: ${reportFirst} ${NEW_RELEASE}.`
    }
  if (sealed.includes('report'))
    return {
      problem: `the run of ${manifest.tag} in ${dir} was already reported`,
      fix: `A reported run does not continue: ${NEW_RELEASE}.`
    }
  if (sealed.includes('rollback'))
    return {
      problem: `the bundle of ${manifest.tag} in ${dir} records a manual rollback`,
      fix: `A rolled-back release does not continue on its old evidence: ${NEW_RELEASE}.`
    }
  const later = sealed.find(done => PHASES.indexOf(done as PhaseName) > PHASES.indexOf(phase))
  if (later)
    return {
      problem: `the bundle has sealed ${later}, which comes after ${phase} in the protocol`,
      fix: `A phase runs after the one before it, never again after a later one: ${NEW_RELEASE}.`
    }
  return null
}

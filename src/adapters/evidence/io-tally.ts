/**
 * A kind of evidence work worth counting: each costs a disk flush, a metadata update, a read of the file (to hash it
 * or to scrub secrets from it), or a schema check.
 */
export type EvidenceWork = 'fsync' | 'rename' | 'hash' | 'scrub' | 'validation'

/** Told of every fsync, rename, hash pass, scrub and schema validation of the bundle's files; tests hold them to a budget. */
export interface EvidenceWorkCounter {
  /** One piece of `work` on `file` (a name inside the bundle; the bundle's directory is `.`). */
  count(work: EvidenceWork, file: string): void
}

/** Counts nothing: production runs without a counter. */
export const NO_COUNTING: EvidenceWorkCounter = { count: () => undefined }

/** The files each kind of work touched, in order, as tests and measurements read them. */
export class EvidenceWorkTally implements EvidenceWorkCounter {
  readonly files: Record<EvidenceWork, string[]> = {
    fsync: [],
    rename: [],
    hash: [],
    scrub: [],
    validation: []
  }

  count(work: EvidenceWork, file: string): void {
    this.files[work].push(file)
  }

  /** How often `work` touched each file. */
  perFile(work: EvidenceWork): Map<string, number> {
    const times = new Map<string, number>()
    for (const file of this.files[work]) times.set(file, (times.get(file) ?? 0) + 1)
    return times
  }

  /** Forgets what was counted (between the phases a test looks at one by one). */
  reset(): void {
    for (const work of Object.keys(this.files) as EvidenceWork[]) this.files[work] = []
  }
}

/**
 * What the release ledger must say, kept in the spec's words (issue 18): the model of the model-based tests, on fakes
 * (unit/ledger-model.test.ts) and on the demo (e2e/ledger-model-demo.test.ts).
 */
export class LedgerModel {
  /** Passed their health window and not rolled back since, oldest first. */
  good = ['v1.0.0']
  /** The release the state is about. */
  subject = 'v1.0.0'
  unresolved = false
  /** A rollout or a rollback of `subject` was stopped or failed half way: production may serve a mix, or nothing. */
  mixed = false
  /** The last good release other than `excluded`. */
  target(excluded = this.subject): string | null {
    return this.good.filter(tag => tag !== excluded).at(-1) ?? null
  }
  /** What production serves: one release, or null while it may serve a mix. */
  serves(): string | null {
    return this.mixed ? null : this.subject
  }
  passed(tag: string): void {
    this.good = [...this.good.filter(t => t !== tag), tag]
    this.subject = tag
    this.mixed = false
  }
  /** `tag` stays in place, unproven or breached, until a person rolls it back. */
  leftInPlace(tag: string): void {
    this.subject = tag
    this.unresolved = true
    this.mixed = false
  }
  /** The rollout of `tag`, or its rollback, stopped or failed half way: unresolved until a person rolls it back. */
  stoppedHalfway(tag: string): void {
    this.subject = tag
    this.unresolved = true
    this.mixed = true
  }
  rolledBack(release: string, to: string): void {
    this.good = this.good.filter(t => t !== release && t !== to)
    this.good.push(to)
    this.subject = to
    this.unresolved = false
    this.mixed = false
  }
}

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
  /** The last good release other than `excluded`. */
  target(excluded = this.subject): string | null {
    return this.good.filter(tag => tag !== excluded).at(-1) ?? null
  }
  passed(tag: string): void {
    this.good = [...this.good.filter(t => t !== tag), tag]
    this.subject = tag
  }
  /** `tag` stays in place, unproven or breached, until a person rolls it back. */
  leftInPlace(tag: string): void {
    this.subject = tag
    this.unresolved = true
  }
  rolledBack(release: string, to: string): void {
    this.good = this.good.filter(t => t !== release && t !== to)
    this.good.push(to)
    this.subject = to
    this.unresolved = false
  }
}

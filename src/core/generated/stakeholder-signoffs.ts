// Generated from schemas/stakeholder-signoffs.schema.json by `npm run generate:types` (scripts/generate-types.mjs).
// Do not edit by hand: change the schema and regenerate.

/**
 * Stakeholder sign-offs (state-dir/stakeholder-signoffs.json), recorded by release-gate signoff before the release runs, each bound to one tag; Phase 1 reads those of its tag
 */
export interface StakeholderSignoffsFile {
  schemaVersion: 1
  signoffs: {
    /**
     * The release this sign-off is for; it counts for no other.
     */
    tag: string
    /**
     * The configured stakeholder's role (or its name, when it has no role), as the config spells it.
     */
    role: string
    /**
     * Who signed off, as given: one line, no control characters.
     */
    name: string
    /**
     * Why, or on what condition: one line, no control characters.
     */
    comment: string | null
    signedAt: string
  }[]
}

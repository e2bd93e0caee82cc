// The end of a release: the retrospective's inputs, or where a signal stopped it.
// The shapes come from schemas/evidence/ (src/core/generated/).
export type { ReleaseInterrupted } from '../generated/release-interrupted.js'
export type { RetrospectiveInputs } from '../generated/retrospective-inputs.js'

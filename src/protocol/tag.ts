import { UsageError } from '../errors.js'

// Semantic version, optionally prefixed with v; pre-release and build metadata limited to SemVer's characters.
const TAG_PATTERN =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/
const MAX_TAG_LENGTH = 128

/** Checks a release tag is a semantic version; the tag is untrusted (it comes from a push), so this runs first. */
export function validateTag(tag: string, flag = '--tag'): string {
  if (tag.length > MAX_TAG_LENGTH || !TAG_PATTERN.test(tag)) {
    const shown = tag.length > 60 ? `${tag.slice(0, 57)}...` : tag
    throw new UsageError(
      `Invalid release tag ${JSON.stringify(shown)} (${flag}). Expected a semantic version such as v1.2.3, 1.2.3 or v2.0.0-rc.1 (at most ${MAX_TAG_LENGTH} characters).`
    )
  }
  return tag
}

import { UsageError } from './errors.js'

// Semantic version, optionally prefixed with v; pre-release and build metadata limited to SemVer's characters.
const TAG_PATTERN =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/
const MAX_TAG_LENGTH = 128

/** Whether `tag` is a release tag (the rule validateTag enforces), for refs read from elsewhere, e.g. GitHub's API. */
export function isReleaseTag(tag: string): boolean {
  return tag.length <= MAX_TAG_LENGTH && TAG_PATTERN.test(tag)
}

/** Checks a release tag is a semantic version; the tag is untrusted (it comes from a push), so this runs first. */
export function validateTag(tag: string, flag = '--tag'): string {
  if (!isReleaseTag(tag)) {
    const shown = tag.length > 60 ? `${tag.slice(0, 57)}...` : tag
    throw new UsageError(
      `Invalid release tag ${JSON.stringify(shown)} (${flag}). Expected a semantic version such as v1.2.3, 1.2.3 or v2.0.0-rc.1 (at most ${MAX_TAG_LENGTH} characters).`
    )
  }
  return tag
}

/** Semantic version 2.0.0 with an optional `v`; build metadata is kept only to break ties by name. */
const SEMVER_TAG =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][\dA-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][\dA-Za-z-]*))*))?(?:\+[\dA-Za-z-]+(?:\.[\dA-Za-z-]+)*)?$/

interface SemverTag {
  core: [string, string, string]
  prerelease: string[]
}

function parseSemverTag(tag: string): SemverTag | null {
  const match = SEMVER_TAG.exec(tag)
  if (!match) return null
  return {
    core: [match[1] ?? '0', match[2] ?? '0', match[3] ?? '0'],
    prerelease: match[4] ? match[4].split('.') : []
  }
}

// Digits compared as strings (no leading zeros in semver), so versions beyond 2^53 still order correctly.
function compareDigits(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0)
}

function compareSemver(a: SemverTag, b: SemverTag): number {
  for (let i = 0; i < 3; i++) {
    const order = compareDigits(a.core[i] ?? '0', b.core[i] ?? '0')
    if (order !== 0) return order
  }
  if (a.prerelease.length === 0 || b.prerelease.length === 0) {
    return b.prerelease.length - a.prerelease.length
  }
  for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
    const left = a.prerelease[i]
    const right = b.prerelease[i]
    if (left === undefined || right === undefined) return left === undefined ? -1 : 1
    const leftNumeric = /^\d+$/.test(left)
    const rightNumeric = /^\d+$/.test(right)
    if (leftNumeric && rightNumeric) {
      const order = compareDigits(left, right)
      if (order !== 0) return order
    } else if (leftNumeric !== rightNumeric) {
      return leftNumeric ? -1 : 1
    } else if (left !== right) {
      return left < right ? -1 : 1
    }
  }
  return 0
}

/**
 * The newest semver tag of `tags` that is older than `tag`, or null. Non-semver tags are ignored; pre-releases
 * count only when `tag` is itself a pre-release, so v1.1.0 follows v1.0.0 rather than v1.1.0-rc.2.
 */
export function previousSemverTag(tags: string[], tag: string): string | null {
  const current = parseSemverTag(tag)
  const withPrereleases = current !== null && current.prerelease.length > 0
  let best: { name: string; version: SemverTag } | null = null
  for (const name of tags) {
    const version = parseSemverTag(name)
    if (name === tag || version === null) continue
    if (version.prerelease.length > 0 && !withPrereleases) continue
    if (current !== null && compareSemver(version, current) >= 0) continue
    const order = best === null ? 1 : compareSemver(version, best.version)
    if (order > 0 || (order === 0 && best !== null && name > best.name)) best = { name, version }
  }
  return best?.name ?? null
}

#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-7Q6O7KFX.js";

// src/core/tag.ts
var TAG_PATTERN = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;
var MAX_TAG_LENGTH = 128;
function isReleaseTag(tag) {
  return tag.length <= MAX_TAG_LENGTH && TAG_PATTERN.test(tag);
}
function validateTag(tag, flag = "--tag") {
  if (!isReleaseTag(tag)) {
    const shown = tag.length > 60 ? `${tag.slice(0, 57)}...` : tag;
    throw new UsageError(
      `Invalid release tag ${JSON.stringify(shown)} (${flag}). Expected a semantic version such as v1.2.3, 1.2.3 or v2.0.0-rc.1 (at most ${MAX_TAG_LENGTH} characters).`
    );
  }
  return tag;
}
var SEMVER_TAG = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][\dA-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][\dA-Za-z-]*))*))?(?:\+[\dA-Za-z-]+(?:\.[\dA-Za-z-]+)*)?$/;
function parseSemverTag(tag) {
  const match = SEMVER_TAG.exec(tag);
  if (!match) return null;
  return {
    core: [match[1] ?? "0", match[2] ?? "0", match[3] ?? "0"],
    prerelease: match[4] ? match[4].split(".") : []
  };
}
function compareDigits(a, b) {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}
function compareSemver(a, b) {
  for (let i = 0; i < 3; i++) {
    const order = compareDigits(a.core[i] ?? "0", b.core[i] ?? "0");
    if (order !== 0) return order;
  }
  if (a.prerelease.length === 0 || b.prerelease.length === 0) {
    return b.prerelease.length - a.prerelease.length;
  }
  for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
    const left = a.prerelease[i];
    const right = b.prerelease[i];
    if (left === void 0 || right === void 0) return left === void 0 ? -1 : 1;
    const leftNumeric = /^\d+$/.test(left);
    const rightNumeric = /^\d+$/.test(right);
    if (leftNumeric && rightNumeric) {
      const order = compareDigits(left, right);
      if (order !== 0) return order;
    } else if (leftNumeric !== rightNumeric) {
      return leftNumeric ? -1 : 1;
    } else if (left !== right) {
      return left < right ? -1 : 1;
    }
  }
  return 0;
}
function previousSemverTag(tags, tag) {
  const current = parseSemverTag(tag);
  const withPrereleases = current !== null && current.prerelease.length > 0;
  let best = null;
  for (const name of tags) {
    const version = parseSemverTag(name);
    if (name === tag || version === null) continue;
    if (version.prerelease.length > 0 && !withPrereleases) continue;
    if (current !== null && compareSemver(version, current) >= 0) continue;
    const order = best === null ? 1 : compareSemver(version, best.version);
    if (order > 0 || order === 0 && best !== null && name > best.name) best = { name, version };
  }
  return best?.name ?? null;
}

export {
  validateTag,
  previousSemverTag
};

import type { ValidateFunction } from 'ajv'

/**
 * The validators of the schemas a release needs only after its first command starts, compiled ahead of time. Empty
 * here, as precompiled-validators.ts is: scripts/build.mjs replaces this module in the bundle.
 */
export const precompiledValidators: Readonly<Record<string, ValidateFunction>> = {}

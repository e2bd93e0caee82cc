import type { ValidateFunction } from 'ajv'

/**
 * Validators of the schemas under schemas/, by path relative to it, compiled ahead of time. Empty here: when
 * scripts/build.mjs bundles dist/, it replaces this module with ajv's standalone code for every schema, so the bundled
 * action and CLI validate without compiling a schema at run time (that cost a release some 150-250 ms of start-up and
 * first writes). Tests and tools running src/ compile at run time, with the same options.
 */
export const precompiledValidators: Readonly<Record<string, ValidateFunction>> = {}

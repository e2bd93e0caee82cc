/** How prettyJsonChunks lays a value out besides JSON.stringify's. */
export interface JsonLayout {
  /**
   * An array of numbers, strings, booleans and nulls on one line (`[1,2,null]`): a column of 100,000 values costs
   * their digits, not 100,000 indented lines.
   */
  scalarArraysOnOneLine?: boolean
}

/**
 * An array of numbers, strings, booleans and nulls that is never held whole: its elements come a batch at a time, and
 * prettyJsonChunks writes it as it writes such an array with `scalarArraysOnOneLine` (`[1,2,null]`, `[]` when empty).
 * Only scalars: the store checks the elements against their schema before it writes them.
 */
export class ScalarArrayInBatches {
  constructor(readonly batches: () => Iterable<readonly unknown[]>) {}
}

/**
 * `JSON.stringify(value, null, 2)` as a sequence of pieces, byte for byte the same text (unless `layout` says
 * otherwise): an array is written element by element, so a record with 100,000 health samples is serialised without
 * one string of all of them. Pure.
 */
export function* prettyJsonChunks(value: unknown, indent = '', layout: JsonLayout = {}): Generator<string> {
  if (value instanceof ScalarArrayInBatches) {
    yield* scalarArrayPieces(value)
    return
  }
  if (Array.isArray(value) && layout.scalarArraysOnOneLine && value.length > 0 && value.every(isScalar)) {
    yield '['
    for (let start = 0; start < value.length; start += ARRAY_BATCH)
      yield `${start > 0 ? ',' : ''}${JSON.stringify(value.slice(start, start + ARRAY_BATCH)).slice(1, -1)}`
    yield ']'
    return
  }
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]'
      return
    }
    yield '['
    // A batch of elements per piece: JSON.stringify lays a batch out as `[\n  el,\n  el\n]` (undefined and functions
    // as null, like in any array), so its inside, re-indented, is those elements at this depth. A newline only ever
    // occurs between tokens (strings escape theirs), so re-indenting is exact.
    for (let start = 0; start < value.length; start += ARRAY_BATCH) {
      const batch = JSON.stringify(value.slice(start, start + ARRAY_BATCH), null, 2)
      yield `${start > 0 ? ',' : ''}\n${indent}${batch.slice(2, -2).replace(/\n/g, `\n${indent}`)}`
    }
    yield `\n${indent}]`
    return
  }
  if (isPlainRecord(value)) {
    const entries = Object.entries(value).filter(
      ([, field]) => field !== undefined && typeof field !== 'function' && typeof field !== 'symbol'
    )
    if (entries.length === 0) {
      yield '{}'
      return
    }
    const inner = `${indent}  `
    yield '{'
    for (const [index, [key, field]] of entries.entries()) {
      yield `\n${inner}${JSON.stringify(key)}: `
      yield* prettyJsonChunks(field, inner, layout)
      if (index < entries.length - 1) yield ','
    }
    yield `\n${indent}}`
    return
  }
  // Scalars, and objects with their own toJSON (Date): JSON.stringify decides; a newline only occurs between tokens.
  yield (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${indent}`)
}

function* scalarArrayPieces(array: ScalarArrayInBatches): Generator<string> {
  let first = true
  for (const batch of array.batches()) {
    if (batch.length === 0) continue
    yield `${first ? '[' : ','}${JSON.stringify(batch).slice(1, -1)}`
    first = false
  }
  yield first ? '[]' : ']'
}

// Elements per piece: a few hundred health samples, some 100 KB of text.
const ARRAY_BATCH = 256

function isScalar(value: unknown): boolean {
  return value === null || ['number', 'string', 'boolean'].includes(typeof value)
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false
  const prototype = Object.getPrototypeOf(value) as unknown
  return prototype === Object.prototype || prototype === null
}

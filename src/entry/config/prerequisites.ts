import type { Prerequisite } from '../../core/config.js'
import { MAX_PREREQUISITE_AGE } from '../../core/defaults.js'
import { parseDuration } from '../../core/duration.js'
import { reportDuplicateIds, reportUnconfinedPath, type NormalizeContext } from './context.js'
import type { RawPrerequisite } from './raw.js'

/** Phase 1's upstream artifacts: inside the workspace, uniquely named, and not allowed to be ancient. */
export function normalizePrerequisites(
  context: NormalizeContext,
  raw: RawPrerequisite[] | undefined
): Prerequisite[] {
  raw?.forEach((p, i) => {
    reportUnconfinedPath(context, p.path, `$.prerequisites[${i}].path`)
    reportUnconfinedPath(context, p.schema, `$.prerequisites[${i}].schema`)
  })
  const prerequisites = (raw ?? []).map(p => ({
    id: p.id,
    description: p.description,
    path: p.path,
    maxAgeMs: parseDuration(p['max-age']),
    schemaPath: p.schema,
    timestampField: p['timestamp-field']
  }))
  reportDuplicateIds(
    context,
    prerequisites.map(p => p.id),
    '$.prerequisites'
  )
  prerequisites.forEach((p, i) => {
    if (p.maxAgeMs === 0) context.problems.push(`$.prerequisites[${i}].max-age: must be longer than 0`)
    else if (p.maxAgeMs > MAX_PREREQUISITE_AGE.ms)
      context.problems.push(
        `$.prerequisites[${i}].max-age: got "${raw?.[i]?.['max-age']}", expected at most ${MAX_PREREQUISITE_AGE.text} (evidence older than a year proves nothing about this release)`
      )
  })
  return prerequisites
}

import type { DurationBound } from '../../core/defaults.js'
import type { AnalysisSpec } from '../../core/config.js'
import { parseDuration } from '../../core/duration.js'
import { workspacePathProblem } from '../../core/workspace-path.js'

/**
 * What normalizing one config file shares between its sections. Problems are collected, not thrown, so the user
 * sees every one at once; analyses are remembered so their probe references can be checked once all probes exist.
 */
export interface NormalizeContext {
  /** One line per problem, each naming its JSON path, in the order found. */
  problems: string[]
  /** `health.interval`: analyses without an interval sample at this pace. */
  healthIntervalMs: number
  /** `health.failure-limit`: probes without their own limit use it. */
  healthFailureLimit: number
  /** Every analysis normalized so far, with the JSON path it came from. */
  analyses: { path: string; analysis: AnalysisSpec }[]
}

/** A duration within (0, max]: zero would fire at once, and a typo such as 5000h must not wait for weeks. */
export function boundedDuration(
  context: NormalizeContext,
  text: string,
  path: string,
  bound: DurationBound
): number {
  const ms = parseDuration(text)
  if (ms === 0) context.problems.push(`${path}: got "${text}", expected longer than 0`)
  else if (ms > bound.ms) context.problems.push(`${path}: got "${text}", expected at most ${bound.text}`)
  return ms
}

/** Reports every id that appears twice: ids name evidence and status lines, so they must be unique. */
export function reportDuplicateIds(context: NormalizeContext, ids: string[], path: string): void {
  const seen = new Set<string>()
  for (const id of ids) {
    if (seen.has(id)) context.problems.push(`${path}: duplicate id '${id}'`)
    seen.add(id)
  }
}

/** Reports a path that leaves the workspace: the config must not make the gate read or write elsewhere. */
export function reportUnconfinedPath(
  context: NormalizeContext,
  path: string | undefined,
  where: string
): void {
  const problem = path === undefined ? null : workspacePathProblem(path)
  if (problem) context.problems.push(`${where}: ${problem}`)
}

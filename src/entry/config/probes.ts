import { parseAlertMatcher } from '../../core/alert-matchers.js'
import { tokenizeCommand } from '../../core/command-template.js'
import type { CommandSpec, ProbeSpec } from '../../core/config.js'
import {
  DEFAULT_COMMAND_PROBE_TIMEOUT_MS,
  DEFAULT_COMMAND_PROBE_VALUE,
  DEFAULT_CONSECUTIVE_ERROR_LIMIT,
  DEFAULT_EXPECT_STATUS,
  DEFAULT_INCONCLUSIVE_LIMIT,
  DEFAULT_NETWORK_PROBE_TIMEOUT_MS,
  MAX_PROBE_TIMEOUT
} from '../../core/defaults.js'
import { messageOf } from '../../core/errors.js'
import { boundedDuration, type NormalizeContext } from './context.js'
import type { RawProbe } from './raw.js'

/** A probe with its limits; a network probe's timeout defaults to its sampling interval, at most 5s. */
export function normalizeProbe(
  context: NormalizeContext,
  raw: RawProbe,
  path: string,
  intervalMs: number
): ProbeSpec {
  const limits = {
    failureLimit: raw['failure-limit'] ?? context.healthFailureLimit,
    consecutiveErrorLimit: raw['consecutive-error-limit'] ?? DEFAULT_CONSECUTIVE_ERROR_LIMIT,
    inconclusiveLimit: raw['inconclusive-limit'] ?? DEFAULT_INCONCLUSIVE_LIMIT,
    ...(raw.min === undefined ? {} : { min: raw.min }),
    ...(raw.max === undefined ? {} : { max: raw.max })
  }
  if (raw.min !== undefined && raw.max !== undefined && raw.min > raw.max)
    context.problems.push(`${path}: min ${raw.min} is greater than max ${raw.max}`)
  const timeoutMs = (timeout: string | undefined, timeoutPath: string, fallbackMs: number): number =>
    timeout ? boundedDuration(context, timeout, timeoutPath, MAX_PROBE_TIMEOUT) : fallbackMs
  const networkTimeoutMs = Math.min(intervalMs, DEFAULT_NETWORK_PROBE_TIMEOUT_MS)
  if (raw.http) {
    return {
      id: raw.id,
      kind: 'http',
      url: raw.http.url,
      expectStatus: raw.http['expect-status'] ?? DEFAULT_EXPECT_STATUS,
      maxLatencyMs: raw.http['max-latency-ms'],
      expectJson: raw.http['expect-json'] ?? {},
      timeoutMs: timeoutMs(raw.http.timeout, `${path}.http.timeout`, networkTimeoutMs),
      ...limits
    }
  }
  if (raw.prometheus) {
    if (raw.min === undefined && raw.max === undefined)
      context.problems.push(`${path}: a prometheus probe needs min or max to judge the value against`)
    return {
      id: raw.id,
      kind: 'prometheus',
      url: raw.prometheus.url.replace(/\/+$/, ''),
      query: raw.prometheus.query,
      timeoutMs: timeoutMs(raw.prometheus.timeout, `${path}.prometheus.timeout`, networkTimeoutMs),
      ...limits
    }
  }
  if (raw.alertmanager) {
    if (raw.min !== undefined || raw.max !== undefined)
      context.problems.push(
        `${path}: an alertmanager probe fails on any matching firing alert; min/max do not apply, remove them`
      )
    return {
      id: raw.id,
      kind: 'alertmanager',
      url: raw.alertmanager.url.replace(/\/+$/, ''),
      matchers: raw.alertmanager.matchers.flatMap((text, index) => {
        try {
          return [parseAlertMatcher(text)]
        } catch (error) {
          context.problems.push(`${path}.alertmanager.matchers[${index}]: ${messageOf(error)}`)
          return []
        }
      }),
      timeoutMs: timeoutMs(raw.alertmanager.timeout, `${path}.alertmanager.timeout`, networkTimeoutMs),
      ...limits
    }
  }
  try {
    tokenizeCommand(raw.command as CommandSpec)
  } catch (error) {
    context.problems.push(`${path}.command: ${messageOf(error)}`)
  }
  if ((raw.min !== undefined || raw.max !== undefined) && raw.value !== 'stdout')
    context.problems.push(`${path}: min/max judge a printed number; add value: stdout`)
  return {
    id: raw.id,
    kind: 'command',
    command: raw.command as CommandSpec,
    value: raw.value ?? DEFAULT_COMMAND_PROBE_VALUE,
    timeoutMs: timeoutMs(raw.timeout, `${path}.timeout`, DEFAULT_COMMAND_PROBE_TIMEOUT_MS),
    ...limits
  }
}

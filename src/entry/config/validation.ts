import type { HttpCheckSpec, ReleaseConfig } from '../../core/config.js'
import {
  DEFAULT_EXPECT_STATUS,
  DEFAULT_HTTP_CHECK_TIMEOUT_MS,
  DEFAULT_HTTP_METHOD,
  DEFAULT_PERF_SAMPLES
} from '../../core/defaults.js'
import { parseDuration } from '../../core/duration.js'
import { reportDuplicateIds, type NormalizeContext } from './context.js'
import type { RawConfig, RawHttpCheck } from './raw.js'

/** The declarative checks `validate` and `collect-perf` run, uniquely named per environment. */
export function normalizeValidation(
  context: NormalizeContext,
  raw: RawConfig['validation']
): ReleaseConfig['validation'] {
  const validation = {
    staging: (raw?.staging ?? []).map(httpCheck),
    production: (raw?.production ?? []).map(httpCheck),
    perfSamples: raw?.['perf-samples'] ?? DEFAULT_PERF_SAMPLES
  }
  reportDuplicateIds(
    context,
    validation.staging.map(c => c.id),
    '$.validation.staging'
  )
  reportDuplicateIds(
    context,
    validation.production.map(c => c.id),
    '$.validation.production'
  )
  return validation
}

function httpCheck(raw: RawHttpCheck): HttpCheckSpec {
  return {
    id: raw.id,
    url: raw.url,
    method: raw.method ?? DEFAULT_HTTP_METHOD,
    expectStatus: raw['expect-status'] ?? DEFAULT_EXPECT_STATUS,
    expectHeaders: raw['expect-headers'] ?? {},
    expectJson: raw['expect-json'] ?? {},
    maxLatencyMs: raw['max-latency-ms'],
    timeoutMs: raw.timeout ? parseDuration(raw.timeout) : DEFAULT_HTTP_CHECK_TIMEOUT_MS
  }
}

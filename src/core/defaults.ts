// Every default and bound the config loader applies, in one place. The schema's `default`s (which docs/config.md
// shows) must match them: __tests__/unit/docs/config-defaults.test.ts checks each. Durations are milliseconds; a
// bound keeps the text its message quotes beside the number, so the two cannot drift apart.

/** A duration bound: the limit in milliseconds and how config messages write it. */
export interface DurationBound {
  ms: number
  text: string
}

/** Where the config lives unless `--config` / the `config` input says otherwise. */
export const DEFAULT_CONFIG_PATH = '.github/release-gate.yml'

/** Where evidence is written unless `evidence-dir` says otherwise. */
export const DEFAULT_EVIDENCE_DIR = '.artifacts/deployment'

/** Where local runs keep the release history (the default rollback target) unless `state-dir` says otherwise. */
export const DEFAULT_STATE_DIR = '.release-gate'

/** How many independent services deploy at once unless `concurrency` says otherwise. */
export const DEFAULT_CONCURRENCY = 4

/** A deploy, rollback, verify or check command may run this long unless its `timeout` says otherwise. */
export const DEFAULT_STEP_TIMEOUT_MS = 10 * 60_000

/** Longest `timeout` a command step may ask for: a typo such as 5000h must not wait for weeks. */
export const MAX_STEP_TIMEOUT: DurationBound = { ms: 24 * 3_600_000, text: '24h' }

/** Longest rollout pause (and blue/green keep-old) a config may ask for. */
export const MAX_PAUSE: DurationBound = { ms: 24 * 3_600_000, text: '24h' }

/** Longest health window: a typo such as 24d must not hold a release open for weeks. */
export const MAX_HEALTH_WINDOW: DurationBound = { ms: 24 * 3_600_000, text: '24h' }

/** Oldest a prerequisite may be allowed to be: evidence older than a year proves nothing about this release. */
export const MAX_PREREQUISITE_AGE: DurationBound = { ms: 366 * 86_400_000, text: '366d' }

/** Longest `timeout` a probe may ask for. */
export const MAX_PROBE_TIMEOUT: DurationBound = { ms: 10 * 60_000, text: '10m' }

/** Shortest sampling interval (health window and analysis): faster sampling would load the service it judges. */
export const MIN_SAMPLE_INTERVAL_MS = 100

/** A probe breaches when this many of its samples have failed, unless `health.failure-limit` says otherwise. */
export const DEFAULT_HEALTH_FAILURE_LIMIT = 1

/** Health window: what a breach does unless `health.on-breach` says otherwise. */
export const DEFAULT_ON_BREACH = 'rollback'

/** A probe fails after this many samples in a row could not be measured (refused, timed out, bad query). */
export const DEFAULT_CONSECUTIVE_ERROR_LIMIT = 3

/** Inconclusive samples (no data) before an analysis is inconclusive. */
export const DEFAULT_INCONCLUSIVE_LIMIT = 3

/** An HTTP or Prometheus probe waits at most this long, and never longer than its sampling interval. */
export const DEFAULT_NETWORK_PROBE_TIMEOUT_MS = 5000

/** A command probe may run this long unless its `timeout` says otherwise. */
export const DEFAULT_COMMAND_PROBE_TIMEOUT_MS = 10_000

/** What a command probe measures unless `value` says otherwise. */
export const DEFAULT_COMMAND_PROBE_VALUE = 'exit-code'

/** HTTP status a check or probe expects unless `expect-status` says otherwise. */
export const DEFAULT_EXPECT_STATUS = 200

/** HTTP method of a validation check unless `method` says otherwise. */
export const DEFAULT_HTTP_METHOD = 'GET'

/** A validation check waits at most this long unless its `timeout` says otherwise. */
export const DEFAULT_HTTP_CHECK_TIMEOUT_MS = 5000

/** Requests per check `collect-perf` measures unless `validation.perf-samples` says otherwise. */
export const DEFAULT_PERF_SAMPLES = 20

/** Analysis rounds without a baseline comparison, unless `count` says otherwise. */
export const DEFAULT_ANALYSIS_COUNT = 3

/** Analysis rounds with a baseline comparison: enough samples for a Mann-Whitney test to say something. */
export const DEFAULT_COMPARE_ANALYSIS_COUNT = 10

/** Fewest rounds a baseline comparison may take: a Mann-Whitney test on fewer says nothing. */
export const MIN_COMPARE_ANALYSIS_COUNT = 3

/** What an inconclusive analysis does unless `on-inconclusive` says otherwise. */
export const DEFAULT_ON_INCONCLUSIVE = 'fail'

/** Canary score (0-100) at or above which the canary passes. */
export const DEFAULT_SCORE_PASS = 95

/** Canary score at or above which (and below pass) the canary is marginal rather than failed. */
export const DEFAULT_SCORE_MARGINAL = 75

/** Significance level of the Mann-Whitney U test: a difference counts when p < alpha. */
export const DEFAULT_SCORE_ALPHA = 0.05

/** A compared metric: which way is worse, unless `direction` says otherwise. */
export const DEFAULT_COMPARE_DIRECTION = 'increase'

/** A compared metric fails the canary whatever the score only when marked `critical`. */
export const DEFAULT_COMPARE_CRITICAL = false

/** A compared metric's weight in the score unless `weight` says otherwise. */
export const DEFAULT_COMPARE_WEIGHT = 1

/** Relative change below which a significant difference is accepted, unless `tolerance` says otherwise. */
export const DEFAULT_COMPARE_TOLERANCE = 0

/** Rolling update: equal batches unless `batches` says otherwise (one batch: everything at once). */
export const DEFAULT_ROLLING_BATCHES = 1

/** Rolling update: instances that may be down at once unless `max-unavailable` says otherwise. */
export const DEFAULT_MAX_UNAVAILABLE = 1

/** Time zone of windows and freezes that name none. */
export const DEFAULT_WINDOW_TIMEZONE = 'UTC'

/** Refuse a release with no previous release to roll back to, unless `rollback.allow-first-release` allows it. */
export const DEFAULT_ALLOW_FIRST_RELEASE = false

/** Staging: UAT sign-off is optional unless `staging.uat.required` says otherwise. */
export const DEFAULT_UAT_REQUIRED = false

/** A stakeholder's sign-off is shown, not required, unless `stakeholders[].required` says so. */
export const DEFAULT_STAKEHOLDER_REQUIRED = false

/** The production environment: its required reviewers approve a release and deployments are recorded against it. */
export const DEFAULT_APPROVAL_ENVIRONMENT = 'production'

/** Approval: refuse an environment without a required-reviewers rule unless told otherwise. */
export const DEFAULT_REQUIRE_REVIEWERS = true

/** Approval: what happens when the approver is the person who started the run. */
export const DEFAULT_SELF_APPROVAL = 'refuse'

/** A webhook waits at most this long unless its `timeout` says otherwise. */
export const DEFAULT_NOTIFY_TIMEOUT_MS = 5000

/** One HAProxy Runtime API exchange (connect, commands, answer) may take this long unless `traffic.timeout` says. */
export const DEFAULT_ROUTER_TIMEOUT_MS = 5_000

/** Longest `traffic.timeout`: a router that does not answer within a minute is not going to. */
export const MAX_ROUTER_TIMEOUT: DurationBound = { ms: 60_000, text: '1m' }

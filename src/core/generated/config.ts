// Generated from schemas/config.schema.json by `npm run generate:types` (scripts/generate-types.mjs).
// Do not edit by hand: change the schema and regenerate.

/**
 * An HAProxy backend or server name (letters, digits, _ . : -).
 */
export type HaproxyName = string

/**
 * Who shifts a service's traffic in one environment.
 */
export interface Traffic {
  /**
   * haproxy: release-gate sets server weights and states through HAProxy's Runtime API and reads each change back. command: the deploy (canary, with ${weight}) and switch (blue/green) commands shift traffic, as without a traffic section.
   */
  router: 'haproxy' | 'command'
  /**
   * haproxy: the Runtime API socket (`stats socket ... level admin`): an absolute unix socket path or host:port.
   */
  socket?: string
  /**
   * haproxy: the backend that holds the servers.
   */
  backend?: HaproxyName
  /**
   * haproxy: the backend's servers by role: stable and canary for a canary, blue and green for blue/green.
   */
  servers?: {
    /**
     * Canary: the server running the release that serves now.
     */
    stable?: HaproxyName
    /**
     * Canary: the server the new release is deployed to.
     */
    canary?: HaproxyName
    /**
     * Blue/green: the blue colour's server.
     */
    blue?: HaproxyName
    /**
     * Blue/green: the green colour's server.
     */
    green?: HaproxyName
  }
  /**
   * haproxy: how long one Runtime API exchange may take (connect, commands, answer). Default: 5s.
   */
  timeout?: Duration
}

/**
 * A duration: a whole number followed by ms, s, m, h or d, e.g. 500ms, 30s, 15m, 72h, 7d.
 */
export type Duration = string

/**
 * An identifier: lowercase letters, digits, '-' and '_', starting with a letter or digit.
 */
export type Id = string

/**
 * A command: a string split into argv words like a shell would (quotes allowed, operators such as ; | & > $( ) refused), or an explicit argv array. ${tag}, ${env}, ${previous}, ${evidence}, ${service} and, during a progressive rollout, ${weight}, ${batch}, ${color}, ${step} and ${unavailable} are substituted inside words, never through a shell; environment variables are not (see Placeholders below).
 */
export type Command = string | string[]

/**
 * A command with an optional name and timeout.
 */
export type Step =
  | Command
  | {
      /**
       * Shown in status lines; defaults to the program's file name.
       */
      name?: string
      /**
       * The command to run.
       */
      run: Command
      /**
       * Killed (with its child processes) after this long. Default: 10m.
       */
      timeout?: Duration
    }

/**
 * One HTTP request of the built-in `release-gate validate` and `release-gate collect-perf` checks. It passes on the expected status, headers and JSON fields, within max-latency-ms when set.
 */
export interface HttpCheck {
  /**
   * Names the check in the validation results.
   */
  id: Id
  /**
   * http(s) URL to request.
   */
  url: string
  /**
   * HTTP method of the request.
   */
  method?: 'GET' | 'HEAD' | 'POST'
  /**
   * The status the response must have.
   */
  'expect-status'?: number
  /**
   * Header name → substring the header value must contain (case-insensitive names).
   */
  'expect-headers'?: {
    [k: string]: string
  }
  /**
   * JSON pointer → expected value in the response body, e.g. {"/version": "${tag}"}.
   */
  'expect-json'?: {
    [k: string]: string | number | boolean | null
  }
  /**
   * Slower than this (in milliseconds) fails the check.
   */
  'max-latency-ms'?: number
  /**
   * Request timeout. Default: 5s.
   */
  timeout?: Duration
}

/**
 * One measurement source. Each sample is passed, failed, inconclusive (no data: never a pass) or error (could not measure).
 */
export interface Probe {
  /**
   * Names the probe in analysis steps (`analysis.probes`, `compare`) and in the evidence.
   */
  id: Id
  /**
   * Passes on the expected status (and latency and JSON fields, if set); the measured value is the latency in ms.
   */
  http?: {
    /**
     * http(s) URL to request.
     */
    url: string
    /**
     * The status the response must have.
     */
    'expect-status'?: number
    /**
     * Slower than this (in milliseconds) is a failed sample.
     */
    'max-latency-ms'?: number
    /**
     * JSON pointer → expected value in the response body.
     */
    'expect-json'?: {
      [k: string]: string | number | boolean | null
    }
    /**
     * Request timeout. Default: the interval, at most 5s.
     */
    timeout?: Duration
  }
  /**
   * Passes when it exits 0; with `value: stdout`, the last number it prints is the measurement, judged by min/max.
   */
  command?: Command
  /**
   * Command probes: what is measured.
   */
  value?: 'exit-code' | 'stdout'
  /**
   * An instant query against a Prometheus HTTP API; it must return one series or a scalar. No series or NaN is inconclusive, never a pass.
   */
  prometheus?: {
    /**
     * Base URL of Prometheus, e.g. http://prometheus:9090.
     */
    url: string
    /**
     * PromQL; ${tag}, ${env} and ${previous} are substituted, e.g. a version label.
     */
    query: string
    /**
     * Query timeout. Default: the interval, at most 5s.
     */
    timeout?: Duration
  }
  /**
   * Reads the alerts firing in an Alertmanager (API v2, `GET /api/v2/alerts`; it never writes to Alertmanager). A sample fails while an alert matching every matcher is active (not silenced, not inhibited) and passes while none is; Alertmanager unreachable, too slow, answering non-2xx or a body that is not the API's is inconclusive, never a pass. The measured value is the number of firing alerts; the evidence records each one's alertname, labels, start time and fingerprint.
   */
  alertmanager?: {
    /**
     * Base URL of Alertmanager, e.g. http://alertmanager:9093.
     */
    url: string
    /**
     * Label matchers an alert must all satisfy, in Alertmanager's syntax: `name="value"`, `name!="value"`, `name=~"regex"`, `name!~"regex"` (the regex matches the whole value). ${tag}, ${env} and ${previous} are substituted.
     *
     * @minItems 1
     * @maxItems 20
     */
    matchers: string[]
    /**
     * Request timeout. Default: the interval, at most 5s.
     */
    timeout?: Duration
  }
  /**
   * The measured value must be at least this.
   */
  min?: number
  /**
   * The measured value must be at most this.
   */
  max?: number
  /**
   * Per-sample timeout for command probes. Default: 10s.
   */
  timeout?: Duration
  /**
   * Failed samples that fail this probe (default: the health window's failure-limit).
   */
  'failure-limit'?: number
  /**
   * Consecutive samples that could not be measured (connection refused, timeout, bad query) before the probe fails.
   */
  'consecutive-error-limit'?: number
  /**
   * Inconclusive samples (no data) before the analysis is inconclusive.
   */
  'inconclusive-limit'?: number
}

/**
 * Measure probes at an interval for a number of rounds; any probe reaching a limit stops the rollout.
 */
export interface Analysis {
  /**
   * Ids from `metrics` or `health.probes`.
   *
   * @minItems 1
   */
  probes?: Id[]
  /**
   * Default: the health window's interval.
   */
  interval?: Duration
  /**
   * Rounds of samples. Default: 3, or 10 when the analysis has compare.
   */
  count?: number
  /**
   * fail: abort and roll back. pause: ask a person at the terminal (yes continues); without a terminal it fails.
   */
  'on-inconclusive'?: 'fail' | 'pause'
  /**
   * Baseline versus canary (Kayenta-style): each round samples both probes; the samples are compared with a Mann-Whitney U test and the metrics scored. A score below `score.pass` stops the rollout (marginal counts as inconclusive).
   *
   * @minItems 1
   */
  compare?: {
    /**
     * Names the metric in the score and the evidence.
     */
    id: Id
    /**
     * Probe measuring the release that serves now.
     */
    baseline: Id
    /**
     * Probe measuring the new release.
     */
    canary: Id
    /**
     * Which change is bad (increase: e.g. latency, errors).
     */
    direction?: 'increase' | 'decrease' | 'either'
    /**
     * A failing critical metric fails the canary whatever the score.
     */
    critical?: boolean
    /**
     * The metric's share of the score, relative to the other metrics' weights.
     */
    weight?: number
    /**
     * Relative change (0.1 = 10%) below which a significant difference is accepted.
     */
    tolerance?: number
  }[]
  /**
   * Thresholds of the canary score (0-100): at least `pass` passes, at least `marginal` is marginal (counted as inconclusive), below it fails.
   */
  score?: {
    /**
     * Lowest score that passes.
     */
    pass?: number
    /**
     * Lowest score that is marginal; must not be above pass.
     */
    marginal?: number
    /**
     * Significance level of the Mann-Whitney U test: a difference counts when p < alpha.
     */
    alpha?: number
  }
}

/**
 * One step of a rollout: set-weight (run the deploy command with ${weight}), pause, or analysis.
 */
export interface CanaryStep {
  /**
   * Percentage of traffic (or instances) for the new release: runs the deploy command with ${weight}.
   */
  'set-weight'?: number
  /**
   * Wait this long, or `approval`: wait until a person answers yes at the terminal (where nobody can answer, e.g. in GitHub Actions, the rollout stops and rolls back).
   */
  pause?: Duration | 'approval'
  /**
   * Measure probes now; a failed or inconclusive analysis aborts the rollout and rolls back.
   */
  analysis?: Analysis
}

/**
 * How the deploy command rolls the release out. Default: all at once.
 */
export interface Strategy {
  /**
   * all-at-once: one deploy command per environment. canary: steps of set-weight, pause and analysis. rolling: batches. blue-green: deploy to the idle colour, switch, retire the old one.
   */
  type: 'all-at-once' | 'canary' | 'rolling' | 'blue-green'
  /**
   * canary: the steps, in order. The last set-weight must be 100.
   *
   * @minItems 1
   */
  steps?: CanaryStep[]
  /**
   * rolling: a number of equal batches, or the cumulative percentages of each batch (ending at 100).
   */
  batches?: number | number[]
  /**
   * rolling: wait between batches.
   */
  pause?: Duration
  /**
   * rolling: run after every batch but the last.
   */
  analysis?: Analysis
  /**
   * blue-green: prints the colour serving now (blue or green; nothing when none). Asked each release, so manual switches are respected.
   */
  'active-color'?: Step
  /**
   * blue-green: sends all traffic to ${color}.
   */
  switch?: Step
  /**
   * blue-green: stops ${color} (the colour that served before).
   */
  retire?: Step
  /**
   * blue-green: analysis of the new colour before the switch (probe its preview URL).
   */
  'preview-analysis'?: Analysis
  /**
   * blue-green: the least time the old colour stays up after the switch. It stays up, for an instant switch back, until the health window has passed in any case, and is retired at the later of the two. Default: 0s.
   */
  'keep-old'?: Duration
  /**
   * rolling: how many instances (or what percentage) may be down at once during a batch; passed to the deploy command as ${unavailable}. Default: 1.
   */
  'max-unavailable'?: number | string
}

/**
 * The release config (.github/release-gate.yml): what evidence must exist before a release, how each service is deployed and rolled back, and how the new release is validated and watched.
 */
export interface ConfigFile {
  /**
   * A schema hint for editors; release-gate ignores it.
   */
  $schema?: string
  /**
   * Config format version. Always 1.
   */
  version: 1
  /**
   * Where the evidence bundle is written, relative to the working directory.
   */
  'evidence-dir'?: string
  /**
   * Where local runs keep the release history (the default rollback target).
   */
  'state-dir'?: string
  /**
   * Phase 1: evidence produced upstream (Protocol 10 / 7) that must exist and be fresh.
   */
  prerequisites?: {
    /**
     * Names the prerequisite in the readiness checklist. `release-gate rehearse` writes its record to the path of the prerequisite with id `rollback-rehearsal` (unless given --output); such a record only counts when it passed and rehearsed this release.
     */
    id: Id
    /**
     * Free text for readers of the config.
     */
    description?: string
    /**
     * File path, relative to the working directory.
     */
    path: string
    /**
     * Older than this is stale.
     */
    'max-age': Duration
    /**
     * Optional JSON Schema file the (JSON) artifact must satisfy.
     */
    schema?: string
    /**
     * JSON pointer to an ISO-8601 time in the artifact used for freshness instead of the file's modification time.
     */
    'timestamp-field'?: string
  }[]
  /**
   * When production may be changed: allowed windows and freezes. Phase 1 refuses outside a window or inside a freeze and names the next allowed time; an emergency override needs an explicit reason (--override-window / the override-window input) and is recorded.
   */
  window?: {
    /**
     * IANA time zone of the windows and freezes, e.g. Europe/Berlin.
     */
    timezone?: string
    /**
     * Windows in which releases may start. Empty or absent: any time (outside freezes).
     */
    allow?: {
      /**
       * Weekdays of the window.
       *
       * @minItems 1
       */
      days: ('mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun')[]
      /**
       * HH:MM local time.
       */
      from: string
      /**
       * HH:MM local time, exclusive; earlier than from for a window over midnight.
       */
      to: string
      /**
       * IANA time zone of this window; default: window.timezone.
       */
      timezone?: string
    }[]
    /**
     * Periods in which no release may start, each with a reason.
     */
    freeze?: {
      /**
       * YYYY-MM-DD (whole days, inclusive) or an ISO date-time with offset.
       */
      from: string
      /**
       * YYYY-MM-DD (whole days, inclusive) or an ISO date-time with offset; must be after from.
       */
      to: string
      /**
       * Why releases are frozen; shown when Phase 1 refuses.
       */
      reason: string
      /**
       * IANA time zone of the dates of this freeze; default: window.timezone.
       */
      timezone?: string
    }[]
  }
  /**
   * How many independent services deploy at once.
   */
  concurrency?: number
  /**
   * Services by id. Each needs a deploy and a rollback command.
   */
  services: {
    [k: string]: {
      /**
       * Deploys the release to an environment: ${env} is staging or production, ${tag} the release.
       */
      deploy: Step
      /**
       * Returns the environment to ${previous}, the release it served before.
       */
      rollback: Step
      /**
       * Optional check run right after the service deploys.
       */
      verify?: Step
      /**
       * Services that must be deployed before this one (and are rolled back after it).
       */
      after?: Id[]
      /**
       * How production rolls out (staging always deploys all at once). Default: all-at-once.
       */
      strategy?: Strategy
      /**
       * Per environment (e.g. production): who shifts this service's traffic during a canary or blue/green rollout and its rollback. Default: router command (the deploy, switch and rollback commands do it).
       */
      traffic?: {
        [k: string]: Traffic
      }
    }
  }
  /**
   * How the release manifest maps changed files to services and which paths are risky.
   */
  scope?: {
    /**
     * Service id → path globs (picomatch; `!glob` excludes). A commit touching them puts the service in scope.
     */
    services?: {
      [k: string]: string[]
    }
    /**
     * Globs whose change is flagged as a risk (the config file and the rollback scripts always are).
     */
    'risky-paths'?: string[]
  }
  /**
   * Rollback policy.
   */
  rollback?: {
    /**
     * Allow a release when no previous release is known (nothing to roll back to). Off by default: without a target, a rollback plan is not executable.
     */
    'allow-first-release'?: boolean
  }
  /**
   * Phase 2: what runs after the staging deploy.
   */
  staging?: {
    /**
     * Phase 2 validation suite (smoke, contract, monitoring checks). A command may write ${evidence}/staging-validation-results.json; its checks are merged.
     */
    validate?: Step[]
    /**
     * User acceptance (UAT) sign-off for Gate 2.
     */
    uat?: {
      /**
       * When true, Gate 2 needs a recorded business sign-off (--uat-approve <name>).
       */
      required?: boolean
    }
  }
  /**
   * Phase 3: what runs right after the production deploy.
   */
  production?: {
    /**
     * Immediate post-deployment checks. A command may write ${evidence}/post-deployment-validation.json; its checks are merged.
     */
    checks?: Step[]
  }
  /**
   * Probes used only by rollout analysis steps (e.g. the canary's error rate in Prometheus).
   */
  metrics?: Probe[]
  /**
   * HTTP checks for the built-in `release-gate validate --mode <env>` and `release-gate collect-perf --env <env>`.
   */
  validation?: {
    /**
     * Checks of `release-gate validate --mode staging` (and `collect-perf --env staging`).
     */
    staging?: HttpCheck[]
    /**
     * Checks of `release-gate collect-perf --env production` (and `validate --mode production`).
     */
    production?: HttpCheck[]
    /**
     * Requests per check for collect-perf.
     */
    'perf-samples'?: number
  }
  /**
   * Phase 4 soak window.
   */
  health: {
    /**
     * How long to watch.
     */
    window: Duration
    /**
     * Time between samples of each probe. The probes of a round start spread across the interval (probe i of N at i/N of it, in groups at least 500 ms apart: 100 probes a second start 50 at a time), each on its own slot even after a round that ended late, each host's connection opened once before the first round (unless the release's checks left one open to it), so a round's first sample measures the target, not a cold start.
     */
    interval: Duration
    /**
     * A probe breaches when this many of its samples have failed.
     */
    'failure-limit'?: number
    /**
     * rollback: run the rollback plan at once. alert: fail and leave the decision to a person (release-gate rollback).
     */
    'on-breach'?: 'rollback' | 'alert'
    /**
     * What the health window samples, every interval, for the whole window.
     *
     * @minItems 1
     */
    probes: Probe[]
  }
  /**
   * Phase 3's approval: who may approve, and what an approval needs.
   */
  approval?: {
    /**
     * The production environment. In GitHub Actions its required reviewers are Gate 3's approval; deployments are recorded against it. The action's environment input overrides it.
     */
    environment?: string
    /**
     * If set, only these people may approve the production release.
     */
    approvers?: string[]
    /**
     * In GitHub Actions, refuse to deploy when the environment has no required-reviewers rule (an unprotected environment is no approval gate). Setting false records the opt-out in production-approval.json.
     */
    'require-reviewers'?: boolean
    /**
     * What to do when the person who approved the environment is the one who started the run.
     */
    'self-approval'?: 'refuse' | 'warn' | 'allow'
  }
  /**
   * People who sign off the release: listed in release-manifest.md and the readiness checklist as signed (by whom, when) or pending; `release-gate signoff` records a sign-off.
   *
   * Items: A stakeholder signs off one release with `release-gate signoff --tag <tag> --role <role> --name <name> [--comment <text>]`, recorded in `<state-dir>/stakeholder-signoffs.json` (next to release-history.json) for that tag only: a sign-off of v1.2.0 never counts for v1.3.0. Phase 1 of the tag records each stakeholder as signed (by whom, when, the comment) or pending, in deployment-readiness-checklist.json and release-manifest.md; with `required: true`, Gate 1 halts the release (exit 3) until the sign-off is recorded. In GitHub Actions there is no prompt: the action reads the same file from the checkout, so record the sign-offs locally and commit the file before pushing the tag (see github-setup.md, Stakeholder sign-offs).
   */
  stakeholders?: {
    /**
     * Who signs off.
     */
    name: string
    /**
     * Their role, e.g. product owner: `release-gate signoff --role` names it (a stakeholder without a role is named by its name).
     */
    role?: string
    /**
     * Gate 1 refuses the release until this stakeholder's sign-off for its tag is recorded (`release-gate signoff`, in state-dir/stakeholder-signoffs.json).
     */
    required?: boolean
  }[]
  /**
   * The communication plan written to deployment-communications.md.
   */
  communications?: {
    /**
     * Who watches the release (SRE / support).
     */
    monitors?: string[]
    /**
     * Where the release is announced.
     */
    channel?: string
  }
  /**
   * Webhooks told about phase starts, approval requests and decisions, completion, alerts and rollbacks: one message per event. A notifier that is down never fails the release; the failure is recorded in deployment-communications.md.
   */
  notify?: {
    /**
     * Shown in logs and evidence instead of the URL (a webhook URL is a credential).
     */
    name?: string
    /**
     * The webhook URL. Prefer url-env for secret URLs.
     */
    url?: string
    /**
     * Environment variable holding the URL (e.g. a secret listed under secrets:).
     */
    'url-env'?: string
    /**
     * json: release-gate's own document; slack: a Slack incoming-webhook message.
     */
    format: 'json' | 'slack'
    /**
     * Which events; default all.
     */
    events?: (
      | 'phase-started'
      | 'approval-requested'
      | 'approval-decided'
      | 'released'
      | 'halted'
      | 'alert'
      | 'rollback-started'
      | 'rollback-finished'
    )[]
    /**
     * Per request. Default: 5s.
     */
    timeout?: Duration
  }[]
  /**
   * Environment variables whose values are redacted from logs and evidence (in addition to names ending in TOKEN, SECRET, PASSWORD or KEY). In GitHub Actions these are also the only entries of the action's `secrets` input that reach the configured commands.
   */
  secrets?: string[]
  /**
   * Environment variables, by name or glob (`*`, `?`; like tox's passenv), that the configured commands (deploy, rollback, checks, probes, blue-green steps) get besides the built-in allowlist. A command gets only: PATH, HOME, USER, LOGNAME, SHELL, TERM, TZ, LANG, LANGUAGE, LC_*, TMPDIR, TMP, TEMP, RUNNER_TEMP, RUNNER_OS, RUNNER_ARCH and CI; GitHub's run context GITHUB_ACTIONS, GITHUB_REPOSITORY, GITHUB_REPOSITORY_OWNER, GITHUB_SHA, GITHUB_REF, GITHUB_REF_NAME, GITHUB_REF_TYPE, GITHUB_RUN_ID, GITHUB_RUN_NUMBER, GITHUB_RUN_ATTEMPT, GITHUB_ACTOR, GITHUB_TRIGGERING_ACTOR, GITHUB_SERVER_URL, GITHUB_API_URL, GITHUB_WORKFLOW, GITHUB_EVENT_NAME, GITHUB_JOB and GITHUB_WORKSPACE; RELEASE_GATE_TAG, RELEASE_GATE_ENV, RELEASE_GATE_PREVIOUS, RELEASE_GATE_EVIDENCE_DIR, RELEASE_GATE_SERVICE and RELEASE_GATE_CONFIG; the variables listed under `secrets`; and those matched here (each only when set). Never, even when a glob matches: INPUT_* (the action's inputs, `secrets` among them), ACTIONS_* (the runner's credentials), GITHUB_TOKEN, the file commands GITHUB_ENV, GITHUB_OUTPUT, GITHUB_STATE, GITHUB_PATH and GITHUB_STEP_SUMMARY, nor any variable holding the action's github-token. The CLI adds names with `--pass-env NAME` (repeatable), so a config behaves the same locally and in CI.
   */
  'pass-env'?: string[]
  /**
   * The URL of each environment, shown on GitHub's Deployments page (environment_url of the deployment statuses).
   */
  'environment-urls'?: {
    [k: string]: string
  }
}

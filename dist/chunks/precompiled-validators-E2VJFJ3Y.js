import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  require_equal
} from "./chunk-UDCKKWPC.js";
import {
  require_formats,
  require_ucs2length
} from "./chunk-NMLYNOIP.js";
import "./chunk-KQPNXURP.js";

// src/adapters/evidence/precompiled-validators.ts
var validator0 = validate14;
var schema29 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://release-gate.dev/schemas/config.schema.json", "title": "release-gate configuration", "description": "The release config (.github/release-gate.yml): what evidence must exist before a release, how each service is deployed and rolled back, and how the new release is validated and watched.", "type": "object", "additionalProperties": false, "required": ["version", "services", "health"], "definitions": { "haproxyName": { "type": "string", "pattern": "^[A-Za-z0-9_.:-]+$", "description": "An HAProxy backend or server name (letters, digits, _ . : -)." }, "traffic": { "type": "object", "additionalProperties": false, "required": ["router"], "properties": { "router": { "enum": ["haproxy", "command"], "description": "haproxy: release-gate sets server weights and states through HAProxy's Runtime API and reads each change back. command: the deploy (canary, with ${weight}) and switch (blue/green) commands shift traffic, as without a traffic section." }, "socket": { "type": "string", "minLength": 1, "description": "haproxy: the Runtime API socket (`stats socket ... level admin`): an absolute unix socket path or host:port.", "examples": ["/run/haproxy/admin.sock", "127.0.0.1:9999"] }, "backend": { "$ref": "#/definitions/haproxyName", "description": "haproxy: the backend that holds the servers.", "examples": ["web"] }, "servers": { "type": "object", "additionalProperties": false, "description": "haproxy: the backend's servers by role: stable and canary for a canary, blue and green for blue/green.", "properties": { "stable": { "$ref": "#/definitions/haproxyName", "description": "Canary: the server running the release that serves now." }, "canary": { "$ref": "#/definitions/haproxyName", "description": "Canary: the server the new release is deployed to." }, "blue": { "$ref": "#/definitions/haproxyName", "description": "Blue/green: the blue colour's server." }, "green": { "$ref": "#/definitions/haproxyName", "description": "Blue/green: the green colour's server." } }, "examples": [{ "stable": "web_stable", "canary": "web_canary" }, { "blue": "web_blue", "green": "web_green" }] }, "timeout": { "$ref": "#/definitions/duration", "description": "haproxy: how long one Runtime API exchange may take (connect, commands, answer). Default: 5s." } } }, "duration": { "type": "string", "pattern": "^[0-9]+(ms|s|m|h|d)$", "description": "A duration: a whole number followed by ms, s, m, h or d, e.g. 500ms, 30s, 15m, 72h, 7d.", "examples": ["500ms", "30s", "15m", "72h", "7d"] }, "id": { "type": "string", "pattern": "^[a-z0-9][a-z0-9_-]{0,62}$", "description": "An identifier: lowercase letters, digits, '-' and '_', starting with a letter or digit.", "examples": ["backend", "staging-validation"] }, "command": { "description": "A command: a string split into argv words like a shell would (quotes allowed, operators such as ; | & > $( ) refused), or an explicit argv array. ${tag}, ${env}, ${previous}, ${evidence}, ${service} and, during a progressive rollout, ${weight}, ${batch}, ${color}, ${step} and ${unavailable} are substituted inside words, never through a shell; environment variables are not (see Placeholders below).", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "items": { "type": "string" } }], "examples": ["bash scripts/deploy_backend.sh --env ${env} --release ${tag}"] }, "step": { "description": "A command with an optional name and timeout.", "oneOf": [{ "$ref": "#/definitions/command" }, { "type": "object", "additionalProperties": false, "required": ["run"], "properties": { "name": { "type": "string", "minLength": 1, "description": "Shown in status lines; defaults to the program's file name.", "examples": ["deploy_backend.sh"] }, "run": { "$ref": "#/definitions/command", "description": "The command to run." }, "timeout": { "$ref": "#/definitions/duration", "description": "Killed (with its child processes) after this long. Default: 10m." } } }] }, "httpCheck": { "type": "object", "additionalProperties": false, "required": ["id", "url"], "properties": { "id": { "$ref": "#/definitions/id", "description": "Names the check in the validation results." }, "url": { "type": "string", "pattern": "^https?://", "description": "http(s) URL to request.", "examples": ["https://staging.example.com/healthz"] }, "method": { "enum": ["GET", "HEAD", "POST"], "default": "GET", "description": "HTTP method of the request." }, "expect-status": { "type": "integer", "minimum": 100, "maximum": 599, "default": 200, "description": "The status the response must have." }, "expect-headers": { "type": "object", "additionalProperties": { "type": "string" }, "description": "Header name \u2192 substring the header value must contain (case-insensitive names)." }, "expect-json": { "type": "object", "additionalProperties": { "type": ["string", "number", "boolean", "null"] }, "description": 'JSON pointer \u2192 expected value in the response body, e.g. {"/version": "${tag}"}.', "examples": [{ "/version": "${tag}" }] }, "max-latency-ms": { "type": "integer", "minimum": 1, "maximum": 6e5, "description": "Slower than this (in milliseconds) fails the check." }, "timeout": { "$ref": "#/definitions/duration", "description": "Request timeout. Default: 5s." } }, "description": "One HTTP request of the built-in `release-gate validate` and `release-gate collect-perf` checks. It passes on the expected status, headers and JSON fields, within max-latency-ms when set." }, "probe": { "type": "object", "additionalProperties": false, "required": ["id"], "oneOf": [{ "required": ["http"] }, { "required": ["command"] }, { "required": ["prometheus"] }, { "required": ["alertmanager"] }], "description": "One measurement source. Each sample is passed, failed, inconclusive (no data: never a pass) or error (could not measure).", "properties": { "id": { "$ref": "#/definitions/id", "description": "Names the probe in analysis steps (`analysis.probes`, `compare`) and in the evidence." }, "http": { "type": "object", "additionalProperties": false, "required": ["url"], "description": "Passes on the expected status (and latency and JSON fields, if set); the measured value is the latency in ms.", "properties": { "url": { "type": "string", "pattern": "^https?://", "description": "http(s) URL to request.", "examples": ["https://api.example.com/healthz"] }, "expect-status": { "type": "integer", "minimum": 100, "maximum": 599, "default": 200, "description": "The status the response must have." }, "max-latency-ms": { "type": "integer", "minimum": 1, "maximum": 6e5, "description": "Slower than this (in milliseconds) is a failed sample." }, "expect-json": { "type": "object", "additionalProperties": { "type": ["string", "number", "boolean", "null"] }, "description": "JSON pointer \u2192 expected value in the response body." }, "timeout": { "$ref": "#/definitions/duration", "description": "Request timeout. Default: the interval, at most 5s." } } }, "command": { "$ref": "#/definitions/command", "description": "Passes when it exits 0; with `value: stdout`, the last number it prints is the measurement, judged by min/max." }, "value": { "enum": ["exit-code", "stdout"], "default": "exit-code", "description": "Command probes: what is measured." }, "prometheus": { "type": "object", "additionalProperties": false, "required": ["url", "query"], "description": "An instant query against a Prometheus HTTP API; it must return one series or a scalar. No series or NaN is inconclusive, never a pass.", "properties": { "url": { "type": "string", "pattern": "^https?://", "description": "Base URL of Prometheus, e.g. http://prometheus:9090.", "examples": ["http://prometheus:9090"] }, "query": { "type": "string", "minLength": 1, "description": "PromQL; ${tag}, ${env} and ${previous} are substituted, e.g. a version label.", "examples": ['sum(rate(http_requests_total{code=~"5..",version="${tag}"}[1m])) / sum(rate(http_requests_total{version="${tag}"}[1m]))'] }, "timeout": { "$ref": "#/definitions/duration", "description": "Query timeout. Default: the interval, at most 5s." } } }, "alertmanager": { "type": "object", "additionalProperties": false, "required": ["url", "matchers"], "description": "Reads the alerts firing in an Alertmanager (API v2, `GET /api/v2/alerts`; it never writes to Alertmanager). A sample fails while an alert matching every matcher is active (not silenced, not inhibited) and passes while none is; Alertmanager unreachable, too slow, answering non-2xx or a body that is not the API's is inconclusive, never a pass. The measured value is the number of firing alerts; the evidence records each one's alertname, labels, start time and fingerprint.", "properties": { "url": { "type": "string", "pattern": "^https?://", "description": "Base URL of Alertmanager, e.g. http://alertmanager:9093.", "examples": ["http://alertmanager:9093"] }, "matchers": { "type": "array", "minItems": 1, "maxItems": 20, "items": { "type": "string", "minLength": 1, "maxLength": 1024 }, "description": 'Label matchers an alert must all satisfy, in Alertmanager\'s syntax: `name="value"`, `name!="value"`, `name=~"regex"`, `name!~"regex"` (the regex matches the whole value). ${tag}, ${env} and ${previous} are substituted.', "examples": [['service="checkout"', 'severity=~"critical|page"']] }, "timeout": { "$ref": "#/definitions/duration", "description": "Request timeout. Default: the interval, at most 5s." } } }, "min": { "type": "number", "description": "The measured value must be at least this." }, "max": { "type": "number", "description": "The measured value must be at most this." }, "timeout": { "$ref": "#/definitions/duration", "description": "Per-sample timeout for command probes. Default: 10s." }, "failure-limit": { "type": "integer", "minimum": 1, "description": "Failed samples that fail this probe (default: the health window's failure-limit)." }, "consecutive-error-limit": { "type": "integer", "minimum": 1, "default": 3, "description": "Consecutive samples that could not be measured (connection refused, timeout, bad query) before the probe fails." }, "inconclusive-limit": { "type": "integer", "minimum": 1, "default": 3, "description": "Inconclusive samples (no data) before the analysis is inconclusive." } } }, "analysis": { "type": "object", "additionalProperties": false, "required": [], "description": "Measure probes at an interval for a number of rounds; any probe reaching a limit stops the rollout.", "properties": { "probes": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/definitions/id" }, "description": "Ids from `metrics` or `health.probes`.", "examples": [["api-canary-errors"]] }, "interval": { "$ref": "#/definitions/duration", "description": "Default: the health window's interval." }, "count": { "type": "integer", "minimum": 1, "maximum": 1e4, "description": "Rounds of samples. Default: 3, or 10 when the analysis has compare." }, "on-inconclusive": { "enum": ["fail", "pause"], "default": "fail", "description": "fail: abort and roll back. pause: ask a person at the terminal (yes continues); without a terminal it fails." }, "compare": { "type": "array", "minItems": 1, "description": "Baseline versus canary (Kayenta-style): each round samples both probes; the samples are compared with a Mann-Whitney U test and the metrics scored. A score below `score.pass` stops the rollout (marginal counts as inconclusive).", "items": { "type": "object", "additionalProperties": false, "required": ["id", "baseline", "canary"], "properties": { "id": { "$ref": "#/definitions/id", "description": "Names the metric in the score and the evidence." }, "baseline": { "$ref": "#/definitions/id", "description": "Probe measuring the release that serves now." }, "canary": { "$ref": "#/definitions/id", "description": "Probe measuring the new release." }, "direction": { "enum": ["increase", "decrease", "either"], "default": "increase", "description": "Which change is bad (increase: e.g. latency, errors)." }, "critical": { "type": "boolean", "default": false, "description": "A failing critical metric fails the canary whatever the score." }, "weight": { "type": "number", "exclusiveMinimum": 0, "default": 1, "description": "The metric's share of the score, relative to the other metrics' weights." }, "tolerance": { "type": "number", "minimum": 0, "default": 0, "description": "Relative change (0.1 = 10%) below which a significant difference is accepted." } } } }, "score": { "type": "object", "additionalProperties": false, "properties": { "pass": { "type": "number", "minimum": 0, "maximum": 100, "default": 95, "description": "Lowest score that passes." }, "marginal": { "type": "number", "minimum": 0, "maximum": 100, "default": 75, "description": "Lowest score that is marginal; must not be above pass." }, "alpha": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "default": 0.05, "description": "Significance level of the Mann-Whitney U test: a difference counts when p < alpha." } }, "description": "Thresholds of the canary score (0-100): at least `pass` passes, at least `marginal` is marginal (counted as inconclusive), below it fails." } }, "anyOf": [{ "required": ["probes"] }, { "required": ["compare"] }] }, "rolloutStep": { "type": "object", "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "description": "One step of a rollout: set-weight (run the deploy command with ${weight}), pause, or analysis.", "properties": { "set-weight": { "type": "integer", "minimum": 0, "maximum": 100, "description": "Percentage of traffic (or instances) for the new release: runs the deploy command with ${weight}.", "examples": [10, 50, 100] }, "pause": { "oneOf": [{ "$ref": "#/definitions/duration" }, { "const": "approval" }], "description": "Wait this long, or `approval`: wait until a person answers yes at the terminal (where nobody can answer, e.g. in GitHub Actions, the rollout stops and rolls back).", "examples": ["2m", "approval"] }, "analysis": { "$ref": "#/definitions/analysis", "description": "Measure probes now; a failed or inconclusive analysis aborts the rollout and rolls back." } } }, "strategy": { "type": "object", "additionalProperties": false, "required": ["type"], "description": "How the deploy command rolls the release out. Default: all at once.", "properties": { "type": { "enum": ["all-at-once", "canary", "rolling", "blue-green"], "description": "all-at-once: one deploy command per environment. canary: steps of set-weight, pause and analysis. rolling: batches. blue-green: deploy to the idle colour, switch, retire the old one." }, "steps": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/rolloutStep" }, "description": "canary: the steps, in order. The last set-weight must be 100." }, "batches": { "description": "rolling: a number of equal batches, or the cumulative percentages of each batch (ending at 100).", "oneOf": [{ "type": "integer", "minimum": 1, "maximum": 100 }, { "type": "array", "minItems": 1, "items": { "type": "integer", "minimum": 1, "maximum": 100 } }], "examples": [4, [10, 50, 100]] }, "pause": { "$ref": "#/definitions/duration", "description": "rolling: wait between batches." }, "analysis": { "$ref": "#/definitions/analysis", "description": "rolling: run after every batch but the last." }, "active-color": { "$ref": "#/definitions/step", "description": "blue-green: prints the colour serving now (blue or green; nothing when none). Asked each release, so manual switches are respected." }, "switch": { "$ref": "#/definitions/step", "description": "blue-green: sends all traffic to ${color}." }, "retire": { "$ref": "#/definitions/step", "description": "blue-green: stops ${color} (the colour that served before)." }, "preview-analysis": { "$ref": "#/definitions/analysis", "description": "blue-green: analysis of the new colour before the switch (probe its preview URL)." }, "keep-old": { "$ref": "#/definitions/duration", "description": "blue-green: the least time the old colour stays up after the switch. It stays up, for an instant switch back, until the health window has passed in any case, and is retired at the later of the two. Default: 0s." }, "max-unavailable": { "oneOf": [{ "type": "integer", "minimum": 0 }, { "type": "string", "pattern": "^[0-9]{1,3}%$" }], "description": "rolling: how many instances (or what percentage) may be down at once during a batch; passed to the deploy command as ${unavailable}. Default: 1.", "examples": [1, "25%"] } } } }, "properties": { "$schema": { "type": "string", "description": "A schema hint for editors; release-gate ignores it." }, "version": { "const": 1, "description": "Config format version. Always 1." }, "evidence-dir": { "type": "string", "default": ".artifacts/deployment", "description": "Where the evidence bundle is written, relative to the working directory.", "examples": [".artifacts/deployment"] }, "state-dir": { "type": "string", "default": ".release-gate", "description": "Where local runs keep the release history (the default rollback target)." }, "prerequisites": { "type": "array", "description": "Phase 1: evidence produced upstream (Protocol 10 / 7) that must exist and be fresh.", "items": { "type": "object", "additionalProperties": false, "required": ["id", "path", "max-age"], "properties": { "id": { "$ref": "#/definitions/id", "description": "Names the prerequisite in the readiness checklist. `release-gate rehearse` writes its record to the path of the prerequisite with id `rollback-rehearsal` (unless given --output); such a record only counts when it passed and rehearsed this release.", "examples": ["staging-validation", "rollback-rehearsal"] }, "description": { "type": "string", "description": "Free text for readers of the config." }, "path": { "type": "string", "minLength": 1, "description": "File path, relative to the working directory.", "examples": [".artifacts/staging/validation-report.json"] }, "max-age": { "$ref": "#/definitions/duration", "description": "Older than this is stale.", "examples": ["72h", "7d"] }, "schema": { "type": "string", "description": "Optional JSON Schema file the (JSON) artifact must satisfy.", "examples": ["schemas/staging-validation.schema.json"] }, "timestamp-field": { "type": "string", "pattern": "^/", "description": "JSON pointer to an ISO-8601 time in the artifact used for freshness instead of the file's modification time.", "examples": ["/generatedAt"] } } } }, "window": { "type": "object", "additionalProperties": false, "description": "When production may be changed: allowed windows and freezes. Phase 1 refuses outside a window or inside a freeze and names the next allowed time; an emergency override needs an explicit reason (--override-window / the override-window input) and is recorded.", "properties": { "timezone": { "type": "string", "default": "UTC", "description": "IANA time zone of the windows and freezes, e.g. Europe/Berlin.", "examples": ["Europe/Berlin"] }, "allow": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["days", "from", "to"], "properties": { "days": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] }, "description": "Weekdays of the window.", "examples": [["mon", "tue", "wed", "thu"]] }, "from": { "type": "string", "description": "HH:MM local time.", "examples": ["09:00"] }, "to": { "type": "string", "description": "HH:MM local time, exclusive; earlier than from for a window over midnight.", "examples": ["16:00"] }, "timezone": { "type": "string", "description": "IANA time zone of this window; default: window.timezone." } } }, "description": "Windows in which releases may start. Empty or absent: any time (outside freezes)." }, "freeze": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["from", "to", "reason"], "properties": { "from": { "type": "string", "description": "YYYY-MM-DD (whole days, inclusive) or an ISO date-time with offset.", "examples": ["2026-12-20", "2026-12-20T18:00:00+01:00"] }, "to": { "type": "string", "description": "YYYY-MM-DD (whole days, inclusive) or an ISO date-time with offset; must be after from.", "examples": ["2027-01-04"] }, "reason": { "type": "string", "minLength": 1, "description": "Why releases are frozen; shown when Phase 1 refuses.", "examples": ["year-end freeze"] }, "timezone": { "type": "string", "description": "IANA time zone of the dates of this freeze; default: window.timezone." } } }, "description": "Periods in which no release may start, each with a reason." } } }, "concurrency": { "type": "integer", "minimum": 1, "maximum": 64, "default": 4, "description": "How many independent services deploy at once." }, "services": { "type": "object", "minProperties": 1, "description": "Services by id. Each needs a deploy and a rollback command.", "propertyNames": { "$ref": "#/definitions/id" }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["deploy", "rollback"], "properties": { "deploy": { "$ref": "#/definitions/step", "description": "Deploys the release to an environment: ${env} is staging or production, ${tag} the release.", "examples": ["bash scripts/deploy_backend.sh --env ${env} --release ${tag}"] }, "rollback": { "$ref": "#/definitions/step", "description": "Returns the environment to ${previous}, the release it served before.", "examples": ["bash scripts/rollback_backend.sh --env ${env} --release ${previous}"] }, "verify": { "$ref": "#/definitions/step", "description": "Optional check run right after the service deploys." }, "after": { "type": "array", "items": { "$ref": "#/definitions/id" }, "uniqueItems": true, "description": "Services that must be deployed before this one (and are rolled back after it).", "examples": [["backend"]] }, "strategy": { "$ref": "#/definitions/strategy", "description": "How production rolls out (staging always deploys all at once). Default: all-at-once." }, "traffic": { "type": "object", "description": "Per environment (e.g. production): who shifts this service's traffic during a canary or blue/green rollout and its rollback. Default: router command (the deploy, switch and rollback commands do it).", "propertyNames": { "$ref": "#/definitions/id" }, "additionalProperties": { "$ref": "#/definitions/traffic" }, "examples": [{ "production": { "router": "haproxy", "socket": "/run/haproxy/admin.sock", "backend": "web", "servers": { "stable": "web_stable", "canary": "web_canary" } } }] } } } }, "scope": { "type": "object", "additionalProperties": false, "description": "How the release manifest maps changed files to services and which paths are risky.", "properties": { "services": { "type": "object", "propertyNames": { "$ref": "#/definitions/id" }, "additionalProperties": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "description": "Service id \u2192 path globs (picomatch; `!glob` excludes). A commit touching them puts the service in scope.", "examples": [{ "backend": ["services/backend/**", "!**/*.md"] }] }, "risky-paths": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Globs whose change is flagged as a risk (the config file and the rollback scripts always are).", "examples": [["migrations/**"]] } } }, "rollback": { "type": "object", "additionalProperties": false, "properties": { "allow-first-release": { "type": "boolean", "default": false, "description": "Allow a release when no previous release is known (nothing to roll back to). Off by default: without a target, a rollback plan is not executable." } }, "description": "Rollback policy." }, "staging": { "type": "object", "additionalProperties": false, "properties": { "validate": { "type": "array", "items": { "$ref": "#/definitions/step" }, "description": "Phase 2 validation suite (smoke, contract, monitoring checks). A command may write ${evidence}/staging-validation-results.json; its checks are merged." }, "uat": { "type": "object", "additionalProperties": false, "properties": { "required": { "type": "boolean", "default": false, "description": "When true, Gate 2 needs a recorded business sign-off (--uat-approve <name>)." } }, "description": "User acceptance (UAT) sign-off for Gate 2." } }, "description": "Phase 2: what runs after the staging deploy." }, "production": { "type": "object", "additionalProperties": false, "properties": { "checks": { "type": "array", "items": { "$ref": "#/definitions/step" }, "description": "Immediate post-deployment checks. A command may write ${evidence}/post-deployment-validation.json; its checks are merged." } }, "description": "Phase 3: what runs right after the production deploy." }, "metrics": { "type": "array", "items": { "$ref": "#/definitions/probe" }, "description": "Probes used only by rollout analysis steps (e.g. the canary's error rate in Prometheus)." }, "validation": { "type": "object", "additionalProperties": false, "description": "HTTP checks for the built-in `release-gate validate --mode <env>` and `release-gate collect-perf --env <env>`.", "properties": { "staging": { "type": "array", "items": { "$ref": "#/definitions/httpCheck" }, "description": "Checks of `release-gate validate --mode staging` (and `collect-perf --env staging`)." }, "production": { "type": "array", "items": { "$ref": "#/definitions/httpCheck" }, "description": "Checks of `release-gate collect-perf --env production` (and `validate --mode production`)." }, "perf-samples": { "type": "integer", "minimum": 1, "maximum": 1e3, "default": 20, "description": "Requests per check for collect-perf." } } }, "health": { "type": "object", "additionalProperties": false, "required": ["window", "interval", "probes"], "description": "Phase 4 soak window.", "properties": { "window": { "$ref": "#/definitions/duration", "description": "How long to watch.", "examples": ["15m"] }, "interval": { "$ref": "#/definitions/duration", "description": "Time between samples of each probe. The probes of a round start spread across the interval (probe i of N at i/N of it, in groups at least 500 ms apart: 100 probes a second start 50 at a time), each on its own slot even after a round that ended late, each host's connection opened once before the first round (unless the release's checks left one open to it), so a round's first sample measures the target, not a cold start.", "examples": ["30s"] }, "failure-limit": { "type": "integer", "minimum": 1, "default": 1, "description": "A probe breaches when this many of its samples have failed." }, "on-breach": { "enum": ["rollback", "alert"], "default": "rollback", "description": "rollback: run the rollback plan at once. alert: fail and leave the decision to a person (release-gate rollback)." }, "probes": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/probe" }, "description": "What the health window samples, every interval, for the whole window." } } }, "approval": { "type": "object", "additionalProperties": false, "properties": { "environment": { "type": "string", "default": "production", "description": "The production environment. In GitHub Actions its required reviewers are Gate 3's approval; deployments are recorded against it. The action's environment input overrides it." }, "approvers": { "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true, "description": "If set, only these people may approve the production release.", "examples": [["dana", "lee"]] }, "require-reviewers": { "type": "boolean", "default": true, "description": "In GitHub Actions, refuse to deploy when the environment has no required-reviewers rule (an unprotected environment is no approval gate). Setting false records the opt-out in production-approval.json." }, "self-approval": { "enum": ["refuse", "warn", "allow"], "default": "refuse", "description": "What to do when the person who approved the environment is the one who started the run." } }, "description": "Phase 3's approval: who may approve, and what an approval needs." }, "stakeholders": { "type": "array", "description": "People who sign off the release: listed in release-manifest.md and the readiness checklist as signed (by whom, when) or pending; `release-gate signoff` records a sign-off.", "items": { "type": "object", "description": "A stakeholder signs off one release with `release-gate signoff --tag <tag> --role <role> --name <name> [--comment <text>]`, recorded in `<state-dir>/stakeholder-signoffs.json` (next to release-history.json) for that tag only: a sign-off of v1.2.0 never counts for v1.3.0. Phase 1 of the tag records each stakeholder as signed (by whom, when, the comment) or pending, in deployment-readiness-checklist.json and release-manifest.md; with `required: true`, Gate 1 halts the release (exit 3) until the sign-off is recorded. In GitHub Actions there is no prompt: the action reads the same file from the checkout, so record the sign-offs locally and commit the file before pushing the tag (see github-setup.md, Stakeholder sign-offs).", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string", "description": "Who signs off.", "examples": ["Dana (release manager)"] }, "role": { "type": "string", "description": "Their role, e.g. product owner: `release-gate signoff --role` names it (a stakeholder without a role is named by its name)." }, "required": { "type": "boolean", "default": false, "description": "Gate 1 refuses the release until this stakeholder's sign-off for its tag is recorded (`release-gate signoff`, in state-dir/stakeholder-signoffs.json)." } } } }, "communications": { "type": "object", "additionalProperties": false, "properties": { "monitors": { "type": "array", "items": { "type": "string" }, "description": "Who watches the release (SRE / support)." }, "channel": { "type": "string", "description": "Where the release is announced.", "examples": ["#releases"] } }, "description": "The communication plan written to deployment-communications.md." }, "notify": { "type": "array", "description": "Webhooks told about phase starts, approval requests and decisions, completion, alerts and rollbacks: one message per event. A notifier that is down never fails the release; the failure is recorded in deployment-communications.md.", "items": { "type": "object", "additionalProperties": false, "required": ["format"], "oneOf": [{ "required": ["url"] }, { "required": ["url-env"] }], "properties": { "name": { "type": "string", "minLength": 1, "description": "Shown in logs and evidence instead of the URL (a webhook URL is a credential)." }, "url": { "type": "string", "pattern": "^https?://", "description": "The webhook URL. Prefer url-env for secret URLs." }, "url-env": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "description": "Environment variable holding the URL (e.g. a secret listed under secrets:).", "examples": ["RELEASE_WEBHOOK_URL"] }, "format": { "enum": ["json", "slack"], "description": "json: release-gate's own document; slack: a Slack incoming-webhook message." }, "events": { "type": "array", "uniqueItems": true, "items": { "enum": ["phase-started", "approval-requested", "approval-decided", "released", "halted", "alert", "rollback-started", "rollback-finished"] }, "description": "Which events; default all." }, "timeout": { "$ref": "#/definitions/duration", "description": "Per request. Default: 5s." } } } }, "secrets": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "description": "Environment variables whose values are redacted from logs and evidence (in addition to names ending in TOKEN, SECRET, PASSWORD or KEY). In GitHub Actions these are also the only entries of the action's `secrets` input that reach the configured commands.", "examples": [["DEPLOY_TOKEN", "DB_PASSWORD"]] }, "pass-env": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9_*?]+$" }, "description": "Environment variables, by name or glob (`*`, `?`; like tox's passenv), that the configured commands (deploy, rollback, checks, probes, blue-green steps) get besides the built-in allowlist. A command gets only: PATH, HOME, USER, LOGNAME, SHELL, TERM, TZ, LANG, LANGUAGE, LC_*, TMPDIR, TMP, TEMP, RUNNER_TEMP, RUNNER_OS, RUNNER_ARCH and CI; GitHub's run context GITHUB_ACTIONS, GITHUB_REPOSITORY, GITHUB_REPOSITORY_OWNER, GITHUB_SHA, GITHUB_REF, GITHUB_REF_NAME, GITHUB_REF_TYPE, GITHUB_RUN_ID, GITHUB_RUN_NUMBER, GITHUB_RUN_ATTEMPT, GITHUB_ACTOR, GITHUB_TRIGGERING_ACTOR, GITHUB_SERVER_URL, GITHUB_API_URL, GITHUB_WORKFLOW, GITHUB_EVENT_NAME, GITHUB_JOB and GITHUB_WORKSPACE; RELEASE_GATE_TAG, RELEASE_GATE_ENV, RELEASE_GATE_PREVIOUS, RELEASE_GATE_EVIDENCE_DIR, RELEASE_GATE_SERVICE and RELEASE_GATE_CONFIG; the variables listed under `secrets`; and those matched here (each only when set). Never, even when a glob matches: INPUT_* (the action's inputs, `secrets` among them), ACTIONS_* (the runner's credentials), GITHUB_TOKEN, the file commands GITHUB_ENV, GITHUB_OUTPUT, GITHUB_STATE, GITHUB_PATH and GITHUB_STEP_SUMMARY, nor any variable holding the action's github-token. The CLI adds names with `--pass-env NAME` (repeatable), so a config behaves the same locally and in CI.", "examples": [["AWS_*", "KUBECONFIG"]] }, "environment-urls": { "type": "object", "description": "The URL of each environment, shown on GitHub's Deployments page (environment_url of the deployment statuses).", "propertyNames": { "pattern": "^[A-Za-z0-9_.-]+$" }, "additionalProperties": { "type": "string", "format": "uri", "pattern": "^https?://" }, "examples": [{ "staging": "https://staging.example.com", "production": "https://example.com" }] } } };
var schema30 = { "type": "string", "pattern": "^[a-z0-9][a-z0-9_-]{0,62}$", "description": "An identifier: lowercase letters, digits, '-' and '_', starting with a letter or digit.", "examples": ["backend", "staging-validation"] };
var schema31 = { "type": "string", "pattern": "^[0-9]+(ms|s|m|h|d)$", "description": "A duration: a whole number followed by ms, s, m, h or d, e.g. 500ms, 30s, 15m, 72h, 7d.", "examples": ["500ms", "30s", "15m", "72h", "7d"] };
var func2 = Object.prototype.hasOwnProperty;
var func3 = require_ucs2length().default;
var func0 = require_equal().default;
var pattern9 = new RegExp("^[a-z0-9][a-z0-9_-]{0,62}$", "u");
var pattern10 = new RegExp("^[0-9]+(ms|s|m|h|d)$", "u");
var pattern11 = new RegExp("^/", "u");
var pattern33 = new RegExp("^https?://", "u");
var pattern46 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
var pattern49 = new RegExp("^[A-Za-z0-9_*?]+$", "u");
var pattern50 = new RegExp("^[A-Za-z0-9_.-]+$", "u");
var schema33 = { "description": "A command with an optional name and timeout.", "oneOf": [{ "$ref": "#/definitions/command" }, { "type": "object", "additionalProperties": false, "required": ["run"], "properties": { "name": { "type": "string", "minLength": 1, "description": "Shown in status lines; defaults to the program's file name.", "examples": ["deploy_backend.sh"] }, "run": { "$ref": "#/definitions/command", "description": "The command to run." }, "timeout": { "$ref": "#/definitions/duration", "description": "Killed (with its child processes) after this long. Default: 10m." } } }] };
var schema34 = { "description": "A command: a string split into argv words like a shell would (quotes allowed, operators such as ; | & > $( ) refused), or an explicit argv array. ${tag}, ${env}, ${previous}, ${evidence}, ${service} and, during a progressive rollout, ${weight}, ${batch}, ${color}, ${step} and ${unavailable} are substituted inside words, never through a shell; environment variables are not (see Placeholders below).", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "items": { "type": "string" } }], "examples": ["bash scripts/deploy_backend.sh --env ${env} --release ${tag}"] };
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  const _errs2 = errors;
  const _errs3 = errors;
  let valid2 = false;
  let passing1 = null;
  const _errs4 = errors;
  const _errs5 = errors;
  if (typeof data === "string") {
    if (func3(data) < 1) {
      const err0 = { instancePath, schemaPath: "#/definitions/command/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.oneOf[0], data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/definitions/command/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.oneOf[0].type, parentSchema: schema34.oneOf[0], data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  var _valid1 = _errs4 === errors;
  if (_valid1) {
    valid2 = true;
    passing1 = 0;
  }
  const _errs6 = errors;
  const _errs7 = errors;
  if (Array.isArray(data)) {
    if (data.length < 1) {
      const err2 = { instancePath, schemaPath: "#/definitions/command/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema34.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    let valid4 = true;
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      const _errs8 = errors;
      if (typeof data0 !== "string") {
        const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/command/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.oneOf[1].items.type, parentSchema: schema34.oneOf[1].items, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      const _errs9 = errors;
      var valid3 = _errs8 === errors;
      if (!valid3) {
        valid4 = false;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/definitions/command/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.oneOf[1].type, parentSchema: schema34.oneOf[1], data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  var _valid1 = _errs6 === errors;
  if (_valid1 && valid2) {
    valid2 = false;
    passing1 = [passing1, 1];
  } else {
    if (_valid1) {
      valid2 = true;
      passing1 = 1;
    }
  }
  if (!valid2) {
    const err5 = { instancePath, schemaPath: "#/definitions/command/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema34.oneOf, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  } else {
    errors = _errs3;
    if (vErrors !== null) {
      if (_errs3) {
        vErrors.length = _errs3;
      } else {
        vErrors = null;
      }
    }
  }
  var valid1 = _errs2 === errors;
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs10 = errors;
  const _errs11 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.run === void 0) {
      const err6 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "run" }, message: "must have required property 'run'", schema: schema33.oneOf[1].required, parentSchema: schema33.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    const _errs12 = errors;
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "run" || key0 === "timeout")) {
        const err7 = { instancePath, schemaPath: "#/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33.oneOf[1], data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      const _errs13 = errors;
      const _errs14 = errors;
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err8 = { instancePath: instancePath + "/name", schemaPath: "#/oneOf/1/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.oneOf[1].properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/name", schemaPath: "#/oneOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.oneOf[1].properties.name.type, parentSchema: schema33.oneOf[1].properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      var valid5 = _errs13 === errors;
    }
    if (data.run !== void 0) {
      let data2 = data.run;
      const _errs15 = errors;
      const _errs16 = errors;
      const _errs17 = errors;
      let valid7 = false;
      let passing2 = null;
      const _errs18 = errors;
      const _errs19 = errors;
      if (typeof data2 === "string") {
        if (func3(data2) < 1) {
          const err10 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/command/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.oneOf[0], data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/command/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.oneOf[0].type, parentSchema: schema34.oneOf[0], data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      var _valid2 = _errs18 === errors;
      if (_valid2) {
        valid7 = true;
        passing2 = 0;
      }
      const _errs20 = errors;
      const _errs21 = errors;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err12 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/command/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema34.oneOf[1], data: data2 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        let valid9 = true;
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          const _errs22 = errors;
          if (typeof data3 !== "string") {
            const err13 = { instancePath: instancePath + "/run/" + i1, schemaPath: "#/definitions/command/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.oneOf[1].items.type, parentSchema: schema34.oneOf[1].items, data: data3 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          const _errs23 = errors;
          var valid8 = _errs22 === errors;
          if (!valid8) {
            valid9 = false;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/command/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.oneOf[1].type, parentSchema: schema34.oneOf[1], data: data2 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var _valid2 = _errs20 === errors;
      if (_valid2 && valid7) {
        valid7 = false;
        passing2 = [passing2, 1];
      } else {
        if (_valid2) {
          valid7 = true;
          passing2 = 1;
        }
      }
      if (!valid7) {
        const err15 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/command/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema34.oneOf, parentSchema: schema34, data: data2 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      } else {
        errors = _errs17;
        if (vErrors !== null) {
          if (_errs17) {
            vErrors.length = _errs17;
          } else {
            vErrors = null;
          }
        }
      }
      var valid6 = _errs16 === errors;
      var valid5 = _errs15 === errors;
    }
    if (data.timeout !== void 0) {
      let data4 = data.timeout;
      const _errs24 = errors;
      const _errs25 = errors;
      const _errs26 = errors;
      if (typeof data4 === "string") {
        if (!pattern10.test(data4)) {
          const err16 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(ms|s|m|h|d)$" }, message: 'must match pattern "^[0-9]+(ms|s|m|h|d)$"', schema: "^[0-9]+(ms|s|m|h|d)$", parentSchema: schema31, data: data4 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.type, parentSchema: schema31, data: data4 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      var valid10 = _errs25 === errors;
      var valid5 = _errs24 === errors;
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.oneOf[1].type, parentSchema: schema33.oneOf[1], data };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  var _valid0 = _errs10 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err19 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema33.oneOf, parentSchema: schema33, data };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate15.errors = vErrors;
  return errors === 0;
}
var schema38 = { "type": "object", "additionalProperties": false, "required": ["type"], "description": "How the deploy command rolls the release out. Default: all at once.", "properties": { "type": { "enum": ["all-at-once", "canary", "rolling", "blue-green"], "description": "all-at-once: one deploy command per environment. canary: steps of set-weight, pause and analysis. rolling: batches. blue-green: deploy to the idle colour, switch, retire the old one." }, "steps": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/rolloutStep" }, "description": "canary: the steps, in order. The last set-weight must be 100." }, "batches": { "description": "rolling: a number of equal batches, or the cumulative percentages of each batch (ending at 100).", "oneOf": [{ "type": "integer", "minimum": 1, "maximum": 100 }, { "type": "array", "minItems": 1, "items": { "type": "integer", "minimum": 1, "maximum": 100 } }], "examples": [4, [10, 50, 100]] }, "pause": { "$ref": "#/definitions/duration", "description": "rolling: wait between batches." }, "analysis": { "$ref": "#/definitions/analysis", "description": "rolling: run after every batch but the last." }, "active-color": { "$ref": "#/definitions/step", "description": "blue-green: prints the colour serving now (blue or green; nothing when none). Asked each release, so manual switches are respected." }, "switch": { "$ref": "#/definitions/step", "description": "blue-green: sends all traffic to ${color}." }, "retire": { "$ref": "#/definitions/step", "description": "blue-green: stops ${color} (the colour that served before)." }, "preview-analysis": { "$ref": "#/definitions/analysis", "description": "blue-green: analysis of the new colour before the switch (probe its preview URL)." }, "keep-old": { "$ref": "#/definitions/duration", "description": "blue-green: the least time the old colour stays up after the switch. It stays up, for an instant switch back, until the health window has passed in any case, and is retired at the later of the two. Default: 0s." }, "max-unavailable": { "oneOf": [{ "type": "integer", "minimum": 0 }, { "type": "string", "pattern": "^[0-9]{1,3}%$" }], "description": "rolling: how many instances (or what percentage) may be down at once during a batch; passed to the deploy command as ${unavailable}. Default: 1.", "examples": [1, "25%"] } } };
var schema39 = { "type": "object", "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "description": "One step of a rollout: set-weight (run the deploy command with ${weight}), pause, or analysis.", "properties": { "set-weight": { "type": "integer", "minimum": 0, "maximum": 100, "description": "Percentage of traffic (or instances) for the new release: runs the deploy command with ${weight}.", "examples": [10, 50, 100] }, "pause": { "oneOf": [{ "$ref": "#/definitions/duration" }, { "const": "approval" }], "description": "Wait this long, or `approval`: wait until a person answers yes at the terminal (where nobody can answer, e.g. in GitHub Actions, the rollout stops and rolls back).", "examples": ["2m", "approval"] }, "analysis": { "$ref": "#/definitions/analysis", "description": "Measure probes now; a failed or inconclusive analysis aborts the rollout and rolls back." } } };
var schema41 = { "type": "object", "additionalProperties": false, "required": [], "description": "Measure probes at an interval for a number of rounds; any probe reaching a limit stops the rollout.", "properties": { "probes": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/definitions/id" }, "description": "Ids from `metrics` or `health.probes`.", "examples": [["api-canary-errors"]] }, "interval": { "$ref": "#/definitions/duration", "description": "Default: the health window's interval." }, "count": { "type": "integer", "minimum": 1, "maximum": 1e4, "description": "Rounds of samples. Default: 3, or 10 when the analysis has compare." }, "on-inconclusive": { "enum": ["fail", "pause"], "default": "fail", "description": "fail: abort and roll back. pause: ask a person at the terminal (yes continues); without a terminal it fails." }, "compare": { "type": "array", "minItems": 1, "description": "Baseline versus canary (Kayenta-style): each round samples both probes; the samples are compared with a Mann-Whitney U test and the metrics scored. A score below `score.pass` stops the rollout (marginal counts as inconclusive).", "items": { "type": "object", "additionalProperties": false, "required": ["id", "baseline", "canary"], "properties": { "id": { "$ref": "#/definitions/id", "description": "Names the metric in the score and the evidence." }, "baseline": { "$ref": "#/definitions/id", "description": "Probe measuring the release that serves now." }, "canary": { "$ref": "#/definitions/id", "description": "Probe measuring the new release." }, "direction": { "enum": ["increase", "decrease", "either"], "default": "increase", "description": "Which change is bad (increase: e.g. latency, errors)." }, "critical": { "type": "boolean", "default": false, "description": "A failing critical metric fails the canary whatever the score." }, "weight": { "type": "number", "exclusiveMinimum": 0, "default": 1, "description": "The metric's share of the score, relative to the other metrics' weights." }, "tolerance": { "type": "number", "minimum": 0, "default": 0, "description": "Relative change (0.1 = 10%) below which a significant difference is accepted." } } } }, "score": { "type": "object", "additionalProperties": false, "properties": { "pass": { "type": "number", "minimum": 0, "maximum": 100, "default": 95, "description": "Lowest score that passes." }, "marginal": { "type": "number", "minimum": 0, "maximum": 100, "default": 75, "description": "Lowest score that is marginal; must not be above pass." }, "alpha": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "default": 0.05, "description": "Significance level of the Mann-Whitney U test: a difference counts when p < alpha." } }, "description": "Thresholds of the canary score (0-100): at least `pass` passes, at least `marginal` is marginal (counted as inconclusive), below it fails." } }, "anyOf": [{ "required": ["probes"] }, { "required": ["compare"] }] };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  const _errs1 = errors;
  let valid0 = false;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.probes === void 0) {
      const err0 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "probes" }, message: "must have required property 'probes'", schema: schema41.anyOf[0].required, parentSchema: schema41.anyOf[0], data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.compare === void 0) {
        const err1 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "compare" }, message: "must have required property 'compare'", schema: schema41.anyOf[1].required, parentSchema: schema41.anyOf[1], data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    var _valid0 = _errs3 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
    }
  }
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema41.anyOf, parentSchema: schema41, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    const _errs4 = errors;
    for (const key0 in data) {
      if (!(key0 === "probes" || key0 === "interval" || key0 === "count" || key0 === "on-inconclusive" || key0 === "compare" || key0 === "score")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.probes !== void 0) {
      let data0 = data.probes;
      const _errs5 = errors;
      const _errs6 = errors;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err4 = { instancePath: instancePath + "/probes", schemaPath: "#/properties/probes/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema41.properties.probes, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        let valid3 = true;
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          const _errs7 = errors;
          const _errs8 = errors;
          const _errs9 = errors;
          if (typeof data1 === "string") {
            if (!pattern9.test(data1)) {
              const err5 = { instancePath: instancePath + "/probes/" + i0, schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]{0,62}$"', schema: "^[a-z0-9][a-z0-9_-]{0,62}$", parentSchema: schema30, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/probes/" + i0, schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.type, parentSchema: schema30, data: data1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          var valid4 = _errs8 === errors;
          var valid2 = _errs7 === errors;
          if (!valid2) {
            valid3 = false;
          }
        }
        let valid5;
        let i1 = data0.length;
        let j0;
        valid5 = true;
        if (i1 > 1) {
          outer0: for (; i1--; ) {
            for (j0 = i1; j0--; ) {
              if (func0(data0[i1], data0[j0])) {
                const err7 = { instancePath: instancePath + "/probes", schemaPath: "#/properties/probes/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema41.properties.probes, data: data0 };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
                valid5 = false;
                break outer0;
              }
            }
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/probes", schemaPath: "#/properties/probes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema41.properties.probes.type, parentSchema: schema41.properties.probes, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      var valid1 = _errs5 === errors;
    }
    if (data.interval !== void 0) {
      let data2 = data.interval;
      const _errs10 = errors;
      const _errs11 = errors;
      const _errs12 = errors;
      if (typeof data2 === "string") {
        if (!pattern10.test(data2)) {
          const err9 = { instancePath: instancePath + "/interval", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(ms|s|m|h|d)$" }, message: 'must match pattern "^[0-9]+(ms|s|m|h|d)$"', schema: "^[0-9]+(ms|s|m|h|d)$", parentSchema: schema31, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/interval", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.type, parentSchema: schema31, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var valid6 = _errs11 === errors;
      var valid1 = _errs10 === errors;
    }
    if (data.count !== void 0) {
      let data3 = data.count;
      const _errs13 = errors;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err11 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema41.properties.count.type, parentSchema: schema41.properties.count, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      const _errs14 = errors;
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 > 1e4 || isNaN(data3)) {
          const err12 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e4 }, message: "must be <= 10000", schema: 1e4, parentSchema: schema41.properties.count, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data3 < 1 || isNaN(data3)) {
          const err13 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema41.properties.count, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
      var valid1 = _errs13 === errors;
    }
    if (data["on-inconclusive"] !== void 0) {
      let data4 = data["on-inconclusive"];
      const _errs15 = errors;
      const vSchema0 = schema41.properties["on-inconclusive"].enum;
      if (!(data4 === "fail" || data4 === "pause")) {
        const err14 = { instancePath: instancePath + "/on-inconclusive", schemaPath: "#/properties/on-inconclusive/enum", keyword: "enum", params: { allowedValues: schema41.properties["on-inconclusive"].enum }, message: "must be equal to one of the allowed values", schema: schema41.properties["on-inconclusive"].enum, parentSchema: schema41.properties["on-inconclusive"], data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var valid1 = _errs15 === errors;
    }
    if (data.compare !== void 0) {
      let data5 = data.compare;
      const _errs16 = errors;
      const _errs17 = errors;
      if (Array.isArray(data5)) {
        if (data5.length < 1) {
          const err15 = { instancePath: instancePath + "/compare", schemaPath: "#/properties/compare/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema41.properties.compare, data: data5 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        let valid8 = true;
        const len1 = data5.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data6 = data5[i2];
          const _errs18 = errors;
          const _errs19 = errors;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.id === void 0) {
              const err16 = { instancePath: instancePath + "/compare/" + i2, schemaPath: "#/properties/compare/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema41.properties.compare.items.required, parentSchema: schema41.properties.compare.items, data: data6 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data6.baseline === void 0) {
              const err17 = { instancePath: instancePath + "/compare/" + i2, schemaPath: "#/properties/compare/items/required", keyword: "required", params: { missingProperty: "baseline" }, message: "must have required property 'baseline'", schema: schema41.properties.compare.items.required, parentSchema: schema41.properties.compare.items, data: data6 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data6.canary === void 0) {
              const err18 = { instancePath: instancePath + "/compare/" + i2, schemaPath: "#/properties/compare/items/required", keyword: "required", params: { missingProperty: "canary" }, message: "must have required property 'canary'", schema: schema41.properties.compare.items.required, parentSchema: schema41.properties.compare.items, data: data6 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            const _errs20 = errors;
            for (const key1 in data6) {
              if (!(key1 === "id" || key1 === "baseline" || key1 === "canary" || key1 === "direction" || key1 === "critical" || key1 === "weight" || key1 === "tolerance")) {
                const err19 = { instancePath: instancePath + "/compare/" + i2, schemaPath: "#/properties/compare/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.properties.compare.items, data: data6 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data6.id !== void 0) {
              let data7 = data6.id;
              const _errs21 = errors;
              const _errs22 = errors;
              const _errs23 = errors;
              if (typeof data7 === "string") {
                if (!pattern9.test(data7)) {
                  const err20 = { instancePath: instancePath + "/compare/" + i2 + "/id", schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]{0,62}$"', schema: "^[a-z0-9][a-z0-9_-]{0,62}$", parentSchema: schema30, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              } else {
                const err21 = { instancePath: instancePath + "/compare/" + i2 + "/id", schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.type, parentSchema: schema30, data: data7 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
              var valid10 = _errs22 === errors;
              var valid9 = _errs21 === errors;
            }
            if (data6.baseline !== void 0) {
              let data8 = data6.baseline;
              const _errs24 = errors;
              const _errs25 = errors;
              const _errs26 = errors;
              if (typeof data8 === "string") {
                if (!pattern9.test(data8)) {
                  const err22 = { instancePath: instancePath + "/compare/" + i2 + "/baseline", schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]{0,62}$"', schema: "^[a-z0-9][a-z0-9_-]{0,62}$", parentSchema: schema30, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              } else {
                const err23 = { instancePath: instancePath + "/compare/" + i2 + "/baseline", schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.type, parentSchema: schema30, data: data8 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
              var valid11 = _errs25 === errors;
              var valid9 = _errs24 === errors;
            }
            if (data6.canary !== void 0) {
              let data9 = data6.canary;
              const _errs27 = errors;
              const _errs28 = errors;
              const _errs29 = errors;
              if (typeof data9 === "string") {
                if (!pattern9.test(data9)) {
                  const err24 = { instancePath: instancePath + "/compare/" + i2 + "/canary", schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]{0,62}$"', schema: "^[a-z0-9][a-z0-9_-]{0,62}$", parentSchema: schema30, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              } else {
                const err25 = { instancePath: instancePath + "/compare/" + i2 + "/canary", schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.type, parentSchema: schema30, data: data9 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
              var valid12 = _errs28 === errors;
              var valid9 = _errs27 === errors;
            }
            if (data6.direction !== void 0) {
              let data10 = data6.direction;
              const _errs30 = errors;
              const vSchema1 = schema41.properties.compare.items.properties.direction.enum;
              if (!(data10 === "increase" || data10 === "decrease" || data10 === "either")) {
                const err26 = { instancePath: instancePath + "/compare/" + i2 + "/direction", schemaPath: "#/properties/compare/items/properties/direction/enum", keyword: "enum", params: { allowedValues: schema41.properties.compare.items.properties.direction.enum }, message: "must be equal to one of the allowed values", schema: schema41.properties.compare.items.properties.direction.enum, parentSchema: schema41.properties.compare.items.properties.direction, data: data10 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
              var valid9 = _errs30 === errors;
            }
            if (data6.critical !== void 0) {
              let data11 = data6.critical;
              const _errs31 = errors;
              if (typeof data11 !== "boolean") {
                const err27 = { instancePath: instancePath + "/compare/" + i2 + "/critical", schemaPath: "#/properties/compare/items/properties/critical/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema41.properties.compare.items.properties.critical.type, parentSchema: schema41.properties.compare.items.properties.critical, data: data11 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
              const _errs32 = errors;
              var valid9 = _errs31 === errors;
            }
            if (data6.weight !== void 0) {
              let data12 = data6.weight;
              const _errs33 = errors;
              const _errs34 = errors;
              if (typeof data12 == "number" && isFinite(data12)) {
                if (data12 <= 0 || isNaN(data12)) {
                  const err28 = { instancePath: instancePath + "/compare/" + i2 + "/weight", schemaPath: "#/properties/compare/items/properties/weight/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema41.properties.compare.items.properties.weight, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              } else {
                const err29 = { instancePath: instancePath + "/compare/" + i2 + "/weight", schemaPath: "#/properties/compare/items/properties/weight/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema41.properties.compare.items.properties.weight.type, parentSchema: schema41.properties.compare.items.properties.weight, data: data12 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
              var valid9 = _errs33 === errors;
            }
            if (data6.tolerance !== void 0) {
              let data13 = data6.tolerance;
              const _errs35 = errors;
              const _errs36 = errors;
              if (typeof data13 == "number" && isFinite(data13)) {
                if (data13 < 0 || isNaN(data13)) {
                  const err30 = { instancePath: instancePath + "/compare/" + i2 + "/tolerance", schemaPath: "#/properties/compare/items/properties/tolerance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema41.properties.compare.items.properties.tolerance, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              } else {
                const err31 = { instancePath: instancePath + "/compare/" + i2 + "/tolerance", schemaPath: "#/properties/compare/items/properties/tolerance/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema41.properties.compare.items.properties.tolerance.type, parentSchema: schema41.properties.compare.items.properties.tolerance, data: data13 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
              var valid9 = _errs35 === errors;
            }
          } else {
            const err32 = { instancePath: instancePath + "/compare/" + i2, schemaPath: "#/properties/compare/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties.compare.items.type, parentSchema: schema41.properties.compare.items, data: data6 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
          var valid7 = _errs18 === errors;
          if (!valid7) {
            valid8 = false;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/compare", schemaPath: "#/properties/compare/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema41.properties.compare.type, parentSchema: schema41.properties.compare, data: data5 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      var valid1 = _errs16 === errors;
    }
    if (data.score !== void 0) {
      let data14 = data.score;
      const _errs37 = errors;
      const _errs38 = errors;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        const _errs39 = errors;
        for (const key2 in data14) {
          if (!(key2 === "pass" || key2 === "marginal" || key2 === "alpha")) {
            const err34 = { instancePath: instancePath + "/score", schemaPath: "#/properties/score/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.properties.score, data: data14 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data14.pass !== void 0) {
          let data15 = data14.pass;
          const _errs40 = errors;
          const _errs41 = errors;
          if (typeof data15 == "number" && isFinite(data15)) {
            if (data15 > 100 || isNaN(data15)) {
              const err35 = { instancePath: instancePath + "/score/pass", schemaPath: "#/properties/score/properties/pass/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema41.properties.score.properties.pass, data: data15 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            if (data15 < 0 || isNaN(data15)) {
              const err36 = { instancePath: instancePath + "/score/pass", schemaPath: "#/properties/score/properties/pass/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema41.properties.score.properties.pass, data: data15 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          } else {
            const err37 = { instancePath: instancePath + "/score/pass", schemaPath: "#/properties/score/properties/pass/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema41.properties.score.properties.pass.type, parentSchema: schema41.properties.score.properties.pass, data: data15 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          var valid13 = _errs40 === errors;
        }
        if (data14.marginal !== void 0) {
          let data16 = data14.marginal;
          const _errs42 = errors;
          const _errs43 = errors;
          if (typeof data16 == "number" && isFinite(data16)) {
            if (data16 > 100 || isNaN(data16)) {
              const err38 = { instancePath: instancePath + "/score/marginal", schemaPath: "#/properties/score/properties/marginal/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema41.properties.score.properties.marginal, data: data16 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            if (data16 < 0 || isNaN(data16)) {
              const err39 = { instancePath: instancePath + "/score/marginal", schemaPath: "#/properties/score/properties/marginal/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema41.properties.score.properties.marginal, data: data16 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          } else {
            const err40 = { instancePath: instancePath + "/score/marginal", schemaPath: "#/properties/score/properties/marginal/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema41.properties.score.properties.marginal.type, parentSchema: schema41.properties.score.properties.marginal, data: data16 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          var valid13 = _errs42 === errors;
        }
        if (data14.alpha !== void 0) {
          let data17 = data14.alpha;
          const _errs44 = errors;
          const _errs45 = errors;
          if (typeof data17 == "number" && isFinite(data17)) {
            if (data17 >= 1 || isNaN(data17)) {
              const err41 = { instancePath: instancePath + "/score/alpha", schemaPath: "#/properties/score/properties/alpha/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: schema41.properties.score.properties.alpha, data: data17 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            if (data17 <= 0 || isNaN(data17)) {
              const err42 = { instancePath: instancePath + "/score/alpha", schemaPath: "#/properties/score/properties/alpha/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema41.properties.score.properties.alpha, data: data17 };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          } else {
            const err43 = { instancePath: instancePath + "/score/alpha", schemaPath: "#/properties/score/properties/alpha/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema41.properties.score.properties.alpha.type, parentSchema: schema41.properties.score.properties.alpha, data: data17 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
          var valid13 = _errs44 === errors;
        }
      } else {
        const err44 = { instancePath: instancePath + "/score", schemaPath: "#/properties/score/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties.score.type, parentSchema: schema41.properties.score, data: data14 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
      var valid1 = _errs37 === errors;
    }
  } else {
    const err45 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.type, parentSchema: schema41, data };
    if (vErrors === null) {
      vErrors = [err45];
    } else {
      vErrors.push(err45);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length > 1) {
      const err0 = { instancePath, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties", schema: 1, parentSchema: schema39, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (Object.keys(data).length < 1) {
      const err1 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema39, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!(key0 === "set-weight" || key0 === "pause" || key0 === "analysis")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data["set-weight"] !== void 0) {
      let data0 = data["set-weight"];
      const _errs2 = errors;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err3 = { instancePath: instancePath + "/set-weight", schemaPath: "#/properties/set-weight/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema39.properties["set-weight"].type, parentSchema: schema39.properties["set-weight"], data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      const _errs3 = errors;
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 100 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/set-weight", schemaPath: "#/properties/set-weight/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema39.properties["set-weight"], data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          const err5 = { instancePath: instancePath + "/set-weight", schemaPath: "#/properties/set-weight/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema39.properties["set-weight"], data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      var valid0 = _errs2 === errors;
    }
    if (data.pause !== void 0) {
      let data1 = data.pause;
      const _errs4 = errors;
      const _errs5 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs6 = errors;
      const _errs7 = errors;
      const _errs8 = errors;
      if (typeof data1 === "string") {
        if (!pattern10.test(data1)) {
          const err6 = { instancePath: instancePath + "/pause", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(ms|s|m|h|d)$" }, message: 'must match pattern "^[0-9]+(ms|s|m|h|d)$"', schema: "^[0-9]+(ms|s|m|h|d)$", parentSchema: schema31, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/pause", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.type, parentSchema: schema31, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var valid2 = _errs7 === errors;
      var _valid0 = _errs6 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs9 = errors;
      if ("approval" !== data1) {
        const err8 = { instancePath: instancePath + "/pause", schemaPath: "#/properties/pause/oneOf/1/const", keyword: "const", params: { allowedValue: "approval" }, message: "must be equal to constant", schema: "approval", parentSchema: schema39.properties.pause.oneOf[1], data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      var _valid0 = _errs9 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err9 = { instancePath: instancePath + "/pause", schemaPath: "#/properties/pause/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema39.properties.pause.oneOf, parentSchema: schema39.properties.pause, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      } else {
        errors = _errs5;
        if (vErrors !== null) {
          if (_errs5) {
            vErrors.length = _errs5;
          } else {
            vErrors = null;
          }
        }
      }
      var valid0 = _errs4 === errors;
    }
    if (data.analysis !== void 0) {
      let data2 = data.analysis;
      const _errs10 = errors;
      if (!validate21(data2, { instancePath: instancePath + "/analysis", parentData: data, parentDataProperty: "analysis", rootData })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      } else {
      }
      var valid0 = _errs10 === errors;
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.type, parentSchema: schema39, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
var pattern23 = new RegExp("^[0-9]{1,3}%$", "u");
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema38.required, parentSchema: schema38, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!func2.call(schema38.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      const _errs2 = errors;
      const vSchema0 = schema38.properties.type.enum;
      if (!(data0 === "all-at-once" || data0 === "canary" || data0 === "rolling" || data0 === "blue-green")) {
        const err2 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema38.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema38.properties.type.enum, parentSchema: schema38.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      var valid0 = _errs2 === errors;
    }
    if (data.steps !== void 0) {
      let data1 = data.steps;
      const _errs3 = errors;
      const _errs4 = errors;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err3 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema38.properties.steps, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        let valid2 = true;
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          const _errs5 = errors;
          if (!validate20(data2, { instancePath: instancePath + "/steps/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
            errors = vErrors.length;
          } else {
          }
          var valid1 = _errs5 === errors;
          if (!valid1) {
            valid2 = false;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.properties.steps.type, parentSchema: schema38.properties.steps, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      var valid0 = _errs3 === errors;
    }
    if (data.batches !== void 0) {
      let data3 = data.batches;
      const _errs6 = errors;
      const _errs7 = errors;
      let valid3 = false;
      let passing0 = null;
      const _errs8 = errors;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err5 = { instancePath: instancePath + "/batches", schemaPath: "#/properties/batches/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema38.properties.batches.oneOf[0].type, parentSchema: schema38.properties.batches.oneOf[0], data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      const _errs9 = errors;
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 > 100 || isNaN(data3)) {
          const err6 = { instancePath: instancePath + "/batches", schemaPath: "#/properties/batches/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema38.properties.batches.oneOf[0], data: data3 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data3 < 1 || isNaN(data3)) {
          const err7 = { instancePath: instancePath + "/batches", schemaPath: "#/properties/batches/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema38.properties.batches.oneOf[0], data: data3 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      var _valid0 = _errs8 === errors;
      if (_valid0) {
        valid3 = true;
        passing0 = 0;
      }
      const _errs10 = errors;
      const _errs11 = errors;
      if (Array.isArray(data3)) {
        if (data3.length < 1) {
          const err8 = { instancePath: instancePath + "/batches", schemaPath: "#/properties/batches/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema38.properties.batches.oneOf[1], data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        let valid5 = true;
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data4 = data3[i1];
          const _errs12 = errors;
          if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
            const err9 = { instancePath: instancePath + "/batches/" + i1, schemaPath: "#/properties/batches/oneOf/1/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema38.properties.batches.oneOf[1].items.type, parentSchema: schema38.properties.batches.oneOf[1].items, data: data4 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          const _errs13 = errors;
          if (typeof data4 == "number" && isFinite(data4)) {
            if (data4 > 100 || isNaN(data4)) {
              const err10 = { instancePath: instancePath + "/batches/" + i1, schemaPath: "#/properties/batches/oneOf/1/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema38.properties.batches.oneOf[1].items, data: data4 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (data4 < 1 || isNaN(data4)) {
              const err11 = { instancePath: instancePath + "/batches/" + i1, schemaPath: "#/properties/batches/oneOf/1/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema38.properties.batches.oneOf[1].items, data: data4 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
          var valid4 = _errs12 === errors;
          if (!valid4) {
            valid5 = false;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/batches", schemaPath: "#/properties/batches/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.properties.batches.oneOf[1].type, parentSchema: schema38.properties.batches.oneOf[1], data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      var _valid0 = _errs10 === errors;
      if (_valid0 && valid3) {
        valid3 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid3 = true;
          passing0 = 1;
        }
      }
      if (!valid3) {
        const err13 = { instancePath: instancePath + "/batches", schemaPath: "#/properties/batches/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema38.properties.batches.oneOf, parentSchema: schema38.properties.batches, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      } else {
        errors = _errs7;
        if (vErrors !== null) {
          if (_errs7) {
            vErrors.length = _errs7;
          } else {
            vErrors = null;
          }
        }
      }
      var valid0 = _errs6 === errors;
    }
    if (data.pause !== void 0) {
      let data5 = data.pause;
      const _errs14 = errors;
      const _errs15 = errors;
      const _errs16 = errors;
      if (typeof data5 === "string") {
        if (!pattern10.test(data5)) {
          const err14 = { instancePath: instancePath + "/pause", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(ms|s|m|h|d)$" }, message: 'must match pattern "^[0-9]+(ms|s|m|h|d)$"', schema: "^[0-9]+(ms|s|m|h|d)$", parentSchema: schema31, data: data5 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/pause", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.type, parentSchema: schema31, data: data5 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      var valid6 = _errs15 === errors;
      var valid0 = _errs14 === errors;
    }
    if (data.analysis !== void 0) {
      let data6 = data.analysis;
      const _errs17 = errors;
      if (!validate21(data6, { instancePath: instancePath + "/analysis", parentData: data, parentDataProperty: "analysis", rootData })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      } else {
      }
      var valid0 = _errs17 === errors;
    }
    if (data["active-color"] !== void 0) {
      let data7 = data["active-color"];
      const _errs18 = errors;
      if (!validate15(data7, { instancePath: instancePath + "/active-color", parentData: data, parentDataProperty: "active-color", rootData })) {
        vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
        errors = vErrors.length;
      } else {
      }
      var valid0 = _errs18 === errors;
    }
    if (data.switch !== void 0) {
      let data8 = data.switch;
      const _errs19 = errors;
      if (!validate15(data8, { instancePath: instancePath + "/switch", parentData: data, parentDataProperty: "switch", rootData })) {
        vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
        errors = vErrors.length;
      } else {
      }
      var valid0 = _errs19 === errors;
    }
    if (data.retire !== void 0) {
      let data9 = data.retire;
      const _errs20 = errors;
      if (!validate15(data9, { instancePath: instancePath + "/retire", parentData: data, parentDataProperty: "retire", rootData })) {
        vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
        errors = vErrors.length;
      } else {
      }
      var valid0 = _errs20 === errors;
    }
    if (data["preview-analysis"] !== void 0) {
      let data10 = data["preview-analysis"];
      const _errs21 = errors;
      if (!validate21(data10, { instancePath: instancePath + "/preview-analysis", parentData: data, parentDataProperty: "preview-analysis", rootData })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      } else {
      }
      var valid0 = _errs21 === errors;
    }
    if (data["keep-old"] !== void 0) {
      let data11 = data["keep-old"];
      const _errs22 = errors;
      const _errs23 = errors;
      const _errs24 = errors;
      if (typeof data11 === "string") {
        if (!pattern10.test(data11)) {
          const err16 = { instancePath: instancePath + "/keep-old", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(ms|s|m|h|d)$" }, message: 'must match pattern "^[0-9]+(ms|s|m|h|d)$"', schema: "^[0-9]+(ms|s|m|h|d)$", parentSchema: schema31, data: data11 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/keep-old", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.type, parentSchema: schema31, data: data11 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      var valid7 = _errs23 === errors;
      var valid0 = _errs22 === errors;
    }
    if (data["max-unavailable"] !== void 0) {
      let data12 = data["max-unavailable"];
      const _errs25 = errors;
      const _errs26 = errors;
      let valid8 = false;
      let passing1 = null;
      const _errs27 = errors;
      if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
        const err18 = { instancePath: instancePath + "/max-unavailable", schemaPath: "#/properties/max-unavailable/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema38.properties["max-unavailable"].oneOf[0].type, parentSchema: schema38.properties["max-unavailable"].oneOf[0], data: data12 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      const _errs28 = errors;
      if (typeof data12 == "number" && isFinite(data12)) {
        if (data12 < 0 || isNaN(data12)) {
          const err19 = { instancePath: instancePath + "/max-unavailable", schemaPath: "#/properties/max-unavailable/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema38.properties["max-unavailable"].oneOf[0], data: data12 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
      var _valid1 = _errs27 === errors;
      if (_valid1) {
        valid8 = true;
        passing1 = 0;
      }
      const _errs29 = errors;
      const _errs30 = errors;
      if (typeof data12 === "string") {
        if (!pattern23.test(data12)) {
          const err20 = { instancePath: instancePath + "/max-unavailable", schemaPath: "#/properties/max-unavailable/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]{1,3}%$" }, message: 'must match pattern "^[0-9]{1,3}%$"', schema: "^[0-9]{1,3}%$", parentSchema: schema38.properties["max-unavailable"].oneOf[1], data: data12 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/max-unavailable", schemaPath: "#/properties/max-unavailable/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties["max-unavailable"].oneOf[1].type, parentSchema: schema38.properties["max-unavailable"].oneOf[1], data: data12 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      var _valid1 = _errs29 === errors;
      if (_valid1 && valid8) {
        valid8 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid8 = true;
          passing1 = 1;
        }
      }
      if (!valid8) {
        const err22 = { instancePath: instancePath + "/max-unavailable", schemaPath: "#/properties/max-unavailable/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema38.properties["max-unavailable"].oneOf, parentSchema: schema38.properties["max-unavailable"], data: data12 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      } else {
        errors = _errs26;
        if (vErrors !== null) {
          if (_errs26) {
            vErrors.length = _errs26;
          } else {
            vErrors = null;
          }
        }
      }
      var valid0 = _errs25 === errors;
    }
  } else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate19.errors = vErrors;
  return errors === 0;
}
var schema50 = { "type": "object", "additionalProperties": false, "required": ["router"], "properties": { "router": { "enum": ["haproxy", "command"], "description": "haproxy: release-gate sets server weights and states through HAProxy's Runtime API and reads each change back. command: the deploy (canary, with ${weight}) and switch (blue/green) commands shift traffic, as without a traffic section." }, "socket": { "type": "string", "minLength": 1, "description": "haproxy: the Runtime API socket (`stats socket ... level admin`): an absolute unix socket path or host:port.", "examples": ["/run/haproxy/admin.sock", "127.0.0.1:9999"] }, "backend": { "$ref": "#/definitions/haproxyName", "description": "haproxy: the backend that holds the servers.", "examples": ["web"] }, "servers": { "type": "object", "additionalProperties": false, "description": "haproxy: the backend's servers by role: stable and canary for a canary, blue and green for blue/green.", "properties": { "stable": { "$ref": "#/definitions/haproxyName", "description": "Canary: the server running the release that serves now." }, "canary": { "$ref": "#/definitions/haproxyName", "description": "Canary: the server the new release is deployed to." }, "blue": { "$ref": "#/definitions/haproxyName", "description": "Blue/green: the blue colour's server." }, "green": { "$ref": "#/definitions/haproxyName", "description": "Blue/green: the green colour's server." } }, "examples": [{ "stable": "web_stable", "canary": "web_canary" }, { "blue": "web_blue", "green": "web_green" }] }, "timeout": { "$ref": "#/definitions/duration", "description": "haproxy: how long one Runtime API exchange may take (connect, commands, answer). Default: 5s." } } };
var schema51 = { "type": "string", "pattern": "^[A-Za-z0-9_.:-]+$", "description": "An HAProxy backend or server name (letters, digits, _ . : -)." };
var pattern25 = new RegExp("^[A-Za-z0-9_.:-]+$", "u");
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.router === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "router" }, message: "must have required property 'router'", schema: schema50.required, parentSchema: schema50, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!(key0 === "router" || key0 === "socket" || key0 === "backend" || key0 === "servers" || key0 === "timeout")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.router !== void 0) {
      let data0 = data.router;
      const _errs2 = errors;
      const vSchema0 = schema50.properties.router.enum;
      if (!(data0 === "haproxy" || data0 === "command")) {
        const err2 = { instancePath: instancePath + "/router", schemaPath: "#/properties/router/enum", keyword: "enum", params: { allowedValues: schema50.properties.router.enum }, message: "must be equal to one of the allowed values", schema: schema50.properties.router.enum, parentSchema: schema50.properties.router, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      var valid0 = _errs2 === errors;
    }
    if (data.socket !== void 0) {
      let data1 = data.socket;
      const _errs3 = errors;
      const _errs4 = errors;
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err3 = { instancePath: instancePath + "/socket", schemaPath: "#/properties/socket/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50.properties.socket, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/socket", schemaPath: "#/properties/socket/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.socket.type, parentSchema: schema50.properties.socket, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      var valid0 = _errs3 === errors;
    }
    if (data.backend !== void 0) {
      let data2 = data.backend;
      const _errs5 = errors;
      const _errs6 = errors;
      const _errs7 = errors;
      if (typeof data2 === "string") {
        if (!pattern25.test(data2)) {
          const err5 = { instancePath: instancePath + "/backend", schemaPath: "#/definitions/haproxyName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.:-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.:-]+$"', schema: "^[A-Za-z0-9_.:-]+$", parentSchema: schema51, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/backend", schemaPath: "#/definitions/haproxyName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.type, parentSchema: schema51, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      var valid1 = _errs6 === errors;
      var valid0 = _errs5 === errors;
    }
    if (data.servers !== void 0) {
      let data3 = data.servers;
      const _errs8 = errors;
      const _errs9 = errors;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        const _errs10 = errors;
        for (const key1 in data3) {
          if (!(key1 === "stable" || key1 === "canary" || key1 === "blue" || key1 === "green")) {
            const err7 = { instancePath: instancePath + "/servers", schemaPath: "#/properties/servers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50.properties.servers, data: data3 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data3.stable !== void 0) {
          let data4 = data3.stable;
          const _errs11 = errors;
          const _errs12 = errors;
          const _errs13 = errors;
          if (typeof data4 === "string") {
            if (!pattern25.test(data4)) {
              const err8 = { instancePath: instancePath + "/servers/stable", schemaPath: "#/definitions/haproxyName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.:-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.:-]+$"', schema: "^[A-Za-z0-9_.:-]+$", parentSchema: schema51, data: data4 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/servers/stable", schemaPath: "#/definitions/haproxyName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.type, parentSchema: schema51, data: data4 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          var valid3 = _errs12 === errors;
          var valid2 = _errs11 === errors;
        }
        if (data3.canary !== void 0) {
          let data5 = data3.canary;
          const _errs14 = errors;
          const _errs15 = errors;
          const _errs16 = errors;
          if (typeof data5 === "string") {
            if (!pattern25.test(data5)) {
              const err10 = { instancePath: instancePath + "/servers/canary", schemaPath: "#/definitions/haproxyName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.:-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.:-]+$"', schema: "^[A-Za-z0-9_.:-]+$", parentSchema: schema51, data: data5 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/servers/canary", schemaPath: "#/definitions/haproxyName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.type, parentSchema: schema51, data: data5 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          var valid4 = _errs15 === errors;
          var valid2 = _errs14 === errors;
        }
        if (data3.blue !== void 0) {
          let data6 = data3.blue;
          const _errs17 = errors;
          const _errs18 = errors;
          const _errs19 = errors;
          if (typeof data6 === "string") {
            if (!pattern25.test(data6)) {
              const err12 = { instancePath: instancePath + "/servers/blue", schemaPath: "#/definitions/haproxyName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.:-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.:-]+$"', schema: "^[A-Za-z0-9_.:-]+$", parentSchema: schema51, data: data6 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/servers/blue", schemaPath: "#/definitions/haproxyName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.type, parentSchema: schema51, data: data6 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          var valid5 = _errs18 === errors;
          var valid2 = _errs17 === errors;
        }
        if (data3.green !== void 0) {
          let data7 = data3.green;
          const _errs20 = errors;
          const _errs21 = errors;
          const _errs22 = errors;
          if (typeof data7 === "string") {
            if (!pattern25.test(data7)) {
              const err14 = { instancePath: instancePath + "/servers/green", schemaPath: "#/definitions/haproxyName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.:-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.:-]+$"', schema: "^[A-Za-z0-9_.:-]+$", parentSchema: schema51, data: data7 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/servers/green", schemaPath: "#/definitions/haproxyName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.type, parentSchema: schema51, data: data7 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          var valid6 = _errs21 === errors;
          var valid2 = _errs20 === errors;
        }
      } else {
        const err16 = { instancePath: instancePath + "/servers", schemaPath: "#/properties/servers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.properties.servers.type, parentSchema: schema50.properties.servers, data: data3 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      var valid0 = _errs8 === errors;
    }
    if (data.timeout !== void 0) {
      let data8 = data.timeout;
      const _errs23 = errors;
      const _errs24 = errors;
      const _errs25 = errors;
      if (typeof data8 === "string") {
        if (!pattern10.test(data8)) {
          const err17 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(ms|s|m|h|d)$" }, message: 'must match pattern "^[0-9]+(ms|s|m|h|d)$"', schema: "^[0-9]+(ms|s|m|h|d)$", parentSchema: schema31, data: data8 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.type, parentSchema: schema31, data: data8 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      var valid7 = _errs24 === errors;
      var valid0 = _errs23 === errors;
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.type, parentSchema: schema50, data };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
var schema58 = { "type": "object", "additionalProperties": false, "required": ["id"], "oneOf": [{ "required": ["http"] }, { "required": ["command"] }, { "required": ["prometheus"] }, { "required": ["alertmanager"] }], "description": "One measurement source. Each sample is passed, failed, inconclusive (no data: never a pass) or error (could not measure).", "properties": { "id": { "$ref": "#/definitions/id", "description": "Names the probe in analysis steps (`analysis.probes`, `compare`) and in the evidence." }, "http": { "type": "object", "additionalProperties": false, "required": ["url"], "description": "Passes on the expected status (and latency and JSON fields, if set); the measured value is the latency in ms.", "properties": { "url": { "type": "string", "pattern": "^https?://", "description": "http(s) URL to request.", "examples": ["https://api.example.com/healthz"] }, "expect-status": { "type": "integer", "minimum": 100, "maximum": 599, "default": 200, "description": "The status the response must have." }, "max-latency-ms": { "type": "integer", "minimum": 1, "maximum": 6e5, "description": "Slower than this (in milliseconds) is a failed sample." }, "expect-json": { "type": "object", "additionalProperties": { "type": ["string", "number", "boolean", "null"] }, "description": "JSON pointer \u2192 expected value in the response body." }, "timeout": { "$ref": "#/definitions/duration", "description": "Request timeout. Default: the interval, at most 5s." } } }, "command": { "$ref": "#/definitions/command", "description": "Passes when it exits 0; with `value: stdout`, the last number it prints is the measurement, judged by min/max." }, "value": { "enum": ["exit-code", "stdout"], "default": "exit-code", "description": "Command probes: what is measured." }, "prometheus": { "type": "object", "additionalProperties": false, "required": ["url", "query"], "description": "An instant query against a Prometheus HTTP API; it must return one series or a scalar. No series or NaN is inconclusive, never a pass.", "properties": { "url": { "type": "string", "pattern": "^https?://", "description": "Base URL of Prometheus, e.g. http://prometheus:9090.", "examples": ["http://prometheus:9090"] }, "query": { "type": "string", "minLength": 1, "description": "PromQL; ${tag}, ${env} and ${previous} are substituted, e.g. a version label.", "examples": ['sum(rate(http_requests_total{code=~"5..",version="${tag}"}[1m])) / sum(rate(http_requests_total{version="${tag}"}[1m]))'] }, "timeout": { "$ref": "#/definitions/duration", "description": "Query timeout. Default: the interval, at most 5s." } } }, "alertmanager": { "type": "object", "additionalProperties": false, "required": ["url", "matchers"], "description": "Reads the alerts firing in an Alertmanager (API v2, `GET /api/v2/alerts`; it never writes to Alertmanager). A sample fails while an alert matching every matcher is active (not silenced, not inhibited) and passes while none is; Alertmanager unreachable, too slow, answering non-2xx or a body that is not the API's is inconclusive, never a pass. The measured value is the number of firing alerts; the evidence records each one's alertname, labels, start time and fingerprint.", "properties": { "url": { "type": "string", "pattern": "^https?://", "description": "Base URL of Alertmanager, e.g. http://alertmanager:9093.", "examples": ["http://alertmanager:9093"] }, "matchers": { "type": "array", "minItems": 1, "maxItems": 20, "items": { "type": "string", "minLength": 1, "maxLength": 1024 }, "description": 'Label matchers an alert must all satisfy, in Alertmanager\'s syntax: `name="value"`, `name!="value"`, `name=~"regex"`, `name!~"regex"` (the regex matches the whole value). ${tag}, ${env} and ${previous} are substituted.', "examples": [['service="checkout"', 'severity=~"critical|page"']] }, "timeout": { "$ref": "#/definitions/duration", "description": "Request timeout. Default: the interval, at most 5s." } } }, "min": { "type": "number", "description": "The measured value must be at least this." }, "max": { "type": "number", "description": "The measured value must be at most this." }, "timeout": { "$ref": "#/definitions/duration", "description": "Per-sample timeout for command probes. Default: 10s." }, "failure-limit": { "type": "integer", "minimum": 1, "description": "Failed samples that fail this probe (default: the health window's failure-limit)." }, "consecutive-error-limit": { "type": "integer", "minimum": 1, "default": 3, "description": "Consecutive samples that could not be measured (connection refused, timeout, bad query) before the probe fails." }, "inconclusive-limit": { "type": "integer", "minimum": 1, "default": 3, "description": "Inconclusive samples (no data) before the analysis is inconclusive." } } };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  const _errs1 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.http === void 0) {
      const err0 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "http" }, message: "must have required property 'http'", schema: schema58.oneOf[0].required, parentSchema: schema58.oneOf[0], data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.command === void 0) {
      const err1 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "command" }, message: "must have required property 'command'", schema: schema58.oneOf[1].required, parentSchema: schema58.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.prometheus === void 0) {
        const err2 = { instancePath, schemaPath: "#/oneOf/2/required", keyword: "required", params: { missingProperty: "prometheus" }, message: "must have required property 'prometheus'", schema: schema58.oneOf[2].required, parentSchema: schema58.oneOf[2], data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid0 = _errs4 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 2];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 2;
      }
      const _errs5 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.alertmanager === void 0) {
          const err3 = { instancePath, schemaPath: "#/oneOf/3/required", keyword: "required", params: { missingProperty: "alertmanager" }, message: "must have required property 'alertmanager'", schema: schema58.oneOf[3].required, parentSchema: schema58.oneOf[3], data };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      var _valid0 = _errs5 === errors;
      if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 3];
      } else {
        if (_valid0) {
          valid0 = true;
          passing0 = 3;
        }
      }
    }
  }
  if (!valid0) {
    const err4 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema58.oneOf, parentSchema: schema58, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema58.required, parentSchema: schema58, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    const _errs6 = errors;
    for (const key0 in data) {
      if (!func2.call(schema58.properties, key0)) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema58, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      const _errs7 = errors;
      const _errs8 = errors;
      const _errs9 = errors;
      if (typeof data0 === "string") {
        if (!pattern9.test(data0)) {
          const err7 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]{0,62}$"', schema: "^[a-z0-9][a-z0-9_-]{0,62}$", parentSchema: schema30, data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.type, parentSchema: schema30, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      var valid2 = _errs8 === errors;
      var valid1 = _errs7 === errors;
    }
    if (data.http !== void 0) {
      let data1 = data.http;
      const _errs10 = errors;
      const _errs11 = errors;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.url === void 0) {
          const err9 = { instancePath: instancePath + "/http", schemaPath: "#/properties/http/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema58.properties.http.required, parentSchema: schema58.properties.http, data: data1 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        const _errs12 = errors;
        for (const key1 in data1) {
          if (!(key1 === "url" || key1 === "expect-status" || key1 === "max-latency-ms" || key1 === "expect-json" || key1 === "timeout")) {
            const err10 = { instancePath: instancePath + "/http", schemaPath: "#/properties/http/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema58.properties.http, data: data1 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data1.url !== void 0) {
          let data2 = data1.url;
          const _errs13 = errors;
          const _errs14 = errors;
          if (typeof data2 === "string") {
            if (!pattern33.test(data2)) {
              const err11 = { instancePath: instancePath + "/http/url", schemaPath: "#/properties/http/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema58.properties.http.properties.url, data: data2 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/http/url", schemaPath: "#/properties/http/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.properties.http.properties.url.type, parentSchema: schema58.properties.http.properties.url, data: data2 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          var valid3 = _errs13 === errors;
        }
        if (data1["expect-status"] !== void 0) {
          let data3 = data1["expect-status"];
          const _errs15 = errors;
          if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
            const err13 = { instancePath: instancePath + "/http/expect-status", schemaPath: "#/properties/http/properties/expect-status/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema58.properties.http.properties["expect-status"].type, parentSchema: schema58.properties.http.properties["expect-status"], data: data3 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          const _errs16 = errors;
          if (typeof data3 == "number" && isFinite(data3)) {
            if (data3 > 599 || isNaN(data3)) {
              const err14 = { instancePath: instancePath + "/http/expect-status", schemaPath: "#/properties/http/properties/expect-status/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema58.properties.http.properties["expect-status"], data: data3 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (data3 < 100 || isNaN(data3)) {
              const err15 = { instancePath: instancePath + "/http/expect-status", schemaPath: "#/properties/http/properties/expect-status/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema58.properties.http.properties["expect-status"], data: data3 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
          var valid3 = _errs15 === errors;
        }
        if (data1["max-latency-ms"] !== void 0) {
          let data4 = data1["max-latency-ms"];
          const _errs17 = errors;
          if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
            const err16 = { instancePath: instancePath + "/http/max-latency-ms", schemaPath: "#/properties/http/properties/max-latency-ms/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema58.properties.http.properties["max-latency-ms"].type, parentSchema: schema58.properties.http.properties["max-latency-ms"], data: data4 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          const _errs18 = errors;
          if (typeof data4 == "number" && isFinite(data4)) {
            if (data4 > 6e5 || isNaN(data4)) {
              const err17 = { instancePath: instancePath + "/http/max-latency-ms", schemaPath: "#/properties/http/properties/max-latency-ms/maximum", keyword: "maximum", params: { comparison: "<=", limit: 6e5 }, message: "must be <= 600000", schema: 6e5, parentSchema: schema58.properties.http.properties["max-latency-ms"], data: data4 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data4 < 1 || isNaN(data4)) {
              const err18 = { instancePath: instancePath + "/http/max-latency-ms", schemaPath: "#/properties/http/properties/max-latency-ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema58.properties.http.properties["max-latency-ms"], data: data4 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          }
          var valid3 = _errs17 === errors;
        }
        if (data1["expect-json"] !== void 0) {
          let data5 = data1["expect-json"];
          const _errs19 = errors;
          const _errs20 = errors;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            const _errs21 = errors;
            for (const key2 in data5) {
              let data6 = data5[key2];
              const _errs22 = errors;
              if (typeof data6 !== "string" && !(typeof data6 == "number" && isFinite(data6)) && typeof data6 !== "boolean" && data6 !== null) {
                const err19 = { instancePath: instancePath + "/http/expect-json/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/http/properties/expect-json/additionalProperties/type", keyword: "type", params: { type: schema58.properties.http.properties["expect-json"].additionalProperties.type }, message: "must be string,number,boolean,null", schema: schema58.properties.http.properties["expect-json"].additionalProperties.type, parentSchema: schema58.properties.http.properties["expect-json"].additionalProperties, data: data6 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
              const _errs23 = errors;
              var valid4 = _errs22 === errors;
            }
          } else {
            const err20 = { instancePath: instancePath + "/http/expect-json", schemaPath: "#/properties/http/properties/expect-json/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema58.properties.http.properties["expect-json"].type, parentSchema: schema58.properties.http.properties["expect-json"], data: data5 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          var valid3 = _errs19 === errors;
        }
        if (data1.timeout !== void 0) {
          let data7 = data1.timeout;
          const _errs24 = errors;
          const _errs25 = errors;
          const _errs26 = errors;
          if (typeof data7 === "string") {
            if (!pattern10.test(data7)) {
              const err21 = { instancePath: instancePath + "/http/timeout", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(ms|s|m|h|d)$" }, message: 'must match pattern "^[0-9]+(ms|s|m|h|d)$"', schema: "^[0-9]+(ms|s|m|h|d)$", parentSchema: schema31, data: data7 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = { instancePath: instancePath + "/http/timeout", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.type, parentSchema: schema31, data: data7 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          var valid5 = _errs25 === errors;
          var valid3 = _errs24 === errors;
        }
      } else {
        const err23 = { instancePath: instancePath + "/http", schemaPath: "#/properties/http/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema58.properties.http.type, parentSchema: schema58.properties.http, data: data1 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      var valid1 = _errs10 === errors;
    }
    if (data.command !== void 0) {
      let data8 = data.command;
      const _errs27 = errors;
      const _errs28 = errors;
      const _errs29 = errors;
      let valid7 = false;
      let passing1 = null;
      const _errs30 = errors;
      const _errs31 = errors;
      if (typeof data8 === "string") {
        if (func3(data8) < 1) {
          const err24 = { instancePath: instancePath + "/command", schemaPath: "#/definitions/command/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.oneOf[0], data: data8 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/command", schemaPath: "#/definitions/command/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.oneOf[0].type, parentSchema: schema34.oneOf[0], data: data8 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      var _valid1 = _errs30 === errors;
      if (_valid1) {
        valid7 = true;
        passing1 = 0;
      }
      const _errs32 = errors;
      const _errs33 = errors;
      if (Array.isArray(data8)) {
        if (data8.length < 1) {
          const err26 = { instancePath: instancePath + "/command", schemaPath: "#/definitions/command/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema34.oneOf[1], data: data8 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        let valid9 = true;
        const len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data9 = data8[i0];
          const _errs34 = errors;
          if (typeof data9 !== "string") {
            const err27 = { instancePath: instancePath + "/command/" + i0, schemaPath: "#/definitions/command/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.oneOf[1].items.type, parentSchema: schema34.oneOf[1].items, data: data9 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
          const _errs35 = errors;
          var valid8 = _errs34 === errors;
          if (!valid8) {
            valid9 = false;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/command", schemaPath: "#/definitions/command/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.oneOf[1].type, parentSchema: schema34.oneOf[1], data: data8 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      var _valid1 = _errs32 === errors;
      if (_valid1 && valid7) {
        valid7 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid7 = true;
          passing1 = 1;
        }
      }
      if (!valid7) {
        const err29 = { instancePath: instancePath + "/command", schemaPath: "#/definitions/command/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema34.oneOf, parentSchema: schema34, data: data8 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      } else {
        errors = _errs29;
        if (vErrors !== null) {
          if (_errs29) {
            vErrors.length = _errs29;
          } else {
            vErrors = null;
          }
        }
      }
      var valid6 = _errs28 === errors;
      var valid1 = _errs27 === errors;
    }
    if (data.value !== void 0) {
      let data10 = data.value;
      const _errs36 = errors;
      const vSchema0 = schema58.properties.value.enum;
      if (!(data10 === "exit-code" || data10 === "stdout")) {
        const err30 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/enum", keyword: "enum", params: { allowedValues: schema58.properties.value.enum }, message: "must be equal to one of the allowed values", schema: schema58.properties.value.enum, parentSchema: schema58.properties.value, data: data10 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      var valid1 = _errs36 === errors;
    }
    if (data.prometheus !== void 0) {
      let data11 = data.prometheus;
      const _errs37 = errors;
      const _errs38 = errors;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        if (data11.url === void 0) {
          const err31 = { instancePath: instancePath + "/prometheus", schemaPath: "#/properties/prometheus/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema58.properties.prometheus.required, parentSchema: schema58.properties.prometheus, data: data11 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (data11.query === void 0) {
          const err32 = { instancePath: instancePath + "/prometheus", schemaPath: "#/properties/prometheus/required", keyword: "required", params: { missingProperty: "query" }, message: "must have required property 'query'", schema: schema58.properties.prometheus.required, parentSchema: schema58.properties.prometheus, data: data11 };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        const _errs39 = errors;
        for (const key3 in data11) {
          if (!(key3 === "url" || key3 === "query" || key3 === "timeout")) {
            const err33 = { instancePath: instancePath + "/prometheus", schemaPath: "#/properties/prometheus/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema58.properties.prometheus, data: data11 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data11.url !== void 0) {
          let data12 = data11.url;
          const _errs40 = errors;
          const _errs41 = errors;
          if (typeof data12 === "string") {
            if (!pattern33.test(data12)) {
              const err34 = { instancePath: instancePath + "/prometheus/url", schemaPath: "#/properties/prometheus/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema58.properties.prometheus.properties.url, data: data12 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          } else {
            const err35 = { instancePath: instancePath + "/prometheus/url", schemaPath: "#/properties/prometheus/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.properties.prometheus.properties.url.type, parentSchema: schema58.properties.prometheus.properties.url, data: data12 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
          var valid10 = _errs40 === errors;
        }
        if (data11.query !== void 0) {
          let data13 = data11.query;
          const _errs42 = errors;
          const _errs43 = errors;
          if (typeof data13 === "string") {
            if (func3(data13) < 1) {
              const err36 = { instancePath: instancePath + "/prometheus/query", schemaPath: "#/properties/prometheus/properties/query/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema58.properties.prometheus.properties.query, data: data13 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          } else {
            const err37 = { instancePath: instancePath + "/prometheus/query", schemaPath: "#/properties/prometheus/properties/query/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.properties.prometheus.properties.query.type, parentSchema: schema58.properties.prometheus.properties.query, data: data13 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          var valid10 = _errs42 === errors;
        }
        if (data11.timeout !== void 0) {
          let data14 = data11.timeout;
          const _errs44 = errors;
          const _errs45 = errors;
          const _errs46 = errors;
          if (typeof data14 === "string") {
            if (!pattern10.test(data14)) {
              const err38 = { instancePath: instancePath + "/prometheus/timeout", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(ms|s|m|h|d)$" }, message: 'must match pattern "^[0-9]+(ms|s|m|h|d)$"', schema: "^[0-9]+(ms|s|m|h|d)$", parentSchema: schema31, data: data14 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          } else {
            const err39 = { instancePath: instancePath + "/prometheus/timeout", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.type, parentSchema: schema31, data: data14 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
          var valid11 = _errs45 === errors;
          var valid10 = _errs44 === errors;
        }
      } else {
        const err40 = { instancePath: instancePath + "/prometheus", schemaPath: "#/properties/prometheus/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema58.properties.prometheus.type, parentSchema: schema58.properties.prometheus, data: data11 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
      var valid1 = _errs37 === errors;
    }
    if (data.alertmanager !== void 0) {
      let data15 = data.alertmanager;
      const _errs47 = errors;
      const _errs48 = errors;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        if (data15.url === void 0) {
          const err41 = { instancePath: instancePath + "/alertmanager", schemaPath: "#/properties/alertmanager/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema58.properties.alertmanager.required, parentSchema: schema58.properties.alertmanager, data: data15 };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        if (data15.matchers === void 0) {
          const err42 = { instancePath: instancePath + "/alertmanager", schemaPath: "#/properties/alertmanager/required", keyword: "required", params: { missingProperty: "matchers" }, message: "must have required property 'matchers'", schema: schema58.properties.alertmanager.required, parentSchema: schema58.properties.alertmanager, data: data15 };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        const _errs49 = errors;
        for (const key4 in data15) {
          if (!(key4 === "url" || key4 === "matchers" || key4 === "timeout")) {
            const err43 = { instancePath: instancePath + "/alertmanager", schemaPath: "#/properties/alertmanager/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema58.properties.alertmanager, data: data15 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data15.url !== void 0) {
          let data16 = data15.url;
          const _errs50 = errors;
          const _errs51 = errors;
          if (typeof data16 === "string") {
            if (!pattern33.test(data16)) {
              const err44 = { instancePath: instancePath + "/alertmanager/url", schemaPath: "#/properties/alertmanager/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema58.properties.alertmanager.properties.url, data: data16 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          } else {
            const err45 = { instancePath: instancePath + "/alertmanager/url", schemaPath: "#/properties/alertmanager/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.properties.alertmanager.properties.url.type, parentSchema: schema58.properties.alertmanager.properties.url, data: data16 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
          var valid12 = _errs50 === errors;
        }
        if (data15.matchers !== void 0) {
          let data17 = data15.matchers;
          const _errs52 = errors;
          const _errs53 = errors;
          if (Array.isArray(data17)) {
            if (data17.length > 20) {
              const err46 = { instancePath: instancePath + "/alertmanager/matchers", schemaPath: "#/properties/alertmanager/properties/matchers/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items", schema: 20, parentSchema: schema58.properties.alertmanager.properties.matchers, data: data17 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            if (data17.length < 1) {
              const err47 = { instancePath: instancePath + "/alertmanager/matchers", schemaPath: "#/properties/alertmanager/properties/matchers/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema58.properties.alertmanager.properties.matchers, data: data17 };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            let valid14 = true;
            const len1 = data17.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data18 = data17[i1];
              const _errs54 = errors;
              const _errs55 = errors;
              if (typeof data18 === "string") {
                if (func3(data18) > 1024) {
                  const err48 = { instancePath: instancePath + "/alertmanager/matchers/" + i1, schemaPath: "#/properties/alertmanager/properties/matchers/items/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema58.properties.alertmanager.properties.matchers.items, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
                if (func3(data18) < 1) {
                  const err49 = { instancePath: instancePath + "/alertmanager/matchers/" + i1, schemaPath: "#/properties/alertmanager/properties/matchers/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema58.properties.alertmanager.properties.matchers.items, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
              } else {
                const err50 = { instancePath: instancePath + "/alertmanager/matchers/" + i1, schemaPath: "#/properties/alertmanager/properties/matchers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.properties.alertmanager.properties.matchers.items.type, parentSchema: schema58.properties.alertmanager.properties.matchers.items, data: data18 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
              var valid13 = _errs54 === errors;
              if (!valid13) {
                valid14 = false;
              }
            }
          } else {
            const err51 = { instancePath: instancePath + "/alertmanager/matchers", schemaPath: "#/properties/alertmanager/properties/matchers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema58.properties.alertmanager.properties.matchers.type, parentSchema: schema58.properties.alertmanager.properties.matchers, data: data17 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
          var valid12 = _errs52 === errors;
        }
        if (data15.timeout !== void 0) {
          let data19 = data15.timeout;
          const _errs56 = errors;
          const _errs57 = errors;
          const _errs58 = errors;
          if (typeof data19 === "string") {
            if (!pattern10.test(data19)) {
              const err52 = { instancePath: instancePath + "/alertmanager/timeout", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(ms|s|m|h|d)$" }, message: 'must match pattern "^[0-9]+(ms|s|m|h|d)$"', schema: "^[0-9]+(ms|s|m|h|d)$", parentSchema: schema31, data: data19 };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
          } else {
            const err53 = { instancePath: instancePath + "/alertmanager/timeout", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.type, parentSchema: schema31, data: data19 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
          var valid15 = _errs57 === errors;
          var valid12 = _errs56 === errors;
        }
      } else {
        const err54 = { instancePath: instancePath + "/alertmanager", schemaPath: "#/properties/alertmanager/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema58.properties.alertmanager.type, parentSchema: schema58.properties.alertmanager, data: data15 };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
      var valid1 = _errs47 === errors;
    }
    if (data.min !== void 0) {
      let data20 = data.min;
      const _errs59 = errors;
      if (!(typeof data20 == "number" && isFinite(data20))) {
        const err55 = { instancePath: instancePath + "/min", schemaPath: "#/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema58.properties.min.type, parentSchema: schema58.properties.min, data: data20 };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
      const _errs60 = errors;
      var valid1 = _errs59 === errors;
    }
    if (data.max !== void 0) {
      let data21 = data.max;
      const _errs61 = errors;
      if (!(typeof data21 == "number" && isFinite(data21))) {
        const err56 = { instancePath: instancePath + "/max", schemaPath: "#/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema58.properties.max.type, parentSchema: schema58.properties.max, data: data21 };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
      const _errs62 = errors;
      var valid1 = _errs61 === errors;
    }
    if (data.timeout !== void 0) {
      let data22 = data.timeout;
      const _errs63 = errors;
      const _errs64 = errors;
      const _errs65 = errors;
      if (typeof data22 === "string") {
        if (!pattern10.test(data22)) {
          const err57 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(ms|s|m|h|d)$" }, message: 'must match pattern "^[0-9]+(ms|s|m|h|d)$"', schema: "^[0-9]+(ms|s|m|h|d)$", parentSchema: schema31, data: data22 };
          if (vErrors === null) {
            vErrors = [err57];
          } else {
            vErrors.push(err57);
          }
          errors++;
        }
      } else {
        const err58 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.type, parentSchema: schema31, data: data22 };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
      var valid16 = _errs64 === errors;
      var valid1 = _errs63 === errors;
    }
    if (data["failure-limit"] !== void 0) {
      let data23 = data["failure-limit"];
      const _errs66 = errors;
      if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
        const err59 = { instancePath: instancePath + "/failure-limit", schemaPath: "#/properties/failure-limit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema58.properties["failure-limit"].type, parentSchema: schema58.properties["failure-limit"], data: data23 };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
      const _errs67 = errors;
      if (typeof data23 == "number" && isFinite(data23)) {
        if (data23 < 1 || isNaN(data23)) {
          const err60 = { instancePath: instancePath + "/failure-limit", schemaPath: "#/properties/failure-limit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema58.properties["failure-limit"], data: data23 };
          if (vErrors === null) {
            vErrors = [err60];
          } else {
            vErrors.push(err60);
          }
          errors++;
        }
      }
      var valid1 = _errs66 === errors;
    }
    if (data["consecutive-error-limit"] !== void 0) {
      let data24 = data["consecutive-error-limit"];
      const _errs68 = errors;
      if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24))) {
        const err61 = { instancePath: instancePath + "/consecutive-error-limit", schemaPath: "#/properties/consecutive-error-limit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema58.properties["consecutive-error-limit"].type, parentSchema: schema58.properties["consecutive-error-limit"], data: data24 };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
      const _errs69 = errors;
      if (typeof data24 == "number" && isFinite(data24)) {
        if (data24 < 1 || isNaN(data24)) {
          const err62 = { instancePath: instancePath + "/consecutive-error-limit", schemaPath: "#/properties/consecutive-error-limit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema58.properties["consecutive-error-limit"], data: data24 };
          if (vErrors === null) {
            vErrors = [err62];
          } else {
            vErrors.push(err62);
          }
          errors++;
        }
      }
      var valid1 = _errs68 === errors;
    }
    if (data["inconclusive-limit"] !== void 0) {
      let data25 = data["inconclusive-limit"];
      const _errs70 = errors;
      if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)) && isFinite(data25))) {
        const err63 = { instancePath: instancePath + "/inconclusive-limit", schemaPath: "#/properties/inconclusive-limit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema58.properties["inconclusive-limit"].type, parentSchema: schema58.properties["inconclusive-limit"], data: data25 };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
      const _errs71 = errors;
      if (typeof data25 == "number" && isFinite(data25)) {
        if (data25 < 1 || isNaN(data25)) {
          const err64 = { instancePath: instancePath + "/inconclusive-limit", schemaPath: "#/properties/inconclusive-limit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema58.properties["inconclusive-limit"], data: data25 };
          if (vErrors === null) {
            vErrors = [err64];
          } else {
            vErrors.push(err64);
          }
          errors++;
        }
      }
      var valid1 = _errs70 === errors;
    }
  } else {
    const err65 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema58.type, parentSchema: schema58, data };
    if (vErrors === null) {
      vErrors = [err65];
    } else {
      vErrors.push(err65);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
var schema65 = { "type": "object", "additionalProperties": false, "required": ["id", "url"], "properties": { "id": { "$ref": "#/definitions/id", "description": "Names the check in the validation results." }, "url": { "type": "string", "pattern": "^https?://", "description": "http(s) URL to request.", "examples": ["https://staging.example.com/healthz"] }, "method": { "enum": ["GET", "HEAD", "POST"], "default": "GET", "description": "HTTP method of the request." }, "expect-status": { "type": "integer", "minimum": 100, "maximum": 599, "default": 200, "description": "The status the response must have." }, "expect-headers": { "type": "object", "additionalProperties": { "type": "string" }, "description": "Header name \u2192 substring the header value must contain (case-insensitive names)." }, "expect-json": { "type": "object", "additionalProperties": { "type": ["string", "number", "boolean", "null"] }, "description": 'JSON pointer \u2192 expected value in the response body, e.g. {"/version": "${tag}"}.', "examples": [{ "/version": "${tag}" }] }, "max-latency-ms": { "type": "integer", "minimum": 1, "maximum": 6e5, "description": "Slower than this (in milliseconds) fails the check." }, "timeout": { "$ref": "#/definitions/duration", "description": "Request timeout. Default: 5s." } }, "description": "One HTTP request of the built-in `release-gate validate` and `release-gate collect-perf` checks. It passes on the expected status, headers and JSON fields, within max-latency-ms when set." };
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema65.required, parentSchema: schema65, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.url === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema65.required, parentSchema: schema65, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "url" || key0 === "method" || key0 === "expect-status" || key0 === "expect-headers" || key0 === "expect-json" || key0 === "max-latency-ms" || key0 === "timeout")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema65, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      const _errs2 = errors;
      const _errs3 = errors;
      const _errs4 = errors;
      if (typeof data0 === "string") {
        if (!pattern9.test(data0)) {
          const err3 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]{0,62}$"', schema: "^[a-z0-9][a-z0-9_-]{0,62}$", parentSchema: schema30, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.type, parentSchema: schema30, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      var valid1 = _errs3 === errors;
      var valid0 = _errs2 === errors;
    }
    if (data.url !== void 0) {
      let data1 = data.url;
      const _errs5 = errors;
      const _errs6 = errors;
      if (typeof data1 === "string") {
        if (!pattern33.test(data1)) {
          const err5 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema65.properties.url, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema65.properties.url.type, parentSchema: schema65.properties.url, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      var valid0 = _errs5 === errors;
    }
    if (data.method !== void 0) {
      let data2 = data.method;
      const _errs7 = errors;
      const vSchema0 = schema65.properties.method.enum;
      if (!(data2 === "GET" || data2 === "HEAD" || data2 === "POST")) {
        const err7 = { instancePath: instancePath + "/method", schemaPath: "#/properties/method/enum", keyword: "enum", params: { allowedValues: schema65.properties.method.enum }, message: "must be equal to one of the allowed values", schema: schema65.properties.method.enum, parentSchema: schema65.properties.method, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var valid0 = _errs7 === errors;
    }
    if (data["expect-status"] !== void 0) {
      let data3 = data["expect-status"];
      const _errs8 = errors;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err8 = { instancePath: instancePath + "/expect-status", schemaPath: "#/properties/expect-status/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema65.properties["expect-status"].type, parentSchema: schema65.properties["expect-status"], data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      const _errs9 = errors;
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 > 599 || isNaN(data3)) {
          const err9 = { instancePath: instancePath + "/expect-status", schemaPath: "#/properties/expect-status/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema65.properties["expect-status"], data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data3 < 100 || isNaN(data3)) {
          const err10 = { instancePath: instancePath + "/expect-status", schemaPath: "#/properties/expect-status/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema65.properties["expect-status"], data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
      var valid0 = _errs8 === errors;
    }
    if (data["expect-headers"] !== void 0) {
      let data4 = data["expect-headers"];
      const _errs10 = errors;
      const _errs11 = errors;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        const _errs12 = errors;
        for (const key1 in data4) {
          let data5 = data4[key1];
          const _errs13 = errors;
          if (typeof data5 !== "string") {
            const err11 = { instancePath: instancePath + "/expect-headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/expect-headers/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema65.properties["expect-headers"].additionalProperties.type, parentSchema: schema65.properties["expect-headers"].additionalProperties, data: data5 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          const _errs14 = errors;
          var valid2 = _errs13 === errors;
        }
      } else {
        const err12 = { instancePath: instancePath + "/expect-headers", schemaPath: "#/properties/expect-headers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema65.properties["expect-headers"].type, parentSchema: schema65.properties["expect-headers"], data: data4 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      var valid0 = _errs10 === errors;
    }
    if (data["expect-json"] !== void 0) {
      let data6 = data["expect-json"];
      const _errs15 = errors;
      const _errs16 = errors;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        const _errs17 = errors;
        for (const key2 in data6) {
          let data7 = data6[key2];
          const _errs18 = errors;
          if (typeof data7 !== "string" && !(typeof data7 == "number" && isFinite(data7)) && typeof data7 !== "boolean" && data7 !== null) {
            const err13 = { instancePath: instancePath + "/expect-json/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/expect-json/additionalProperties/type", keyword: "type", params: { type: schema65.properties["expect-json"].additionalProperties.type }, message: "must be string,number,boolean,null", schema: schema65.properties["expect-json"].additionalProperties.type, parentSchema: schema65.properties["expect-json"].additionalProperties, data: data7 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          const _errs19 = errors;
          var valid3 = _errs18 === errors;
        }
      } else {
        const err14 = { instancePath: instancePath + "/expect-json", schemaPath: "#/properties/expect-json/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema65.properties["expect-json"].type, parentSchema: schema65.properties["expect-json"], data: data6 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var valid0 = _errs15 === errors;
    }
    if (data["max-latency-ms"] !== void 0) {
      let data8 = data["max-latency-ms"];
      const _errs20 = errors;
      if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
        const err15 = { instancePath: instancePath + "/max-latency-ms", schemaPath: "#/properties/max-latency-ms/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema65.properties["max-latency-ms"].type, parentSchema: schema65.properties["max-latency-ms"], data: data8 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      const _errs21 = errors;
      if (typeof data8 == "number" && isFinite(data8)) {
        if (data8 > 6e5 || isNaN(data8)) {
          const err16 = { instancePath: instancePath + "/max-latency-ms", schemaPath: "#/properties/max-latency-ms/maximum", keyword: "maximum", params: { comparison: "<=", limit: 6e5 }, message: "must be <= 600000", schema: 6e5, parentSchema: schema65.properties["max-latency-ms"], data: data8 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data8 < 1 || isNaN(data8)) {
          const err17 = { instancePath: instancePath + "/max-latency-ms", schemaPath: "#/properties/max-latency-ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema65.properties["max-latency-ms"], data: data8 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
      var valid0 = _errs20 === errors;
    }
    if (data.timeout !== void 0) {
      let data9 = data.timeout;
      const _errs22 = errors;
      const _errs23 = errors;
      const _errs24 = errors;
      if (typeof data9 === "string") {
        if (!pattern10.test(data9)) {
          const err18 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(ms|s|m|h|d)$" }, message: 'must match pattern "^[0-9]+(ms|s|m|h|d)$"', schema: "^[0-9]+(ms|s|m|h|d)$", parentSchema: schema31, data: data9 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.type, parentSchema: schema31, data: data9 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      var valid4 = _errs23 === errors;
      var valid0 = _errs22 === errors;
    }
  } else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema65.type, parentSchema: schema65, data };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate36.errors = vErrors;
  return errors === 0;
}
var formats18 = require_formats().fullFormats.uri;
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema29.required, parentSchema: schema29, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.services === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "services" }, message: "must have required property 'services'", schema: schema29.required, parentSchema: schema29, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.health === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "health" }, message: "must have required property 'health'", schema: schema29.required, parentSchema: schema29, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!func2.call(schema29.properties, key0)) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema29, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      const _errs2 = errors;
      if (typeof data0 !== "string") {
        const err4 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.$schema.type, parentSchema: schema29.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      const _errs3 = errors;
      var valid0 = _errs2 === errors;
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      const _errs4 = errors;
      if (1 !== data1) {
        const err5 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema29.properties.version, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      var valid0 = _errs4 === errors;
    }
    if (data["evidence-dir"] !== void 0) {
      let data2 = data["evidence-dir"];
      const _errs5 = errors;
      if (typeof data2 !== "string") {
        const err6 = { instancePath: instancePath + "/evidence-dir", schemaPath: "#/properties/evidence-dir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties["evidence-dir"].type, parentSchema: schema29.properties["evidence-dir"], data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      const _errs6 = errors;
      var valid0 = _errs5 === errors;
    }
    if (data["state-dir"] !== void 0) {
      let data3 = data["state-dir"];
      const _errs7 = errors;
      if (typeof data3 !== "string") {
        const err7 = { instancePath: instancePath + "/state-dir", schemaPath: "#/properties/state-dir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties["state-dir"].type, parentSchema: schema29.properties["state-dir"], data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      const _errs8 = errors;
      var valid0 = _errs7 === errors;
    }
    if (data.prerequisites !== void 0) {
      let data4 = data.prerequisites;
      const _errs9 = errors;
      const _errs10 = errors;
      if (Array.isArray(data4)) {
        let valid2 = true;
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          const _errs11 = errors;
          const _errs12 = errors;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.id === void 0) {
              const err8 = { instancePath: instancePath + "/prerequisites/" + i0, schemaPath: "#/properties/prerequisites/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema29.properties.prerequisites.items.required, parentSchema: schema29.properties.prerequisites.items, data: data5 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (data5.path === void 0) {
              const err9 = { instancePath: instancePath + "/prerequisites/" + i0, schemaPath: "#/properties/prerequisites/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema29.properties.prerequisites.items.required, parentSchema: schema29.properties.prerequisites.items, data: data5 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (data5["max-age"] === void 0) {
              const err10 = { instancePath: instancePath + "/prerequisites/" + i0, schemaPath: "#/properties/prerequisites/items/required", keyword: "required", params: { missingProperty: "max-age" }, message: "must have required property 'max-age'", schema: schema29.properties.prerequisites.items.required, parentSchema: schema29.properties.prerequisites.items, data: data5 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            const _errs13 = errors;
            for (const key1 in data5) {
              if (!(key1 === "id" || key1 === "description" || key1 === "path" || key1 === "max-age" || key1 === "schema" || key1 === "timestamp-field")) {
                const err11 = { instancePath: instancePath + "/prerequisites/" + i0, schemaPath: "#/properties/prerequisites/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema29.properties.prerequisites.items, data: data5 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data5.id !== void 0) {
              let data6 = data5.id;
              const _errs14 = errors;
              const _errs15 = errors;
              const _errs16 = errors;
              if (typeof data6 === "string") {
                if (!pattern9.test(data6)) {
                  const err12 = { instancePath: instancePath + "/prerequisites/" + i0 + "/id", schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]{0,62}$"', schema: "^[a-z0-9][a-z0-9_-]{0,62}$", parentSchema: schema30, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              } else {
                const err13 = { instancePath: instancePath + "/prerequisites/" + i0 + "/id", schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.type, parentSchema: schema30, data: data6 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
              var valid4 = _errs15 === errors;
              var valid3 = _errs14 === errors;
            }
            if (data5.description !== void 0) {
              let data7 = data5.description;
              const _errs17 = errors;
              if (typeof data7 !== "string") {
                const err14 = { instancePath: instancePath + "/prerequisites/" + i0 + "/description", schemaPath: "#/properties/prerequisites/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.prerequisites.items.properties.description.type, parentSchema: schema29.properties.prerequisites.items.properties.description, data: data7 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
              const _errs18 = errors;
              var valid3 = _errs17 === errors;
            }
            if (data5.path !== void 0) {
              let data8 = data5.path;
              const _errs19 = errors;
              const _errs20 = errors;
              if (typeof data8 === "string") {
                if (func3(data8) < 1) {
                  const err15 = { instancePath: instancePath + "/prerequisites/" + i0 + "/path", schemaPath: "#/properties/prerequisites/items/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema29.properties.prerequisites.items.properties.path, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              } else {
                const err16 = { instancePath: instancePath + "/prerequisites/" + i0 + "/path", schemaPath: "#/properties/prerequisites/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.prerequisites.items.properties.path.type, parentSchema: schema29.properties.prerequisites.items.properties.path, data: data8 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
              var valid3 = _errs19 === errors;
            }
            if (data5["max-age"] !== void 0) {
              let data9 = data5["max-age"];
              const _errs21 = errors;
              const _errs22 = errors;
              const _errs23 = errors;
              if (typeof data9 === "string") {
                if (!pattern10.test(data9)) {
                  const err17 = { instancePath: instancePath + "/prerequisites/" + i0 + "/max-age", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(ms|s|m|h|d)$" }, message: 'must match pattern "^[0-9]+(ms|s|m|h|d)$"', schema: "^[0-9]+(ms|s|m|h|d)$", parentSchema: schema31, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              } else {
                const err18 = { instancePath: instancePath + "/prerequisites/" + i0 + "/max-age", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.type, parentSchema: schema31, data: data9 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
              var valid5 = _errs22 === errors;
              var valid3 = _errs21 === errors;
            }
            if (data5.schema !== void 0) {
              let data10 = data5.schema;
              const _errs24 = errors;
              if (typeof data10 !== "string") {
                const err19 = { instancePath: instancePath + "/prerequisites/" + i0 + "/schema", schemaPath: "#/properties/prerequisites/items/properties/schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.prerequisites.items.properties.schema.type, parentSchema: schema29.properties.prerequisites.items.properties.schema, data: data10 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
              const _errs25 = errors;
              var valid3 = _errs24 === errors;
            }
            if (data5["timestamp-field"] !== void 0) {
              let data11 = data5["timestamp-field"];
              const _errs26 = errors;
              const _errs27 = errors;
              if (typeof data11 === "string") {
                if (!pattern11.test(data11)) {
                  const err20 = { instancePath: instancePath + "/prerequisites/" + i0 + "/timestamp-field", schemaPath: "#/properties/prerequisites/items/properties/timestamp-field/pattern", keyword: "pattern", params: { pattern: "^/" }, message: 'must match pattern "^/"', schema: "^/", parentSchema: schema29.properties.prerequisites.items.properties["timestamp-field"], data: data11 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              } else {
                const err21 = { instancePath: instancePath + "/prerequisites/" + i0 + "/timestamp-field", schemaPath: "#/properties/prerequisites/items/properties/timestamp-field/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.prerequisites.items.properties["timestamp-field"].type, parentSchema: schema29.properties.prerequisites.items.properties["timestamp-field"], data: data11 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
              var valid3 = _errs26 === errors;
            }
          } else {
            const err22 = { instancePath: instancePath + "/prerequisites/" + i0, schemaPath: "#/properties/prerequisites/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.properties.prerequisites.items.type, parentSchema: schema29.properties.prerequisites.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          var valid1 = _errs11 === errors;
          if (!valid1) {
            valid2 = false;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/prerequisites", schemaPath: "#/properties/prerequisites/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema29.properties.prerequisites.type, parentSchema: schema29.properties.prerequisites, data: data4 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      var valid0 = _errs9 === errors;
    }
    if (data.window !== void 0) {
      let data12 = data.window;
      const _errs28 = errors;
      const _errs29 = errors;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        const _errs30 = errors;
        for (const key2 in data12) {
          if (!(key2 === "timezone" || key2 === "allow" || key2 === "freeze")) {
            const err24 = { instancePath: instancePath + "/window", schemaPath: "#/properties/window/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema29.properties.window, data: data12 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data12.timezone !== void 0) {
          let data13 = data12.timezone;
          const _errs31 = errors;
          if (typeof data13 !== "string") {
            const err25 = { instancePath: instancePath + "/window/timezone", schemaPath: "#/properties/window/properties/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.window.properties.timezone.type, parentSchema: schema29.properties.window.properties.timezone, data: data13 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
          const _errs32 = errors;
          var valid6 = _errs31 === errors;
        }
        if (data12.allow !== void 0) {
          let data14 = data12.allow;
          const _errs33 = errors;
          const _errs34 = errors;
          if (Array.isArray(data14)) {
            let valid8 = true;
            const len1 = data14.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data15 = data14[i1];
              const _errs35 = errors;
              const _errs36 = errors;
              if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                if (data15.days === void 0) {
                  const err26 = { instancePath: instancePath + "/window/allow/" + i1, schemaPath: "#/properties/window/properties/allow/items/required", keyword: "required", params: { missingProperty: "days" }, message: "must have required property 'days'", schema: schema29.properties.window.properties.allow.items.required, parentSchema: schema29.properties.window.properties.allow.items, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
                if (data15.from === void 0) {
                  const err27 = { instancePath: instancePath + "/window/allow/" + i1, schemaPath: "#/properties/window/properties/allow/items/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema29.properties.window.properties.allow.items.required, parentSchema: schema29.properties.window.properties.allow.items, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                if (data15.to === void 0) {
                  const err28 = { instancePath: instancePath + "/window/allow/" + i1, schemaPath: "#/properties/window/properties/allow/items/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema29.properties.window.properties.allow.items.required, parentSchema: schema29.properties.window.properties.allow.items, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
                const _errs37 = errors;
                for (const key3 in data15) {
                  if (!(key3 === "days" || key3 === "from" || key3 === "to" || key3 === "timezone")) {
                    const err29 = { instancePath: instancePath + "/window/allow/" + i1, schemaPath: "#/properties/window/properties/allow/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema29.properties.window.properties.allow.items, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
                if (data15.days !== void 0) {
                  let data16 = data15.days;
                  const _errs38 = errors;
                  const _errs39 = errors;
                  if (Array.isArray(data16)) {
                    if (data16.length < 1) {
                      const err30 = { instancePath: instancePath + "/window/allow/" + i1 + "/days", schemaPath: "#/properties/window/properties/allow/items/properties/days/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema29.properties.window.properties.allow.items.properties.days, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err30];
                      } else {
                        vErrors.push(err30);
                      }
                      errors++;
                    }
                    let valid11 = true;
                    const len2 = data16.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      let data17 = data16[i2];
                      const _errs40 = errors;
                      const vSchema0 = schema29.properties.window.properties.allow.items.properties.days.items.enum;
                      if (!(data17 === "mon" || data17 === "tue" || data17 === "wed" || data17 === "thu" || data17 === "fri" || data17 === "sat" || data17 === "sun")) {
                        const err31 = { instancePath: instancePath + "/window/allow/" + i1 + "/days/" + i2, schemaPath: "#/properties/window/properties/allow/items/properties/days/items/enum", keyword: "enum", params: { allowedValues: schema29.properties.window.properties.allow.items.properties.days.items.enum }, message: "must be equal to one of the allowed values", schema: schema29.properties.window.properties.allow.items.properties.days.items.enum, parentSchema: schema29.properties.window.properties.allow.items.properties.days.items, data: data17 };
                        if (vErrors === null) {
                          vErrors = [err31];
                        } else {
                          vErrors.push(err31);
                        }
                        errors++;
                      }
                      var valid10 = _errs40 === errors;
                      if (!valid10) {
                        valid11 = false;
                      }
                    }
                    let valid12;
                    let i3 = data16.length;
                    let j0;
                    valid12 = true;
                    if (i3 > 1) {
                      outer0: for (; i3--; ) {
                        for (j0 = i3; j0--; ) {
                          if (func0(data16[i3], data16[j0])) {
                            const err32 = { instancePath: instancePath + "/window/allow/" + i1 + "/days", schemaPath: "#/properties/window/properties/allow/items/properties/days/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i3 + " are identical)", schema: true, parentSchema: schema29.properties.window.properties.allow.items.properties.days, data: data16 };
                            if (vErrors === null) {
                              vErrors = [err32];
                            } else {
                              vErrors.push(err32);
                            }
                            errors++;
                            valid12 = false;
                            break outer0;
                          }
                        }
                      }
                    }
                  } else {
                    const err33 = { instancePath: instancePath + "/window/allow/" + i1 + "/days", schemaPath: "#/properties/window/properties/allow/items/properties/days/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema29.properties.window.properties.allow.items.properties.days.type, parentSchema: schema29.properties.window.properties.allow.items.properties.days, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                  var valid9 = _errs38 === errors;
                }
                if (data15.from !== void 0) {
                  let data18 = data15.from;
                  const _errs41 = errors;
                  if (typeof data18 !== "string") {
                    const err34 = { instancePath: instancePath + "/window/allow/" + i1 + "/from", schemaPath: "#/properties/window/properties/allow/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.window.properties.allow.items.properties.from.type, parentSchema: schema29.properties.window.properties.allow.items.properties.from, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                  const _errs42 = errors;
                  var valid9 = _errs41 === errors;
                }
                if (data15.to !== void 0) {
                  let data19 = data15.to;
                  const _errs43 = errors;
                  if (typeof data19 !== "string") {
                    const err35 = { instancePath: instancePath + "/window/allow/" + i1 + "/to", schemaPath: "#/properties/window/properties/allow/items/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.window.properties.allow.items.properties.to.type, parentSchema: schema29.properties.window.properties.allow.items.properties.to, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                  const _errs44 = errors;
                  var valid9 = _errs43 === errors;
                }
                if (data15.timezone !== void 0) {
                  let data20 = data15.timezone;
                  const _errs45 = errors;
                  if (typeof data20 !== "string") {
                    const err36 = { instancePath: instancePath + "/window/allow/" + i1 + "/timezone", schemaPath: "#/properties/window/properties/allow/items/properties/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.window.properties.allow.items.properties.timezone.type, parentSchema: schema29.properties.window.properties.allow.items.properties.timezone, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                  const _errs46 = errors;
                  var valid9 = _errs45 === errors;
                }
              } else {
                const err37 = { instancePath: instancePath + "/window/allow/" + i1, schemaPath: "#/properties/window/properties/allow/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.properties.window.properties.allow.items.type, parentSchema: schema29.properties.window.properties.allow.items, data: data15 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
              var valid7 = _errs35 === errors;
              if (!valid7) {
                valid8 = false;
              }
            }
          } else {
            const err38 = { instancePath: instancePath + "/window/allow", schemaPath: "#/properties/window/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema29.properties.window.properties.allow.type, parentSchema: schema29.properties.window.properties.allow, data: data14 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          var valid6 = _errs33 === errors;
        }
        if (data12.freeze !== void 0) {
          let data21 = data12.freeze;
          const _errs47 = errors;
          const _errs48 = errors;
          if (Array.isArray(data21)) {
            let valid14 = true;
            const len3 = data21.length;
            for (let i4 = 0; i4 < len3; i4++) {
              let data22 = data21[i4];
              const _errs49 = errors;
              const _errs50 = errors;
              if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                if (data22.from === void 0) {
                  const err39 = { instancePath: instancePath + "/window/freeze/" + i4, schemaPath: "#/properties/window/properties/freeze/items/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema29.properties.window.properties.freeze.items.required, parentSchema: schema29.properties.window.properties.freeze.items, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
                if (data22.to === void 0) {
                  const err40 = { instancePath: instancePath + "/window/freeze/" + i4, schemaPath: "#/properties/window/properties/freeze/items/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema29.properties.window.properties.freeze.items.required, parentSchema: schema29.properties.window.properties.freeze.items, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
                if (data22.reason === void 0) {
                  const err41 = { instancePath: instancePath + "/window/freeze/" + i4, schemaPath: "#/properties/window/properties/freeze/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema29.properties.window.properties.freeze.items.required, parentSchema: schema29.properties.window.properties.freeze.items, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
                const _errs51 = errors;
                for (const key4 in data22) {
                  if (!(key4 === "from" || key4 === "to" || key4 === "reason" || key4 === "timezone")) {
                    const err42 = { instancePath: instancePath + "/window/freeze/" + i4, schemaPath: "#/properties/window/properties/freeze/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema29.properties.window.properties.freeze.items, data: data22 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
                if (data22.from !== void 0) {
                  let data23 = data22.from;
                  const _errs52 = errors;
                  if (typeof data23 !== "string") {
                    const err43 = { instancePath: instancePath + "/window/freeze/" + i4 + "/from", schemaPath: "#/properties/window/properties/freeze/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.window.properties.freeze.items.properties.from.type, parentSchema: schema29.properties.window.properties.freeze.items.properties.from, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                  const _errs53 = errors;
                  var valid15 = _errs52 === errors;
                }
                if (data22.to !== void 0) {
                  let data24 = data22.to;
                  const _errs54 = errors;
                  if (typeof data24 !== "string") {
                    const err44 = { instancePath: instancePath + "/window/freeze/" + i4 + "/to", schemaPath: "#/properties/window/properties/freeze/items/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.window.properties.freeze.items.properties.to.type, parentSchema: schema29.properties.window.properties.freeze.items.properties.to, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                  const _errs55 = errors;
                  var valid15 = _errs54 === errors;
                }
                if (data22.reason !== void 0) {
                  let data25 = data22.reason;
                  const _errs56 = errors;
                  const _errs57 = errors;
                  if (typeof data25 === "string") {
                    if (func3(data25) < 1) {
                      const err45 = { instancePath: instancePath + "/window/freeze/" + i4 + "/reason", schemaPath: "#/properties/window/properties/freeze/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema29.properties.window.properties.freeze.items.properties.reason, data: data25 };
                      if (vErrors === null) {
                        vErrors = [err45];
                      } else {
                        vErrors.push(err45);
                      }
                      errors++;
                    }
                  } else {
                    const err46 = { instancePath: instancePath + "/window/freeze/" + i4 + "/reason", schemaPath: "#/properties/window/properties/freeze/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.window.properties.freeze.items.properties.reason.type, parentSchema: schema29.properties.window.properties.freeze.items.properties.reason, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                  var valid15 = _errs56 === errors;
                }
                if (data22.timezone !== void 0) {
                  let data26 = data22.timezone;
                  const _errs58 = errors;
                  if (typeof data26 !== "string") {
                    const err47 = { instancePath: instancePath + "/window/freeze/" + i4 + "/timezone", schemaPath: "#/properties/window/properties/freeze/items/properties/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.window.properties.freeze.items.properties.timezone.type, parentSchema: schema29.properties.window.properties.freeze.items.properties.timezone, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                  const _errs59 = errors;
                  var valid15 = _errs58 === errors;
                }
              } else {
                const err48 = { instancePath: instancePath + "/window/freeze/" + i4, schemaPath: "#/properties/window/properties/freeze/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.properties.window.properties.freeze.items.type, parentSchema: schema29.properties.window.properties.freeze.items, data: data22 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
              var valid13 = _errs49 === errors;
              if (!valid13) {
                valid14 = false;
              }
            }
          } else {
            const err49 = { instancePath: instancePath + "/window/freeze", schemaPath: "#/properties/window/properties/freeze/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema29.properties.window.properties.freeze.type, parentSchema: schema29.properties.window.properties.freeze, data: data21 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
          var valid6 = _errs47 === errors;
        }
      } else {
        const err50 = { instancePath: instancePath + "/window", schemaPath: "#/properties/window/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.properties.window.type, parentSchema: schema29.properties.window, data: data12 };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
      var valid0 = _errs28 === errors;
    }
    if (data.concurrency !== void 0) {
      let data27 = data.concurrency;
      const _errs60 = errors;
      if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)) && isFinite(data27))) {
        const err51 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema29.properties.concurrency.type, parentSchema: schema29.properties.concurrency, data: data27 };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
      const _errs61 = errors;
      if (typeof data27 == "number" && isFinite(data27)) {
        if (data27 > 64 || isNaN(data27)) {
          const err52 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/maximum", keyword: "maximum", params: { comparison: "<=", limit: 64 }, message: "must be <= 64", schema: 64, parentSchema: schema29.properties.concurrency, data: data27 };
          if (vErrors === null) {
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
        if (data27 < 1 || isNaN(data27)) {
          const err53 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema29.properties.concurrency, data: data27 };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
      }
      var valid0 = _errs60 === errors;
    }
    if (data.services !== void 0) {
      let data28 = data.services;
      const _errs62 = errors;
      const _errs63 = errors;
      if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
        if (Object.keys(data28).length < 1) {
          const err54 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema29.properties.services, data: data28 };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
        for (const key5 in data28) {
          const _errs64 = errors;
          const _errs65 = errors;
          const _errs66 = errors;
          if (typeof key5 === "string") {
            if (!pattern9.test(key5)) {
              const err55 = { instancePath: instancePath + "/services", schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]{0,62}$"', schema: "^[a-z0-9][a-z0-9_-]{0,62}$", parentSchema: schema30, data: key5, propertyName: key5 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          } else {
            const err56 = { instancePath: instancePath + "/services", schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.type, parentSchema: schema30, data: key5, propertyName: key5 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
          var valid17 = _errs65 === errors;
          var valid16 = _errs64 === errors;
          if (!valid16) {
            const err57 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/propertyNames", keyword: "propertyNames", params: { propertyName: key5 }, message: "property name must be valid", schema: schema29.properties.services.propertyNames, parentSchema: schema29.properties.services, data: data28 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        const _errs67 = errors;
        for (const key6 in data28) {
          let data29 = data28[key6];
          const _errs68 = errors;
          const _errs69 = errors;
          if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
            if (data29.deploy === void 0) {
              const err58 = { instancePath: instancePath + "/services/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/services/additionalProperties/required", keyword: "required", params: { missingProperty: "deploy" }, message: "must have required property 'deploy'", schema: schema29.properties.services.additionalProperties.required, parentSchema: schema29.properties.services.additionalProperties, data: data29 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (data29.rollback === void 0) {
              const err59 = { instancePath: instancePath + "/services/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/services/additionalProperties/required", keyword: "required", params: { missingProperty: "rollback" }, message: "must have required property 'rollback'", schema: schema29.properties.services.additionalProperties.required, parentSchema: schema29.properties.services.additionalProperties, data: data29 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
            const _errs70 = errors;
            for (const key7 in data29) {
              if (!(key7 === "deploy" || key7 === "rollback" || key7 === "verify" || key7 === "after" || key7 === "strategy" || key7 === "traffic")) {
                const err60 = { instancePath: instancePath + "/services/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/services/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema29.properties.services.additionalProperties, data: data29 };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            if (data29.deploy !== void 0) {
              let data30 = data29.deploy;
              const _errs71 = errors;
              if (!validate15(data30, { instancePath: instancePath + "/services/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/deploy", parentData: data29, parentDataProperty: "deploy", rootData })) {
                vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
                errors = vErrors.length;
              } else {
              }
              var valid19 = _errs71 === errors;
            }
            if (data29.rollback !== void 0) {
              let data31 = data29.rollback;
              const _errs72 = errors;
              if (!validate15(data31, { instancePath: instancePath + "/services/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/rollback", parentData: data29, parentDataProperty: "rollback", rootData })) {
                vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
                errors = vErrors.length;
              } else {
              }
              var valid19 = _errs72 === errors;
            }
            if (data29.verify !== void 0) {
              let data32 = data29.verify;
              const _errs73 = errors;
              if (!validate15(data32, { instancePath: instancePath + "/services/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/verify", parentData: data29, parentDataProperty: "verify", rootData })) {
                vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
                errors = vErrors.length;
              } else {
              }
              var valid19 = _errs73 === errors;
            }
            if (data29.after !== void 0) {
              let data33 = data29.after;
              const _errs74 = errors;
              const _errs75 = errors;
              if (Array.isArray(data33)) {
                let valid21 = true;
                const len4 = data33.length;
                for (let i5 = 0; i5 < len4; i5++) {
                  let data34 = data33[i5];
                  const _errs76 = errors;
                  const _errs77 = errors;
                  const _errs78 = errors;
                  if (typeof data34 === "string") {
                    if (!pattern9.test(data34)) {
                      const err61 = { instancePath: instancePath + "/services/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/after/" + i5, schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]{0,62}$"', schema: "^[a-z0-9][a-z0-9_-]{0,62}$", parentSchema: schema30, data: data34 };
                      if (vErrors === null) {
                        vErrors = [err61];
                      } else {
                        vErrors.push(err61);
                      }
                      errors++;
                    }
                  } else {
                    const err62 = { instancePath: instancePath + "/services/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/after/" + i5, schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.type, parentSchema: schema30, data: data34 };
                    if (vErrors === null) {
                      vErrors = [err62];
                    } else {
                      vErrors.push(err62);
                    }
                    errors++;
                  }
                  var valid22 = _errs77 === errors;
                  var valid20 = _errs76 === errors;
                  if (!valid20) {
                    valid21 = false;
                  }
                }
                let valid23;
                let i6 = data33.length;
                let j1;
                valid23 = true;
                if (i6 > 1) {
                  outer1: for (; i6--; ) {
                    for (j1 = i6; j1--; ) {
                      if (func0(data33[i6], data33[j1])) {
                        const err63 = { instancePath: instancePath + "/services/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/after", schemaPath: "#/properties/services/additionalProperties/properties/after/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i6 + " are identical)", schema: true, parentSchema: schema29.properties.services.additionalProperties.properties.after, data: data33 };
                        if (vErrors === null) {
                          vErrors = [err63];
                        } else {
                          vErrors.push(err63);
                        }
                        errors++;
                        valid23 = false;
                        break outer1;
                      }
                    }
                  }
                }
              } else {
                const err64 = { instancePath: instancePath + "/services/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/after", schemaPath: "#/properties/services/additionalProperties/properties/after/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema29.properties.services.additionalProperties.properties.after.type, parentSchema: schema29.properties.services.additionalProperties.properties.after, data: data33 };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
              var valid19 = _errs74 === errors;
            }
            if (data29.strategy !== void 0) {
              let data35 = data29.strategy;
              const _errs79 = errors;
              if (!validate19(data35, { instancePath: instancePath + "/services/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/strategy", parentData: data29, parentDataProperty: "strategy", rootData })) {
                vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
                errors = vErrors.length;
              } else {
              }
              var valid19 = _errs79 === errors;
            }
            if (data29.traffic !== void 0) {
              let data36 = data29.traffic;
              const _errs80 = errors;
              const _errs81 = errors;
              if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                for (const key8 in data36) {
                  const _errs82 = errors;
                  const _errs83 = errors;
                  const _errs84 = errors;
                  if (typeof key8 === "string") {
                    if (!pattern9.test(key8)) {
                      const err65 = { instancePath: instancePath + "/services/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/traffic", schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]{0,62}$"', schema: "^[a-z0-9][a-z0-9_-]{0,62}$", parentSchema: schema30, data: key8, propertyName: key8 };
                      if (vErrors === null) {
                        vErrors = [err65];
                      } else {
                        vErrors.push(err65);
                      }
                      errors++;
                    }
                  } else {
                    const err66 = { instancePath: instancePath + "/services/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/traffic", schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.type, parentSchema: schema30, data: key8, propertyName: key8 };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                  var valid25 = _errs83 === errors;
                  var valid24 = _errs82 === errors;
                  if (!valid24) {
                    const err67 = { instancePath: instancePath + "/services/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/traffic", schemaPath: "#/properties/services/additionalProperties/properties/traffic/propertyNames", keyword: "propertyNames", params: { propertyName: key8 }, message: "property name must be valid", schema: schema29.properties.services.additionalProperties.properties.traffic.propertyNames, parentSchema: schema29.properties.services.additionalProperties.properties.traffic, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err67];
                    } else {
                      vErrors.push(err67);
                    }
                    errors++;
                  }
                }
                const _errs85 = errors;
                for (const key9 in data36) {
                  let data37 = data36[key9];
                  const _errs86 = errors;
                  if (!validate30(data37, { instancePath: instancePath + "/services/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/traffic/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data36, parentDataProperty: key9, rootData })) {
                    vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                    errors = vErrors.length;
                  } else {
                  }
                  var valid26 = _errs86 === errors;
                }
              } else {
                const err68 = { instancePath: instancePath + "/services/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/traffic", schemaPath: "#/properties/services/additionalProperties/properties/traffic/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.properties.services.additionalProperties.properties.traffic.type, parentSchema: schema29.properties.services.additionalProperties.properties.traffic, data: data36 };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
              var valid19 = _errs80 === errors;
            }
          } else {
            const err69 = { instancePath: instancePath + "/services/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/services/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.properties.services.additionalProperties.type, parentSchema: schema29.properties.services.additionalProperties, data: data29 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
          var valid18 = _errs68 === errors;
        }
      } else {
        const err70 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.properties.services.type, parentSchema: schema29.properties.services, data: data28 };
        if (vErrors === null) {
          vErrors = [err70];
        } else {
          vErrors.push(err70);
        }
        errors++;
      }
      var valid0 = _errs62 === errors;
    }
    if (data.scope !== void 0) {
      let data38 = data.scope;
      const _errs87 = errors;
      const _errs88 = errors;
      if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
        const _errs89 = errors;
        for (const key10 in data38) {
          if (!(key10 === "services" || key10 === "risky-paths")) {
            const err71 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema29.properties.scope, data: data38 };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
        if (data38.services !== void 0) {
          let data39 = data38.services;
          const _errs90 = errors;
          const _errs91 = errors;
          if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
            for (const key11 in data39) {
              const _errs92 = errors;
              const _errs93 = errors;
              const _errs94 = errors;
              if (typeof key11 === "string") {
                if (!pattern9.test(key11)) {
                  const err72 = { instancePath: instancePath + "/scope/services", schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]{0,62}$"', schema: "^[a-z0-9][a-z0-9_-]{0,62}$", parentSchema: schema30, data: key11, propertyName: key11 };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
              } else {
                const err73 = { instancePath: instancePath + "/scope/services", schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.type, parentSchema: schema30, data: key11, propertyName: key11 };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
              var valid29 = _errs93 === errors;
              var valid28 = _errs92 === errors;
              if (!valid28) {
                const err74 = { instancePath: instancePath + "/scope/services", schemaPath: "#/properties/scope/properties/services/propertyNames", keyword: "propertyNames", params: { propertyName: key11 }, message: "property name must be valid", schema: schema29.properties.scope.properties.services.propertyNames, parentSchema: schema29.properties.scope.properties.services, data: data39 };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            const _errs95 = errors;
            for (const key12 in data39) {
              let data40 = data39[key12];
              const _errs96 = errors;
              const _errs97 = errors;
              if (Array.isArray(data40)) {
                let valid32 = true;
                const len5 = data40.length;
                for (let i7 = 0; i7 < len5; i7++) {
                  let data41 = data40[i7];
                  const _errs98 = errors;
                  const _errs99 = errors;
                  if (typeof data41 === "string") {
                    if (func3(data41) < 1) {
                      const err75 = { instancePath: instancePath + "/scope/services/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i7, schemaPath: "#/properties/scope/properties/services/additionalProperties/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema29.properties.scope.properties.services.additionalProperties.items, data: data41 };
                      if (vErrors === null) {
                        vErrors = [err75];
                      } else {
                        vErrors.push(err75);
                      }
                      errors++;
                    }
                  } else {
                    const err76 = { instancePath: instancePath + "/scope/services/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i7, schemaPath: "#/properties/scope/properties/services/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.scope.properties.services.additionalProperties.items.type, parentSchema: schema29.properties.scope.properties.services.additionalProperties.items, data: data41 };
                    if (vErrors === null) {
                      vErrors = [err76];
                    } else {
                      vErrors.push(err76);
                    }
                    errors++;
                  }
                  var valid31 = _errs98 === errors;
                  if (!valid31) {
                    valid32 = false;
                  }
                }
              } else {
                const err77 = { instancePath: instancePath + "/scope/services/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/scope/properties/services/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema29.properties.scope.properties.services.additionalProperties.type, parentSchema: schema29.properties.scope.properties.services.additionalProperties, data: data40 };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
              var valid30 = _errs96 === errors;
            }
          } else {
            const err78 = { instancePath: instancePath + "/scope/services", schemaPath: "#/properties/scope/properties/services/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.properties.scope.properties.services.type, parentSchema: schema29.properties.scope.properties.services, data: data39 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
          var valid27 = _errs90 === errors;
        }
        if (data38["risky-paths"] !== void 0) {
          let data42 = data38["risky-paths"];
          const _errs100 = errors;
          const _errs101 = errors;
          if (Array.isArray(data42)) {
            let valid34 = true;
            const len6 = data42.length;
            for (let i8 = 0; i8 < len6; i8++) {
              let data43 = data42[i8];
              const _errs102 = errors;
              const _errs103 = errors;
              if (typeof data43 === "string") {
                if (func3(data43) < 1) {
                  const err79 = { instancePath: instancePath + "/scope/risky-paths/" + i8, schemaPath: "#/properties/scope/properties/risky-paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema29.properties.scope.properties["risky-paths"].items, data: data43 };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
              } else {
                const err80 = { instancePath: instancePath + "/scope/risky-paths/" + i8, schemaPath: "#/properties/scope/properties/risky-paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.scope.properties["risky-paths"].items.type, parentSchema: schema29.properties.scope.properties["risky-paths"].items, data: data43 };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
              var valid33 = _errs102 === errors;
              if (!valid33) {
                valid34 = false;
              }
            }
          } else {
            const err81 = { instancePath: instancePath + "/scope/risky-paths", schemaPath: "#/properties/scope/properties/risky-paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema29.properties.scope.properties["risky-paths"].type, parentSchema: schema29.properties.scope.properties["risky-paths"], data: data42 };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
          var valid27 = _errs100 === errors;
        }
      } else {
        const err82 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.properties.scope.type, parentSchema: schema29.properties.scope, data: data38 };
        if (vErrors === null) {
          vErrors = [err82];
        } else {
          vErrors.push(err82);
        }
        errors++;
      }
      var valid0 = _errs87 === errors;
    }
    if (data.rollback !== void 0) {
      let data44 = data.rollback;
      const _errs104 = errors;
      const _errs105 = errors;
      if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
        const _errs106 = errors;
        for (const key13 in data44) {
          if (!(key13 === "allow-first-release")) {
            const err83 = { instancePath: instancePath + "/rollback", schemaPath: "#/properties/rollback/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema29.properties.rollback, data: data44 };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
        }
        if (data44["allow-first-release"] !== void 0) {
          let data45 = data44["allow-first-release"];
          const _errs107 = errors;
          if (typeof data45 !== "boolean") {
            const err84 = { instancePath: instancePath + "/rollback/allow-first-release", schemaPath: "#/properties/rollback/properties/allow-first-release/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema29.properties.rollback.properties["allow-first-release"].type, parentSchema: schema29.properties.rollback.properties["allow-first-release"], data: data45 };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
          const _errs108 = errors;
          var valid35 = _errs107 === errors;
        }
      } else {
        const err85 = { instancePath: instancePath + "/rollback", schemaPath: "#/properties/rollback/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.properties.rollback.type, parentSchema: schema29.properties.rollback, data: data44 };
        if (vErrors === null) {
          vErrors = [err85];
        } else {
          vErrors.push(err85);
        }
        errors++;
      }
      var valid0 = _errs104 === errors;
    }
    if (data.staging !== void 0) {
      let data46 = data.staging;
      const _errs109 = errors;
      const _errs110 = errors;
      if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
        const _errs111 = errors;
        for (const key14 in data46) {
          if (!(key14 === "validate" || key14 === "uat")) {
            const err86 = { instancePath: instancePath + "/staging", schemaPath: "#/properties/staging/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema29.properties.staging, data: data46 };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
        }
        if (data46.validate !== void 0) {
          let data47 = data46.validate;
          const _errs112 = errors;
          const _errs113 = errors;
          if (Array.isArray(data47)) {
            let valid38 = true;
            const len7 = data47.length;
            for (let i9 = 0; i9 < len7; i9++) {
              let data48 = data47[i9];
              const _errs114 = errors;
              if (!validate15(data48, { instancePath: instancePath + "/staging/validate/" + i9, parentData: data47, parentDataProperty: i9, rootData })) {
                vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
                errors = vErrors.length;
              } else {
              }
              var valid37 = _errs114 === errors;
              if (!valid37) {
                valid38 = false;
              }
            }
          } else {
            const err87 = { instancePath: instancePath + "/staging/validate", schemaPath: "#/properties/staging/properties/validate/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema29.properties.staging.properties.validate.type, parentSchema: schema29.properties.staging.properties.validate, data: data47 };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
          var valid36 = _errs112 === errors;
        }
        if (data46.uat !== void 0) {
          let data49 = data46.uat;
          const _errs115 = errors;
          const _errs116 = errors;
          if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
            const _errs117 = errors;
            for (const key15 in data49) {
              if (!(key15 === "required")) {
                const err88 = { instancePath: instancePath + "/staging/uat", schemaPath: "#/properties/staging/properties/uat/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema29.properties.staging.properties.uat, data: data49 };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
            }
            if (data49.required !== void 0) {
              let data50 = data49.required;
              const _errs118 = errors;
              if (typeof data50 !== "boolean") {
                const err89 = { instancePath: instancePath + "/staging/uat/required", schemaPath: "#/properties/staging/properties/uat/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema29.properties.staging.properties.uat.properties.required.type, parentSchema: schema29.properties.staging.properties.uat.properties.required, data: data50 };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
              const _errs119 = errors;
              var valid39 = _errs118 === errors;
            }
          } else {
            const err90 = { instancePath: instancePath + "/staging/uat", schemaPath: "#/properties/staging/properties/uat/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.properties.staging.properties.uat.type, parentSchema: schema29.properties.staging.properties.uat, data: data49 };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
          var valid36 = _errs115 === errors;
        }
      } else {
        const err91 = { instancePath: instancePath + "/staging", schemaPath: "#/properties/staging/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.properties.staging.type, parentSchema: schema29.properties.staging, data: data46 };
        if (vErrors === null) {
          vErrors = [err91];
        } else {
          vErrors.push(err91);
        }
        errors++;
      }
      var valid0 = _errs109 === errors;
    }
    if (data.production !== void 0) {
      let data51 = data.production;
      const _errs120 = errors;
      const _errs121 = errors;
      if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
        const _errs122 = errors;
        for (const key16 in data51) {
          if (!(key16 === "checks")) {
            const err92 = { instancePath: instancePath + "/production", schemaPath: "#/properties/production/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema29.properties.production, data: data51 };
            if (vErrors === null) {
              vErrors = [err92];
            } else {
              vErrors.push(err92);
            }
            errors++;
          }
        }
        if (data51.checks !== void 0) {
          let data52 = data51.checks;
          const _errs123 = errors;
          const _errs124 = errors;
          if (Array.isArray(data52)) {
            let valid42 = true;
            const len8 = data52.length;
            for (let i10 = 0; i10 < len8; i10++) {
              let data53 = data52[i10];
              const _errs125 = errors;
              if (!validate15(data53, { instancePath: instancePath + "/production/checks/" + i10, parentData: data52, parentDataProperty: i10, rootData })) {
                vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
                errors = vErrors.length;
              } else {
              }
              var valid41 = _errs125 === errors;
              if (!valid41) {
                valid42 = false;
              }
            }
          } else {
            const err93 = { instancePath: instancePath + "/production/checks", schemaPath: "#/properties/production/properties/checks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema29.properties.production.properties.checks.type, parentSchema: schema29.properties.production.properties.checks, data: data52 };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
          var valid40 = _errs123 === errors;
        }
      } else {
        const err94 = { instancePath: instancePath + "/production", schemaPath: "#/properties/production/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.properties.production.type, parentSchema: schema29.properties.production, data: data51 };
        if (vErrors === null) {
          vErrors = [err94];
        } else {
          vErrors.push(err94);
        }
        errors++;
      }
      var valid0 = _errs120 === errors;
    }
    if (data.metrics !== void 0) {
      let data54 = data.metrics;
      const _errs126 = errors;
      const _errs127 = errors;
      if (Array.isArray(data54)) {
        let valid44 = true;
        const len9 = data54.length;
        for (let i11 = 0; i11 < len9; i11++) {
          let data55 = data54[i11];
          const _errs128 = errors;
          if (!validate34(data55, { instancePath: instancePath + "/metrics/" + i11, parentData: data54, parentDataProperty: i11, rootData })) {
            vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
            errors = vErrors.length;
          } else {
          }
          var valid43 = _errs128 === errors;
          if (!valid43) {
            valid44 = false;
          }
        }
      } else {
        const err95 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema29.properties.metrics.type, parentSchema: schema29.properties.metrics, data: data54 };
        if (vErrors === null) {
          vErrors = [err95];
        } else {
          vErrors.push(err95);
        }
        errors++;
      }
      var valid0 = _errs126 === errors;
    }
    if (data.validation !== void 0) {
      let data56 = data.validation;
      const _errs129 = errors;
      const _errs130 = errors;
      if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
        const _errs131 = errors;
        for (const key17 in data56) {
          if (!(key17 === "staging" || key17 === "production" || key17 === "perf-samples")) {
            const err96 = { instancePath: instancePath + "/validation", schemaPath: "#/properties/validation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema29.properties.validation, data: data56 };
            if (vErrors === null) {
              vErrors = [err96];
            } else {
              vErrors.push(err96);
            }
            errors++;
          }
        }
        if (data56.staging !== void 0) {
          let data57 = data56.staging;
          const _errs132 = errors;
          const _errs133 = errors;
          if (Array.isArray(data57)) {
            let valid47 = true;
            const len10 = data57.length;
            for (let i12 = 0; i12 < len10; i12++) {
              let data58 = data57[i12];
              const _errs134 = errors;
              if (!validate36(data58, { instancePath: instancePath + "/validation/staging/" + i12, parentData: data57, parentDataProperty: i12, rootData })) {
                vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
                errors = vErrors.length;
              } else {
              }
              var valid46 = _errs134 === errors;
              if (!valid46) {
                valid47 = false;
              }
            }
          } else {
            const err97 = { instancePath: instancePath + "/validation/staging", schemaPath: "#/properties/validation/properties/staging/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema29.properties.validation.properties.staging.type, parentSchema: schema29.properties.validation.properties.staging, data: data57 };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          }
          var valid45 = _errs132 === errors;
        }
        if (data56.production !== void 0) {
          let data59 = data56.production;
          const _errs135 = errors;
          const _errs136 = errors;
          if (Array.isArray(data59)) {
            let valid49 = true;
            const len11 = data59.length;
            for (let i13 = 0; i13 < len11; i13++) {
              let data60 = data59[i13];
              const _errs137 = errors;
              if (!validate36(data60, { instancePath: instancePath + "/validation/production/" + i13, parentData: data59, parentDataProperty: i13, rootData })) {
                vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
                errors = vErrors.length;
              } else {
              }
              var valid48 = _errs137 === errors;
              if (!valid48) {
                valid49 = false;
              }
            }
          } else {
            const err98 = { instancePath: instancePath + "/validation/production", schemaPath: "#/properties/validation/properties/production/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema29.properties.validation.properties.production.type, parentSchema: schema29.properties.validation.properties.production, data: data59 };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
          var valid45 = _errs135 === errors;
        }
        if (data56["perf-samples"] !== void 0) {
          let data61 = data56["perf-samples"];
          const _errs138 = errors;
          if (!(typeof data61 == "number" && (!(data61 % 1) && !isNaN(data61)) && isFinite(data61))) {
            const err99 = { instancePath: instancePath + "/validation/perf-samples", schemaPath: "#/properties/validation/properties/perf-samples/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema29.properties.validation.properties["perf-samples"].type, parentSchema: schema29.properties.validation.properties["perf-samples"], data: data61 };
            if (vErrors === null) {
              vErrors = [err99];
            } else {
              vErrors.push(err99);
            }
            errors++;
          }
          const _errs139 = errors;
          if (typeof data61 == "number" && isFinite(data61)) {
            if (data61 > 1e3 || isNaN(data61)) {
              const err100 = { instancePath: instancePath + "/validation/perf-samples", schemaPath: "#/properties/validation/properties/perf-samples/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: schema29.properties.validation.properties["perf-samples"], data: data61 };
              if (vErrors === null) {
                vErrors = [err100];
              } else {
                vErrors.push(err100);
              }
              errors++;
            }
            if (data61 < 1 || isNaN(data61)) {
              const err101 = { instancePath: instancePath + "/validation/perf-samples", schemaPath: "#/properties/validation/properties/perf-samples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema29.properties.validation.properties["perf-samples"], data: data61 };
              if (vErrors === null) {
                vErrors = [err101];
              } else {
                vErrors.push(err101);
              }
              errors++;
            }
          }
          var valid45 = _errs138 === errors;
        }
      } else {
        const err102 = { instancePath: instancePath + "/validation", schemaPath: "#/properties/validation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.properties.validation.type, parentSchema: schema29.properties.validation, data: data56 };
        if (vErrors === null) {
          vErrors = [err102];
        } else {
          vErrors.push(err102);
        }
        errors++;
      }
      var valid0 = _errs129 === errors;
    }
    if (data.health !== void 0) {
      let data62 = data.health;
      const _errs140 = errors;
      const _errs141 = errors;
      if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
        if (data62.window === void 0) {
          const err103 = { instancePath: instancePath + "/health", schemaPath: "#/properties/health/required", keyword: "required", params: { missingProperty: "window" }, message: "must have required property 'window'", schema: schema29.properties.health.required, parentSchema: schema29.properties.health, data: data62 };
          if (vErrors === null) {
            vErrors = [err103];
          } else {
            vErrors.push(err103);
          }
          errors++;
        }
        if (data62.interval === void 0) {
          const err104 = { instancePath: instancePath + "/health", schemaPath: "#/properties/health/required", keyword: "required", params: { missingProperty: "interval" }, message: "must have required property 'interval'", schema: schema29.properties.health.required, parentSchema: schema29.properties.health, data: data62 };
          if (vErrors === null) {
            vErrors = [err104];
          } else {
            vErrors.push(err104);
          }
          errors++;
        }
        if (data62.probes === void 0) {
          const err105 = { instancePath: instancePath + "/health", schemaPath: "#/properties/health/required", keyword: "required", params: { missingProperty: "probes" }, message: "must have required property 'probes'", schema: schema29.properties.health.required, parentSchema: schema29.properties.health, data: data62 };
          if (vErrors === null) {
            vErrors = [err105];
          } else {
            vErrors.push(err105);
          }
          errors++;
        }
        const _errs142 = errors;
        for (const key18 in data62) {
          if (!(key18 === "window" || key18 === "interval" || key18 === "failure-limit" || key18 === "on-breach" || key18 === "probes")) {
            const err106 = { instancePath: instancePath + "/health", schemaPath: "#/properties/health/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties", schema: false, parentSchema: schema29.properties.health, data: data62 };
            if (vErrors === null) {
              vErrors = [err106];
            } else {
              vErrors.push(err106);
            }
            errors++;
          }
        }
        if (data62.window !== void 0) {
          let data63 = data62.window;
          const _errs143 = errors;
          const _errs144 = errors;
          const _errs145 = errors;
          if (typeof data63 === "string") {
            if (!pattern10.test(data63)) {
              const err107 = { instancePath: instancePath + "/health/window", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(ms|s|m|h|d)$" }, message: 'must match pattern "^[0-9]+(ms|s|m|h|d)$"', schema: "^[0-9]+(ms|s|m|h|d)$", parentSchema: schema31, data: data63 };
              if (vErrors === null) {
                vErrors = [err107];
              } else {
                vErrors.push(err107);
              }
              errors++;
            }
          } else {
            const err108 = { instancePath: instancePath + "/health/window", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.type, parentSchema: schema31, data: data63 };
            if (vErrors === null) {
              vErrors = [err108];
            } else {
              vErrors.push(err108);
            }
            errors++;
          }
          var valid51 = _errs144 === errors;
          var valid50 = _errs143 === errors;
        }
        if (data62.interval !== void 0) {
          let data64 = data62.interval;
          const _errs146 = errors;
          const _errs147 = errors;
          const _errs148 = errors;
          if (typeof data64 === "string") {
            if (!pattern10.test(data64)) {
              const err109 = { instancePath: instancePath + "/health/interval", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(ms|s|m|h|d)$" }, message: 'must match pattern "^[0-9]+(ms|s|m|h|d)$"', schema: "^[0-9]+(ms|s|m|h|d)$", parentSchema: schema31, data: data64 };
              if (vErrors === null) {
                vErrors = [err109];
              } else {
                vErrors.push(err109);
              }
              errors++;
            }
          } else {
            const err110 = { instancePath: instancePath + "/health/interval", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.type, parentSchema: schema31, data: data64 };
            if (vErrors === null) {
              vErrors = [err110];
            } else {
              vErrors.push(err110);
            }
            errors++;
          }
          var valid52 = _errs147 === errors;
          var valid50 = _errs146 === errors;
        }
        if (data62["failure-limit"] !== void 0) {
          let data65 = data62["failure-limit"];
          const _errs149 = errors;
          if (!(typeof data65 == "number" && (!(data65 % 1) && !isNaN(data65)) && isFinite(data65))) {
            const err111 = { instancePath: instancePath + "/health/failure-limit", schemaPath: "#/properties/health/properties/failure-limit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema29.properties.health.properties["failure-limit"].type, parentSchema: schema29.properties.health.properties["failure-limit"], data: data65 };
            if (vErrors === null) {
              vErrors = [err111];
            } else {
              vErrors.push(err111);
            }
            errors++;
          }
          const _errs150 = errors;
          if (typeof data65 == "number" && isFinite(data65)) {
            if (data65 < 1 || isNaN(data65)) {
              const err112 = { instancePath: instancePath + "/health/failure-limit", schemaPath: "#/properties/health/properties/failure-limit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema29.properties.health.properties["failure-limit"], data: data65 };
              if (vErrors === null) {
                vErrors = [err112];
              } else {
                vErrors.push(err112);
              }
              errors++;
            }
          }
          var valid50 = _errs149 === errors;
        }
        if (data62["on-breach"] !== void 0) {
          let data66 = data62["on-breach"];
          const _errs151 = errors;
          const vSchema1 = schema29.properties.health.properties["on-breach"].enum;
          if (!(data66 === "rollback" || data66 === "alert")) {
            const err113 = { instancePath: instancePath + "/health/on-breach", schemaPath: "#/properties/health/properties/on-breach/enum", keyword: "enum", params: { allowedValues: schema29.properties.health.properties["on-breach"].enum }, message: "must be equal to one of the allowed values", schema: schema29.properties.health.properties["on-breach"].enum, parentSchema: schema29.properties.health.properties["on-breach"], data: data66 };
            if (vErrors === null) {
              vErrors = [err113];
            } else {
              vErrors.push(err113);
            }
            errors++;
          }
          var valid50 = _errs151 === errors;
        }
        if (data62.probes !== void 0) {
          let data67 = data62.probes;
          const _errs152 = errors;
          const _errs153 = errors;
          if (Array.isArray(data67)) {
            if (data67.length < 1) {
              const err114 = { instancePath: instancePath + "/health/probes", schemaPath: "#/properties/health/properties/probes/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema29.properties.health.properties.probes, data: data67 };
              if (vErrors === null) {
                vErrors = [err114];
              } else {
                vErrors.push(err114);
              }
              errors++;
            }
            let valid54 = true;
            const len12 = data67.length;
            for (let i14 = 0; i14 < len12; i14++) {
              let data68 = data67[i14];
              const _errs154 = errors;
              if (!validate34(data68, { instancePath: instancePath + "/health/probes/" + i14, parentData: data67, parentDataProperty: i14, rootData })) {
                vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                errors = vErrors.length;
              } else {
              }
              var valid53 = _errs154 === errors;
              if (!valid53) {
                valid54 = false;
              }
            }
          } else {
            const err115 = { instancePath: instancePath + "/health/probes", schemaPath: "#/properties/health/properties/probes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema29.properties.health.properties.probes.type, parentSchema: schema29.properties.health.properties.probes, data: data67 };
            if (vErrors === null) {
              vErrors = [err115];
            } else {
              vErrors.push(err115);
            }
            errors++;
          }
          var valid50 = _errs152 === errors;
        }
      } else {
        const err116 = { instancePath: instancePath + "/health", schemaPath: "#/properties/health/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.properties.health.type, parentSchema: schema29.properties.health, data: data62 };
        if (vErrors === null) {
          vErrors = [err116];
        } else {
          vErrors.push(err116);
        }
        errors++;
      }
      var valid0 = _errs140 === errors;
    }
    if (data.approval !== void 0) {
      let data69 = data.approval;
      const _errs155 = errors;
      const _errs156 = errors;
      if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
        const _errs157 = errors;
        for (const key19 in data69) {
          if (!(key19 === "environment" || key19 === "approvers" || key19 === "require-reviewers" || key19 === "self-approval")) {
            const err117 = { instancePath: instancePath + "/approval", schemaPath: "#/properties/approval/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: false, parentSchema: schema29.properties.approval, data: data69 };
            if (vErrors === null) {
              vErrors = [err117];
            } else {
              vErrors.push(err117);
            }
            errors++;
          }
        }
        if (data69.environment !== void 0) {
          let data70 = data69.environment;
          const _errs158 = errors;
          if (typeof data70 !== "string") {
            const err118 = { instancePath: instancePath + "/approval/environment", schemaPath: "#/properties/approval/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.approval.properties.environment.type, parentSchema: schema29.properties.approval.properties.environment, data: data70 };
            if (vErrors === null) {
              vErrors = [err118];
            } else {
              vErrors.push(err118);
            }
            errors++;
          }
          const _errs159 = errors;
          var valid55 = _errs158 === errors;
        }
        if (data69.approvers !== void 0) {
          let data71 = data69.approvers;
          const _errs160 = errors;
          const _errs161 = errors;
          if (Array.isArray(data71)) {
            let valid57 = true;
            const len13 = data71.length;
            for (let i15 = 0; i15 < len13; i15++) {
              let data72 = data71[i15];
              const _errs162 = errors;
              const _errs163 = errors;
              if (typeof data72 === "string") {
                if (func3(data72) < 1) {
                  const err119 = { instancePath: instancePath + "/approval/approvers/" + i15, schemaPath: "#/properties/approval/properties/approvers/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema29.properties.approval.properties.approvers.items, data: data72 };
                  if (vErrors === null) {
                    vErrors = [err119];
                  } else {
                    vErrors.push(err119);
                  }
                  errors++;
                }
              } else {
                const err120 = { instancePath: instancePath + "/approval/approvers/" + i15, schemaPath: "#/properties/approval/properties/approvers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.approval.properties.approvers.items.type, parentSchema: schema29.properties.approval.properties.approvers.items, data: data72 };
                if (vErrors === null) {
                  vErrors = [err120];
                } else {
                  vErrors.push(err120);
                }
                errors++;
              }
              var valid56 = _errs162 === errors;
              if (!valid56) {
                valid57 = false;
              }
            }
            let valid58;
            let i16 = data71.length;
            let j2;
            valid58 = true;
            if (i16 > 1) {
              const indices0 = {};
              for (; i16--; ) {
                let item0 = data71[i16];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j2 = indices0[item0];
                  const err121 = { instancePath: instancePath + "/approval/approvers", schemaPath: "#/properties/approval/properties/approvers/uniqueItems", keyword: "uniqueItems", params: { i: i16, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i16 + " are identical)", schema: true, parentSchema: schema29.properties.approval.properties.approvers, data: data71 };
                  if (vErrors === null) {
                    vErrors = [err121];
                  } else {
                    vErrors.push(err121);
                  }
                  errors++;
                  valid58 = false;
                  break;
                }
                indices0[item0] = i16;
              }
            }
          } else {
            const err122 = { instancePath: instancePath + "/approval/approvers", schemaPath: "#/properties/approval/properties/approvers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema29.properties.approval.properties.approvers.type, parentSchema: schema29.properties.approval.properties.approvers, data: data71 };
            if (vErrors === null) {
              vErrors = [err122];
            } else {
              vErrors.push(err122);
            }
            errors++;
          }
          var valid55 = _errs160 === errors;
        }
        if (data69["require-reviewers"] !== void 0) {
          let data73 = data69["require-reviewers"];
          const _errs164 = errors;
          if (typeof data73 !== "boolean") {
            const err123 = { instancePath: instancePath + "/approval/require-reviewers", schemaPath: "#/properties/approval/properties/require-reviewers/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema29.properties.approval.properties["require-reviewers"].type, parentSchema: schema29.properties.approval.properties["require-reviewers"], data: data73 };
            if (vErrors === null) {
              vErrors = [err123];
            } else {
              vErrors.push(err123);
            }
            errors++;
          }
          const _errs165 = errors;
          var valid55 = _errs164 === errors;
        }
        if (data69["self-approval"] !== void 0) {
          let data74 = data69["self-approval"];
          const _errs166 = errors;
          const vSchema2 = schema29.properties.approval.properties["self-approval"].enum;
          if (!(data74 === "refuse" || data74 === "warn" || data74 === "allow")) {
            const err124 = { instancePath: instancePath + "/approval/self-approval", schemaPath: "#/properties/approval/properties/self-approval/enum", keyword: "enum", params: { allowedValues: schema29.properties.approval.properties["self-approval"].enum }, message: "must be equal to one of the allowed values", schema: schema29.properties.approval.properties["self-approval"].enum, parentSchema: schema29.properties.approval.properties["self-approval"], data: data74 };
            if (vErrors === null) {
              vErrors = [err124];
            } else {
              vErrors.push(err124);
            }
            errors++;
          }
          var valid55 = _errs166 === errors;
        }
      } else {
        const err125 = { instancePath: instancePath + "/approval", schemaPath: "#/properties/approval/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.properties.approval.type, parentSchema: schema29.properties.approval, data: data69 };
        if (vErrors === null) {
          vErrors = [err125];
        } else {
          vErrors.push(err125);
        }
        errors++;
      }
      var valid0 = _errs155 === errors;
    }
    if (data.stakeholders !== void 0) {
      let data75 = data.stakeholders;
      const _errs167 = errors;
      const _errs168 = errors;
      if (Array.isArray(data75)) {
        let valid60 = true;
        const len14 = data75.length;
        for (let i17 = 0; i17 < len14; i17++) {
          let data76 = data75[i17];
          const _errs169 = errors;
          const _errs170 = errors;
          if (data76 && typeof data76 == "object" && !Array.isArray(data76)) {
            if (data76.name === void 0) {
              const err126 = { instancePath: instancePath + "/stakeholders/" + i17, schemaPath: "#/properties/stakeholders/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema29.properties.stakeholders.items.required, parentSchema: schema29.properties.stakeholders.items, data: data76 };
              if (vErrors === null) {
                vErrors = [err126];
              } else {
                vErrors.push(err126);
              }
              errors++;
            }
            const _errs171 = errors;
            for (const key20 in data76) {
              if (!(key20 === "name" || key20 === "role" || key20 === "required")) {
                const err127 = { instancePath: instancePath + "/stakeholders/" + i17, schemaPath: "#/properties/stakeholders/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties", schema: false, parentSchema: schema29.properties.stakeholders.items, data: data76 };
                if (vErrors === null) {
                  vErrors = [err127];
                } else {
                  vErrors.push(err127);
                }
                errors++;
              }
            }
            if (data76.name !== void 0) {
              let data77 = data76.name;
              const _errs172 = errors;
              if (typeof data77 !== "string") {
                const err128 = { instancePath: instancePath + "/stakeholders/" + i17 + "/name", schemaPath: "#/properties/stakeholders/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.stakeholders.items.properties.name.type, parentSchema: schema29.properties.stakeholders.items.properties.name, data: data77 };
                if (vErrors === null) {
                  vErrors = [err128];
                } else {
                  vErrors.push(err128);
                }
                errors++;
              }
              const _errs173 = errors;
              var valid61 = _errs172 === errors;
            }
            if (data76.role !== void 0) {
              let data78 = data76.role;
              const _errs174 = errors;
              if (typeof data78 !== "string") {
                const err129 = { instancePath: instancePath + "/stakeholders/" + i17 + "/role", schemaPath: "#/properties/stakeholders/items/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.stakeholders.items.properties.role.type, parentSchema: schema29.properties.stakeholders.items.properties.role, data: data78 };
                if (vErrors === null) {
                  vErrors = [err129];
                } else {
                  vErrors.push(err129);
                }
                errors++;
              }
              const _errs175 = errors;
              var valid61 = _errs174 === errors;
            }
            if (data76.required !== void 0) {
              let data79 = data76.required;
              const _errs176 = errors;
              if (typeof data79 !== "boolean") {
                const err130 = { instancePath: instancePath + "/stakeholders/" + i17 + "/required", schemaPath: "#/properties/stakeholders/items/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema29.properties.stakeholders.items.properties.required.type, parentSchema: schema29.properties.stakeholders.items.properties.required, data: data79 };
                if (vErrors === null) {
                  vErrors = [err130];
                } else {
                  vErrors.push(err130);
                }
                errors++;
              }
              const _errs177 = errors;
              var valid61 = _errs176 === errors;
            }
          } else {
            const err131 = { instancePath: instancePath + "/stakeholders/" + i17, schemaPath: "#/properties/stakeholders/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.properties.stakeholders.items.type, parentSchema: schema29.properties.stakeholders.items, data: data76 };
            if (vErrors === null) {
              vErrors = [err131];
            } else {
              vErrors.push(err131);
            }
            errors++;
          }
          var valid59 = _errs169 === errors;
          if (!valid59) {
            valid60 = false;
          }
        }
      } else {
        const err132 = { instancePath: instancePath + "/stakeholders", schemaPath: "#/properties/stakeholders/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema29.properties.stakeholders.type, parentSchema: schema29.properties.stakeholders, data: data75 };
        if (vErrors === null) {
          vErrors = [err132];
        } else {
          vErrors.push(err132);
        }
        errors++;
      }
      var valid0 = _errs167 === errors;
    }
    if (data.communications !== void 0) {
      let data80 = data.communications;
      const _errs178 = errors;
      const _errs179 = errors;
      if (data80 && typeof data80 == "object" && !Array.isArray(data80)) {
        const _errs180 = errors;
        for (const key21 in data80) {
          if (!(key21 === "monitors" || key21 === "channel")) {
            const err133 = { instancePath: instancePath + "/communications", schemaPath: "#/properties/communications/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties", schema: false, parentSchema: schema29.properties.communications, data: data80 };
            if (vErrors === null) {
              vErrors = [err133];
            } else {
              vErrors.push(err133);
            }
            errors++;
          }
        }
        if (data80.monitors !== void 0) {
          let data81 = data80.monitors;
          const _errs181 = errors;
          const _errs182 = errors;
          if (Array.isArray(data81)) {
            let valid64 = true;
            const len15 = data81.length;
            for (let i18 = 0; i18 < len15; i18++) {
              let data82 = data81[i18];
              const _errs183 = errors;
              if (typeof data82 !== "string") {
                const err134 = { instancePath: instancePath + "/communications/monitors/" + i18, schemaPath: "#/properties/communications/properties/monitors/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.communications.properties.monitors.items.type, parentSchema: schema29.properties.communications.properties.monitors.items, data: data82 };
                if (vErrors === null) {
                  vErrors = [err134];
                } else {
                  vErrors.push(err134);
                }
                errors++;
              }
              const _errs184 = errors;
              var valid63 = _errs183 === errors;
              if (!valid63) {
                valid64 = false;
              }
            }
          } else {
            const err135 = { instancePath: instancePath + "/communications/monitors", schemaPath: "#/properties/communications/properties/monitors/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema29.properties.communications.properties.monitors.type, parentSchema: schema29.properties.communications.properties.monitors, data: data81 };
            if (vErrors === null) {
              vErrors = [err135];
            } else {
              vErrors.push(err135);
            }
            errors++;
          }
          var valid62 = _errs181 === errors;
        }
        if (data80.channel !== void 0) {
          let data83 = data80.channel;
          const _errs185 = errors;
          if (typeof data83 !== "string") {
            const err136 = { instancePath: instancePath + "/communications/channel", schemaPath: "#/properties/communications/properties/channel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.communications.properties.channel.type, parentSchema: schema29.properties.communications.properties.channel, data: data83 };
            if (vErrors === null) {
              vErrors = [err136];
            } else {
              vErrors.push(err136);
            }
            errors++;
          }
          const _errs186 = errors;
          var valid62 = _errs185 === errors;
        }
      } else {
        const err137 = { instancePath: instancePath + "/communications", schemaPath: "#/properties/communications/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.properties.communications.type, parentSchema: schema29.properties.communications, data: data80 };
        if (vErrors === null) {
          vErrors = [err137];
        } else {
          vErrors.push(err137);
        }
        errors++;
      }
      var valid0 = _errs178 === errors;
    }
    if (data.notify !== void 0) {
      let data84 = data.notify;
      const _errs187 = errors;
      const _errs188 = errors;
      if (Array.isArray(data84)) {
        let valid66 = true;
        const len16 = data84.length;
        for (let i19 = 0; i19 < len16; i19++) {
          let data85 = data84[i19];
          const _errs189 = errors;
          const _errs190 = errors;
          const _errs191 = errors;
          let valid67 = false;
          let passing0 = null;
          const _errs192 = errors;
          if (data85 && typeof data85 == "object" && !Array.isArray(data85)) {
            if (data85.url === void 0) {
              const err138 = { instancePath: instancePath + "/notify/" + i19, schemaPath: "#/properties/notify/items/oneOf/0/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema29.properties.notify.items.oneOf[0].required, parentSchema: schema29.properties.notify.items.oneOf[0], data: data85 };
              if (vErrors === null) {
                vErrors = [err138];
              } else {
                vErrors.push(err138);
              }
              errors++;
            }
          }
          var _valid0 = _errs192 === errors;
          if (_valid0) {
            valid67 = true;
            passing0 = 0;
          }
          const _errs193 = errors;
          if (data85 && typeof data85 == "object" && !Array.isArray(data85)) {
            if (data85["url-env"] === void 0) {
              const err139 = { instancePath: instancePath + "/notify/" + i19, schemaPath: "#/properties/notify/items/oneOf/1/required", keyword: "required", params: { missingProperty: "url-env" }, message: "must have required property 'url-env'", schema: schema29.properties.notify.items.oneOf[1].required, parentSchema: schema29.properties.notify.items.oneOf[1], data: data85 };
              if (vErrors === null) {
                vErrors = [err139];
              } else {
                vErrors.push(err139);
              }
              errors++;
            }
          }
          var _valid0 = _errs193 === errors;
          if (_valid0 && valid67) {
            valid67 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid67 = true;
              passing0 = 1;
            }
          }
          if (!valid67) {
            const err140 = { instancePath: instancePath + "/notify/" + i19, schemaPath: "#/properties/notify/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema29.properties.notify.items.oneOf, parentSchema: schema29.properties.notify.items, data: data85 };
            if (vErrors === null) {
              vErrors = [err140];
            } else {
              vErrors.push(err140);
            }
            errors++;
          } else {
            errors = _errs191;
            if (vErrors !== null) {
              if (_errs191) {
                vErrors.length = _errs191;
              } else {
                vErrors = null;
              }
            }
          }
          if (data85 && typeof data85 == "object" && !Array.isArray(data85)) {
            if (data85.format === void 0) {
              const err141 = { instancePath: instancePath + "/notify/" + i19, schemaPath: "#/properties/notify/items/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property 'format'", schema: schema29.properties.notify.items.required, parentSchema: schema29.properties.notify.items, data: data85 };
              if (vErrors === null) {
                vErrors = [err141];
              } else {
                vErrors.push(err141);
              }
              errors++;
            }
            const _errs194 = errors;
            for (const key22 in data85) {
              if (!(key22 === "name" || key22 === "url" || key22 === "url-env" || key22 === "format" || key22 === "events" || key22 === "timeout")) {
                const err142 = { instancePath: instancePath + "/notify/" + i19, schemaPath: "#/properties/notify/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties", schema: false, parentSchema: schema29.properties.notify.items, data: data85 };
                if (vErrors === null) {
                  vErrors = [err142];
                } else {
                  vErrors.push(err142);
                }
                errors++;
              }
            }
            if (data85.name !== void 0) {
              let data86 = data85.name;
              const _errs195 = errors;
              const _errs196 = errors;
              if (typeof data86 === "string") {
                if (func3(data86) < 1) {
                  const err143 = { instancePath: instancePath + "/notify/" + i19 + "/name", schemaPath: "#/properties/notify/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema29.properties.notify.items.properties.name, data: data86 };
                  if (vErrors === null) {
                    vErrors = [err143];
                  } else {
                    vErrors.push(err143);
                  }
                  errors++;
                }
              } else {
                const err144 = { instancePath: instancePath + "/notify/" + i19 + "/name", schemaPath: "#/properties/notify/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.notify.items.properties.name.type, parentSchema: schema29.properties.notify.items.properties.name, data: data86 };
                if (vErrors === null) {
                  vErrors = [err144];
                } else {
                  vErrors.push(err144);
                }
                errors++;
              }
              var valid68 = _errs195 === errors;
            }
            if (data85.url !== void 0) {
              let data87 = data85.url;
              const _errs197 = errors;
              const _errs198 = errors;
              if (typeof data87 === "string") {
                if (!pattern33.test(data87)) {
                  const err145 = { instancePath: instancePath + "/notify/" + i19 + "/url", schemaPath: "#/properties/notify/items/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema29.properties.notify.items.properties.url, data: data87 };
                  if (vErrors === null) {
                    vErrors = [err145];
                  } else {
                    vErrors.push(err145);
                  }
                  errors++;
                }
              } else {
                const err146 = { instancePath: instancePath + "/notify/" + i19 + "/url", schemaPath: "#/properties/notify/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.notify.items.properties.url.type, parentSchema: schema29.properties.notify.items.properties.url, data: data87 };
                if (vErrors === null) {
                  vErrors = [err146];
                } else {
                  vErrors.push(err146);
                }
                errors++;
              }
              var valid68 = _errs197 === errors;
            }
            if (data85["url-env"] !== void 0) {
              let data88 = data85["url-env"];
              const _errs199 = errors;
              const _errs200 = errors;
              if (typeof data88 === "string") {
                if (!pattern46.test(data88)) {
                  const err147 = { instancePath: instancePath + "/notify/" + i19 + "/url-env", schemaPath: "#/properties/notify/items/properties/url-env/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema29.properties.notify.items.properties["url-env"], data: data88 };
                  if (vErrors === null) {
                    vErrors = [err147];
                  } else {
                    vErrors.push(err147);
                  }
                  errors++;
                }
              } else {
                const err148 = { instancePath: instancePath + "/notify/" + i19 + "/url-env", schemaPath: "#/properties/notify/items/properties/url-env/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.notify.items.properties["url-env"].type, parentSchema: schema29.properties.notify.items.properties["url-env"], data: data88 };
                if (vErrors === null) {
                  vErrors = [err148];
                } else {
                  vErrors.push(err148);
                }
                errors++;
              }
              var valid68 = _errs199 === errors;
            }
            if (data85.format !== void 0) {
              let data89 = data85.format;
              const _errs201 = errors;
              const vSchema3 = schema29.properties.notify.items.properties.format.enum;
              if (!(data89 === "json" || data89 === "slack")) {
                const err149 = { instancePath: instancePath + "/notify/" + i19 + "/format", schemaPath: "#/properties/notify/items/properties/format/enum", keyword: "enum", params: { allowedValues: schema29.properties.notify.items.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema29.properties.notify.items.properties.format.enum, parentSchema: schema29.properties.notify.items.properties.format, data: data89 };
                if (vErrors === null) {
                  vErrors = [err149];
                } else {
                  vErrors.push(err149);
                }
                errors++;
              }
              var valid68 = _errs201 === errors;
            }
            if (data85.events !== void 0) {
              let data90 = data85.events;
              const _errs202 = errors;
              const _errs203 = errors;
              if (Array.isArray(data90)) {
                let valid70 = true;
                const len17 = data90.length;
                for (let i20 = 0; i20 < len17; i20++) {
                  let data91 = data90[i20];
                  const _errs204 = errors;
                  const vSchema4 = schema29.properties.notify.items.properties.events.items.enum;
                  if (!(data91 === "phase-started" || data91 === "approval-requested" || data91 === "approval-decided" || data91 === "released" || data91 === "halted" || data91 === "alert" || data91 === "rollback-started" || data91 === "rollback-finished")) {
                    const err150 = { instancePath: instancePath + "/notify/" + i19 + "/events/" + i20, schemaPath: "#/properties/notify/items/properties/events/items/enum", keyword: "enum", params: { allowedValues: schema29.properties.notify.items.properties.events.items.enum }, message: "must be equal to one of the allowed values", schema: schema29.properties.notify.items.properties.events.items.enum, parentSchema: schema29.properties.notify.items.properties.events.items, data: data91 };
                    if (vErrors === null) {
                      vErrors = [err150];
                    } else {
                      vErrors.push(err150);
                    }
                    errors++;
                  }
                  var valid69 = _errs204 === errors;
                  if (!valid69) {
                    valid70 = false;
                  }
                }
                let valid71;
                let i21 = data90.length;
                let j3;
                valid71 = true;
                if (i21 > 1) {
                  outer2: for (; i21--; ) {
                    for (j3 = i21; j3--; ) {
                      if (func0(data90[i21], data90[j3])) {
                        const err151 = { instancePath: instancePath + "/notify/" + i19 + "/events", schemaPath: "#/properties/notify/items/properties/events/uniqueItems", keyword: "uniqueItems", params: { i: i21, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i21 + " are identical)", schema: true, parentSchema: schema29.properties.notify.items.properties.events, data: data90 };
                        if (vErrors === null) {
                          vErrors = [err151];
                        } else {
                          vErrors.push(err151);
                        }
                        errors++;
                        valid71 = false;
                        break outer2;
                      }
                    }
                  }
                }
              } else {
                const err152 = { instancePath: instancePath + "/notify/" + i19 + "/events", schemaPath: "#/properties/notify/items/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema29.properties.notify.items.properties.events.type, parentSchema: schema29.properties.notify.items.properties.events, data: data90 };
                if (vErrors === null) {
                  vErrors = [err152];
                } else {
                  vErrors.push(err152);
                }
                errors++;
              }
              var valid68 = _errs202 === errors;
            }
            if (data85.timeout !== void 0) {
              let data92 = data85.timeout;
              const _errs205 = errors;
              const _errs206 = errors;
              const _errs207 = errors;
              if (typeof data92 === "string") {
                if (!pattern10.test(data92)) {
                  const err153 = { instancePath: instancePath + "/notify/" + i19 + "/timeout", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(ms|s|m|h|d)$" }, message: 'must match pattern "^[0-9]+(ms|s|m|h|d)$"', schema: "^[0-9]+(ms|s|m|h|d)$", parentSchema: schema31, data: data92 };
                  if (vErrors === null) {
                    vErrors = [err153];
                  } else {
                    vErrors.push(err153);
                  }
                  errors++;
                }
              } else {
                const err154 = { instancePath: instancePath + "/notify/" + i19 + "/timeout", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.type, parentSchema: schema31, data: data92 };
                if (vErrors === null) {
                  vErrors = [err154];
                } else {
                  vErrors.push(err154);
                }
                errors++;
              }
              var valid72 = _errs206 === errors;
              var valid68 = _errs205 === errors;
            }
          } else {
            const err155 = { instancePath: instancePath + "/notify/" + i19, schemaPath: "#/properties/notify/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.properties.notify.items.type, parentSchema: schema29.properties.notify.items, data: data85 };
            if (vErrors === null) {
              vErrors = [err155];
            } else {
              vErrors.push(err155);
            }
            errors++;
          }
          var valid65 = _errs189 === errors;
          if (!valid65) {
            valid66 = false;
          }
        }
      } else {
        const err156 = { instancePath: instancePath + "/notify", schemaPath: "#/properties/notify/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema29.properties.notify.type, parentSchema: schema29.properties.notify, data: data84 };
        if (vErrors === null) {
          vErrors = [err156];
        } else {
          vErrors.push(err156);
        }
        errors++;
      }
      var valid0 = _errs187 === errors;
    }
    if (data.secrets !== void 0) {
      let data93 = data.secrets;
      const _errs208 = errors;
      const _errs209 = errors;
      if (Array.isArray(data93)) {
        let valid74 = true;
        const len18 = data93.length;
        for (let i22 = 0; i22 < len18; i22++) {
          let data94 = data93[i22];
          const _errs210 = errors;
          const _errs211 = errors;
          if (typeof data94 === "string") {
            if (!pattern46.test(data94)) {
              const err157 = { instancePath: instancePath + "/secrets/" + i22, schemaPath: "#/properties/secrets/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema29.properties.secrets.items, data: data94 };
              if (vErrors === null) {
                vErrors = [err157];
              } else {
                vErrors.push(err157);
              }
              errors++;
            }
          } else {
            const err158 = { instancePath: instancePath + "/secrets/" + i22, schemaPath: "#/properties/secrets/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.secrets.items.type, parentSchema: schema29.properties.secrets.items, data: data94 };
            if (vErrors === null) {
              vErrors = [err158];
            } else {
              vErrors.push(err158);
            }
            errors++;
          }
          var valid73 = _errs210 === errors;
          if (!valid73) {
            valid74 = false;
          }
        }
      } else {
        const err159 = { instancePath: instancePath + "/secrets", schemaPath: "#/properties/secrets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema29.properties.secrets.type, parentSchema: schema29.properties.secrets, data: data93 };
        if (vErrors === null) {
          vErrors = [err159];
        } else {
          vErrors.push(err159);
        }
        errors++;
      }
      var valid0 = _errs208 === errors;
    }
    if (data["pass-env"] !== void 0) {
      let data95 = data["pass-env"];
      const _errs212 = errors;
      const _errs213 = errors;
      if (Array.isArray(data95)) {
        let valid76 = true;
        const len19 = data95.length;
        for (let i23 = 0; i23 < len19; i23++) {
          let data96 = data95[i23];
          const _errs214 = errors;
          const _errs215 = errors;
          if (typeof data96 === "string") {
            if (!pattern49.test(data96)) {
              const err160 = { instancePath: instancePath + "/pass-env/" + i23, schemaPath: "#/properties/pass-env/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_*?]+$" }, message: 'must match pattern "^[A-Za-z0-9_*?]+$"', schema: "^[A-Za-z0-9_*?]+$", parentSchema: schema29.properties["pass-env"].items, data: data96 };
              if (vErrors === null) {
                vErrors = [err160];
              } else {
                vErrors.push(err160);
              }
              errors++;
            }
          } else {
            const err161 = { instancePath: instancePath + "/pass-env/" + i23, schemaPath: "#/properties/pass-env/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties["pass-env"].items.type, parentSchema: schema29.properties["pass-env"].items, data: data96 };
            if (vErrors === null) {
              vErrors = [err161];
            } else {
              vErrors.push(err161);
            }
            errors++;
          }
          var valid75 = _errs214 === errors;
          if (!valid75) {
            valid76 = false;
          }
        }
      } else {
        const err162 = { instancePath: instancePath + "/pass-env", schemaPath: "#/properties/pass-env/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema29.properties["pass-env"].type, parentSchema: schema29.properties["pass-env"], data: data95 };
        if (vErrors === null) {
          vErrors = [err162];
        } else {
          vErrors.push(err162);
        }
        errors++;
      }
      var valid0 = _errs212 === errors;
    }
    if (data["environment-urls"] !== void 0) {
      let data97 = data["environment-urls"];
      const _errs216 = errors;
      const _errs217 = errors;
      if (data97 && typeof data97 == "object" && !Array.isArray(data97)) {
        for (const key23 in data97) {
          const _errs218 = errors;
          if (typeof key23 === "string") {
            if (!pattern50.test(key23)) {
              const err163 = { instancePath: instancePath + "/environment-urls", schemaPath: "#/properties/environment-urls/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.-]+$"', schema: "^[A-Za-z0-9_.-]+$", parentSchema: schema29.properties["environment-urls"].propertyNames, data: key23, propertyName: key23 };
              if (vErrors === null) {
                vErrors = [err163];
              } else {
                vErrors.push(err163);
              }
              errors++;
            }
          }
          var valid77 = _errs218 === errors;
          if (!valid77) {
            const err164 = { instancePath: instancePath + "/environment-urls", schemaPath: "#/properties/environment-urls/propertyNames", keyword: "propertyNames", params: { propertyName: key23 }, message: "property name must be valid", schema: schema29.properties["environment-urls"].propertyNames, parentSchema: schema29.properties["environment-urls"], data: data97 };
            if (vErrors === null) {
              vErrors = [err164];
            } else {
              vErrors.push(err164);
            }
            errors++;
          }
        }
        const _errs219 = errors;
        for (const key24 in data97) {
          let data98 = data97[key24];
          const _errs220 = errors;
          const _errs221 = errors;
          if (typeof data98 == "number" && isFinite(data98)) {
          }
          if (typeof data98 === "string") {
            if (!pattern33.test(data98)) {
              const err165 = { instancePath: instancePath + "/environment-urls/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environment-urls/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema29.properties["environment-urls"].additionalProperties, data: data98 };
              if (vErrors === null) {
                vErrors = [err165];
              } else {
                vErrors.push(err165);
              }
              errors++;
            }
            if (!formats18(data98)) {
              const err166 = { instancePath: instancePath + "/environment-urls/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environment-urls/additionalProperties/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema29.properties["environment-urls"].additionalProperties, data: data98 };
              if (vErrors === null) {
                vErrors = [err166];
              } else {
                vErrors.push(err166);
              }
              errors++;
            }
          } else {
            const err167 = { instancePath: instancePath + "/environment-urls/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environment-urls/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties["environment-urls"].additionalProperties.type, parentSchema: schema29.properties["environment-urls"].additionalProperties, data: data98 };
            if (vErrors === null) {
              vErrors = [err167];
            } else {
              vErrors.push(err167);
            }
            errors++;
          }
          var valid78 = _errs220 === errors;
        }
      } else {
        const err168 = { instancePath: instancePath + "/environment-urls", schemaPath: "#/properties/environment-urls/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.properties["environment-urls"].type, parentSchema: schema29.properties["environment-urls"], data: data97 };
        if (vErrors === null) {
          vErrors = [err168];
        } else {
          vErrors.push(err168);
        }
        errors++;
      }
      var valid0 = _errs216 === errors;
    }
  } else {
    const err169 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.type, parentSchema: schema29, data };
    if (vErrors === null) {
      vErrors = [err169];
    } else {
      vErrors.push(err169);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
var validator1 = validate40;
var schema71 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://release-gate.dev/schemas/release-history.schema.json", "title": "Local release ledger (state-dir/release-history.json): the events of each environment, oldest first; src/core/ledger.ts folds them into its state", "type": "object", "additionalProperties": false, "required": ["schemaVersion", "releases"], "properties": { "schemaVersion": { "enum": [1, 2] }, "releases": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["tag", "environment", "status", "recordedAt"], "properties": { "tag": { "type": "string" }, "environment": { "type": "string" }, "status": { "description": "The ledger event (src/core/ledger.ts, LEDGER_EVENTS).", "enum": ["in-progress", "health-window", "released", "failed", "breach-left", "rollback-started", "rollback-target", "rolled-back", "rollback-failed", "interrupted"] }, "target": { "description": "rollback-started: the release the rollback returns to.", "type": ["string", "null"] }, "recordedAt": { "type": "string", "format": "date-time" }, "note": { "type": "string" } } } } } };
var formats0 = require_formats().fullFormats["date-time"];
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schemaVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'", schema: schema71.required, parentSchema: schema71, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.releases === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "releases" }, message: "must have required property 'releases'", schema: schema71.required, parentSchema: schema71, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!(key0 === "schemaVersion" || key0 === "releases")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema71, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.schemaVersion !== void 0) {
      let data0 = data.schemaVersion;
      const _errs2 = errors;
      const vSchema0 = schema71.properties.schemaVersion.enum;
      if (!(data0 === 1 || data0 === 2)) {
        const err3 = { instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/enum", keyword: "enum", params: { allowedValues: schema71.properties.schemaVersion.enum }, message: "must be equal to one of the allowed values", schema: schema71.properties.schemaVersion.enum, parentSchema: schema71.properties.schemaVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var valid0 = _errs2 === errors;
    }
    if (data.releases !== void 0) {
      let data1 = data.releases;
      const _errs3 = errors;
      const _errs4 = errors;
      if (Array.isArray(data1)) {
        let valid2 = true;
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          const _errs5 = errors;
          const _errs6 = errors;
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.tag === void 0) {
              const err4 = { instancePath: instancePath + "/releases/" + i0, schemaPath: "#/properties/releases/items/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'", schema: schema71.properties.releases.items.required, parentSchema: schema71.properties.releases.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data2.environment === void 0) {
              const err5 = { instancePath: instancePath + "/releases/" + i0, schemaPath: "#/properties/releases/items/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'", schema: schema71.properties.releases.items.required, parentSchema: schema71.properties.releases.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data2.status === void 0) {
              const err6 = { instancePath: instancePath + "/releases/" + i0, schemaPath: "#/properties/releases/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema71.properties.releases.items.required, parentSchema: schema71.properties.releases.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data2.recordedAt === void 0) {
              const err7 = { instancePath: instancePath + "/releases/" + i0, schemaPath: "#/properties/releases/items/required", keyword: "required", params: { missingProperty: "recordedAt" }, message: "must have required property 'recordedAt'", schema: schema71.properties.releases.items.required, parentSchema: schema71.properties.releases.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            const _errs7 = errors;
            for (const key1 in data2) {
              if (!(key1 === "tag" || key1 === "environment" || key1 === "status" || key1 === "target" || key1 === "recordedAt" || key1 === "note")) {
                const err8 = { instancePath: instancePath + "/releases/" + i0, schemaPath: "#/properties/releases/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema71.properties.releases.items, data: data2 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data2.tag !== void 0) {
              let data3 = data2.tag;
              const _errs8 = errors;
              if (typeof data3 !== "string") {
                const err9 = { instancePath: instancePath + "/releases/" + i0 + "/tag", schemaPath: "#/properties/releases/items/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema71.properties.releases.items.properties.tag.type, parentSchema: schema71.properties.releases.items.properties.tag, data: data3 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
              const _errs9 = errors;
              var valid3 = _errs8 === errors;
            }
            if (data2.environment !== void 0) {
              let data4 = data2.environment;
              const _errs10 = errors;
              if (typeof data4 !== "string") {
                const err10 = { instancePath: instancePath + "/releases/" + i0 + "/environment", schemaPath: "#/properties/releases/items/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema71.properties.releases.items.properties.environment.type, parentSchema: schema71.properties.releases.items.properties.environment, data: data4 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
              const _errs11 = errors;
              var valid3 = _errs10 === errors;
            }
            if (data2.status !== void 0) {
              let data5 = data2.status;
              const _errs12 = errors;
              const vSchema1 = schema71.properties.releases.items.properties.status.enum;
              if (!(data5 === "in-progress" || data5 === "health-window" || data5 === "released" || data5 === "failed" || data5 === "breach-left" || data5 === "rollback-started" || data5 === "rollback-target" || data5 === "rolled-back" || data5 === "rollback-failed" || data5 === "interrupted")) {
                const err11 = { instancePath: instancePath + "/releases/" + i0 + "/status", schemaPath: "#/properties/releases/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema71.properties.releases.items.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema71.properties.releases.items.properties.status.enum, parentSchema: schema71.properties.releases.items.properties.status, data: data5 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
              var valid3 = _errs12 === errors;
            }
            if (data2.target !== void 0) {
              let data6 = data2.target;
              const _errs13 = errors;
              if (typeof data6 !== "string" && data6 !== null) {
                const err12 = { instancePath: instancePath + "/releases/" + i0 + "/target", schemaPath: "#/properties/releases/items/properties/target/type", keyword: "type", params: { type: schema71.properties.releases.items.properties.target.type }, message: "must be string,null", schema: schema71.properties.releases.items.properties.target.type, parentSchema: schema71.properties.releases.items.properties.target, data: data6 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
              const _errs14 = errors;
              var valid3 = _errs13 === errors;
            }
            if (data2.recordedAt !== void 0) {
              let data7 = data2.recordedAt;
              const _errs15 = errors;
              const _errs16 = errors;
              if (typeof data7 == "number" && isFinite(data7)) {
              }
              if (typeof data7 === "string") {
                if (!formats0.validate(data7)) {
                  const err13 = { instancePath: instancePath + "/releases/" + i0 + "/recordedAt", schemaPath: "#/properties/releases/items/properties/recordedAt/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema71.properties.releases.items.properties.recordedAt, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              } else {
                const err14 = { instancePath: instancePath + "/releases/" + i0 + "/recordedAt", schemaPath: "#/properties/releases/items/properties/recordedAt/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema71.properties.releases.items.properties.recordedAt.type, parentSchema: schema71.properties.releases.items.properties.recordedAt, data: data7 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
              var valid3 = _errs15 === errors;
            }
            if (data2.note !== void 0) {
              let data8 = data2.note;
              const _errs17 = errors;
              if (typeof data8 !== "string") {
                const err15 = { instancePath: instancePath + "/releases/" + i0 + "/note", schemaPath: "#/properties/releases/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema71.properties.releases.items.properties.note.type, parentSchema: schema71.properties.releases.items.properties.note, data: data8 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
              const _errs18 = errors;
              var valid3 = _errs17 === errors;
            }
          } else {
            const err16 = { instancePath: instancePath + "/releases/" + i0, schemaPath: "#/properties/releases/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema71.properties.releases.items.type, parentSchema: schema71.properties.releases.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          var valid1 = _errs5 === errors;
          if (!valid1) {
            valid2 = false;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/releases", schemaPath: "#/properties/releases/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema71.properties.releases.type, parentSchema: schema71.properties.releases, data: data1 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      var valid0 = _errs3 === errors;
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema71.type, parentSchema: schema71, data };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate40.errors = vErrors;
  return errors === 0;
}
var validator2 = validate41;
var schema72 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://release-gate.dev/schemas/stakeholder-signoffs.schema.json", "title": "Stakeholder sign-offs (state-dir/stakeholder-signoffs.json), recorded by release-gate signoff before the release runs, each bound to one tag; Phase 1 reads those of its tag", "type": "object", "additionalProperties": false, "required": ["schemaVersion", "signoffs"], "properties": { "schemaVersion": { "const": 1 }, "signoffs": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["tag", "role", "name", "comment", "signedAt"], "properties": { "tag": { "type": "string", "description": "The release this sign-off is for; it counts for no other." }, "role": { "type": "string", "description": "The configured stakeholder's role (or its name, when it has no role), as the config spells it." }, "name": { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^\\u0000-\\u001f\\u007f]*$", "description": "Who signed off, as given: one line, no control characters." }, "comment": { "type": ["string", "null"], "maxLength": 1e3, "pattern": "^[^\\u0000-\\u001f\\u007f]*$", "description": "Why, or on what condition: one line, no control characters." }, "signedAt": { "type": "string", "format": "date-time" } } } } } };
var pattern52 = new RegExp("^[^\\u0000-\\u001f\\u007f]*$", "u");
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schemaVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'", schema: schema72.required, parentSchema: schema72, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.signoffs === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "signoffs" }, message: "must have required property 'signoffs'", schema: schema72.required, parentSchema: schema72, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!(key0 === "schemaVersion" || key0 === "signoffs")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema72, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.schemaVersion !== void 0) {
      let data0 = data.schemaVersion;
      const _errs2 = errors;
      if (1 !== data0) {
        const err3 = { instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema72.properties.schemaVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var valid0 = _errs2 === errors;
    }
    if (data.signoffs !== void 0) {
      let data1 = data.signoffs;
      const _errs3 = errors;
      const _errs4 = errors;
      if (Array.isArray(data1)) {
        let valid2 = true;
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          const _errs5 = errors;
          const _errs6 = errors;
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.tag === void 0) {
              const err4 = { instancePath: instancePath + "/signoffs/" + i0, schemaPath: "#/properties/signoffs/items/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'", schema: schema72.properties.signoffs.items.required, parentSchema: schema72.properties.signoffs.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data2.role === void 0) {
              const err5 = { instancePath: instancePath + "/signoffs/" + i0, schemaPath: "#/properties/signoffs/items/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'", schema: schema72.properties.signoffs.items.required, parentSchema: schema72.properties.signoffs.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data2.name === void 0) {
              const err6 = { instancePath: instancePath + "/signoffs/" + i0, schemaPath: "#/properties/signoffs/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema72.properties.signoffs.items.required, parentSchema: schema72.properties.signoffs.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data2.comment === void 0) {
              const err7 = { instancePath: instancePath + "/signoffs/" + i0, schemaPath: "#/properties/signoffs/items/required", keyword: "required", params: { missingProperty: "comment" }, message: "must have required property 'comment'", schema: schema72.properties.signoffs.items.required, parentSchema: schema72.properties.signoffs.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (data2.signedAt === void 0) {
              const err8 = { instancePath: instancePath + "/signoffs/" + i0, schemaPath: "#/properties/signoffs/items/required", keyword: "required", params: { missingProperty: "signedAt" }, message: "must have required property 'signedAt'", schema: schema72.properties.signoffs.items.required, parentSchema: schema72.properties.signoffs.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            const _errs7 = errors;
            for (const key1 in data2) {
              if (!(key1 === "tag" || key1 === "role" || key1 === "name" || key1 === "comment" || key1 === "signedAt")) {
                const err9 = { instancePath: instancePath + "/signoffs/" + i0, schemaPath: "#/properties/signoffs/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema72.properties.signoffs.items, data: data2 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data2.tag !== void 0) {
              let data3 = data2.tag;
              const _errs8 = errors;
              if (typeof data3 !== "string") {
                const err10 = { instancePath: instancePath + "/signoffs/" + i0 + "/tag", schemaPath: "#/properties/signoffs/items/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema72.properties.signoffs.items.properties.tag.type, parentSchema: schema72.properties.signoffs.items.properties.tag, data: data3 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
              const _errs9 = errors;
              var valid3 = _errs8 === errors;
            }
            if (data2.role !== void 0) {
              let data4 = data2.role;
              const _errs10 = errors;
              if (typeof data4 !== "string") {
                const err11 = { instancePath: instancePath + "/signoffs/" + i0 + "/role", schemaPath: "#/properties/signoffs/items/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema72.properties.signoffs.items.properties.role.type, parentSchema: schema72.properties.signoffs.items.properties.role, data: data4 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
              const _errs11 = errors;
              var valid3 = _errs10 === errors;
            }
            if (data2.name !== void 0) {
              let data5 = data2.name;
              const _errs12 = errors;
              const _errs13 = errors;
              if (typeof data5 === "string") {
                if (func3(data5) > 200) {
                  const err12 = { instancePath: instancePath + "/signoffs/" + i0 + "/name", schemaPath: "#/properties/signoffs/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema72.properties.signoffs.items.properties.name, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
                if (func3(data5) < 1) {
                  const err13 = { instancePath: instancePath + "/signoffs/" + i0 + "/name", schemaPath: "#/properties/signoffs/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema72.properties.signoffs.items.properties.name, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
                if (!pattern52.test(data5)) {
                  const err14 = { instancePath: instancePath + "/signoffs/" + i0 + "/name", schemaPath: "#/properties/signoffs/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f]*$" }, message: 'must match pattern "^[^\\u0000-\\u001f\\u007f]*$"', schema: "^[^\\u0000-\\u001f\\u007f]*$", parentSchema: schema72.properties.signoffs.items.properties.name, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              } else {
                const err15 = { instancePath: instancePath + "/signoffs/" + i0 + "/name", schemaPath: "#/properties/signoffs/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema72.properties.signoffs.items.properties.name.type, parentSchema: schema72.properties.signoffs.items.properties.name, data: data5 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
              var valid3 = _errs12 === errors;
            }
            if (data2.comment !== void 0) {
              let data6 = data2.comment;
              const _errs14 = errors;
              if (typeof data6 !== "string" && data6 !== null) {
                const err16 = { instancePath: instancePath + "/signoffs/" + i0 + "/comment", schemaPath: "#/properties/signoffs/items/properties/comment/type", keyword: "type", params: { type: schema72.properties.signoffs.items.properties.comment.type }, message: "must be string,null", schema: schema72.properties.signoffs.items.properties.comment.type, parentSchema: schema72.properties.signoffs.items.properties.comment, data: data6 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
              const _errs15 = errors;
              if (typeof data6 === "string") {
                if (func3(data6) > 1e3) {
                  const err17 = { instancePath: instancePath + "/signoffs/" + i0 + "/comment", schemaPath: "#/properties/signoffs/items/properties/comment/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters", schema: 1e3, parentSchema: schema72.properties.signoffs.items.properties.comment, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
                if (!pattern52.test(data6)) {
                  const err18 = { instancePath: instancePath + "/signoffs/" + i0 + "/comment", schemaPath: "#/properties/signoffs/items/properties/comment/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f]*$" }, message: 'must match pattern "^[^\\u0000-\\u001f\\u007f]*$"', schema: "^[^\\u0000-\\u001f\\u007f]*$", parentSchema: schema72.properties.signoffs.items.properties.comment, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              }
              var valid3 = _errs14 === errors;
            }
            if (data2.signedAt !== void 0) {
              let data7 = data2.signedAt;
              const _errs16 = errors;
              const _errs17 = errors;
              if (typeof data7 == "number" && isFinite(data7)) {
              }
              if (typeof data7 === "string") {
                if (!formats0.validate(data7)) {
                  const err19 = { instancePath: instancePath + "/signoffs/" + i0 + "/signedAt", schemaPath: "#/properties/signoffs/items/properties/signedAt/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema72.properties.signoffs.items.properties.signedAt, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              } else {
                const err20 = { instancePath: instancePath + "/signoffs/" + i0 + "/signedAt", schemaPath: "#/properties/signoffs/items/properties/signedAt/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema72.properties.signoffs.items.properties.signedAt.type, parentSchema: schema72.properties.signoffs.items.properties.signedAt, data: data7 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
              var valid3 = _errs16 === errors;
            }
          } else {
            const err21 = { instancePath: instancePath + "/signoffs/" + i0, schemaPath: "#/properties/signoffs/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema72.properties.signoffs.items.type, parentSchema: schema72.properties.signoffs.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          var valid1 = _errs5 === errors;
          if (!valid1) {
            valid2 = false;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/signoffs", schemaPath: "#/properties/signoffs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema72.properties.signoffs.type, parentSchema: schema72.properties.signoffs, data: data1 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      var valid0 = _errs3 === errors;
    }
  } else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema72.type, parentSchema: schema72, data };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
var validator3 = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://release-gate.dev/schemas/evidence/deployment-readiness-checklist.schema.json", "title": "Phase 1: deployment readiness checklist", "type": "object", "additionalProperties": false, "required": ["schemaVersion", "artifact", "tag", "generatedAt", "environment", "startedAt", "finishedAt", "passed", "configFile", "configSha256", "previousRelease", "prerequisites", "rollbackPlan", "services", "problems"], "properties": { "schemaVersion": { "$ref": "common.schema.json#/definitions/schemaVersion" }, "artifact": { "const": "deployment-readiness-checklist.json" }, "tag": { "$ref": "common.schema.json#/definitions/tag" }, "generatedAt": { "$ref": "common.schema.json#/definitions/time" }, "environment": { "type": "string" }, "startedAt": { "$ref": "common.schema.json#/definitions/time" }, "finishedAt": { "$ref": "common.schema.json#/definitions/time" }, "passed": { "type": "boolean" }, "configFile": { "type": "string" }, "configSha256": { "description": "SHA-256 of the config file as readiness read it: every later phase refuses to run under a config that differs.", "type": "string", "pattern": "^[0-9a-f]{64}$" }, "previousRelease": { "type": ["string", "null"] }, "prerequisites": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["id", "path", "status", "passed", "maxAgeMs", "ageMs", "timestamp", "timestampSource", "message"], "properties": { "id": { "type": "string" }, "path": { "type": "string" }, "status": { "enum": ["ok", "missing", "stale", "unparseable", "schema-invalid", "future-timestamp", "rehearsal-failed", "rehearsal-of-another-release", "not-a-file", "outside-workspace"] }, "passed": { "type": "boolean" }, "maxAgeMs": { "type": "number", "exclusiveMinimum": 0 }, "ageMs": { "type": ["number", "null"] }, "timestamp": { "oneOf": [{ "$ref": "common.schema.json#/definitions/time" }, { "type": "null" }] }, "timestampSource": { "enum": ["mtime", "field", null] }, "message": { "type": "string" } } } }, "rollbackPlan": { "type": "object", "additionalProperties": false, "required": ["executable", "target", "message", "services"], "properties": { "executable": { "type": "boolean" }, "target": { "type": ["string", "null"] }, "message": { "type": "string" }, "services": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["service", "argv"], "properties": { "service": { "type": "string" }, "argv": { "type": "array", "items": { "type": "string" } } } } } } }, "services": { "type": "array", "items": { "type": "string" } }, "problems": { "type": "array", "items": { "type": "string" } }, "stakeholders": { "description": "Each configured stakeholder and its sign-off for this tag (release-gate signoff), as Gate 1 judged them: a required one still pending halts the release. Absent in bundles written before sign-offs were recorded.", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "role", "required", "status", "signedBy", "signedAt", "comment"], "properties": { "name": { "type": "string" }, "role": { "type": ["string", "null"] }, "required": { "type": "boolean" }, "status": { "enum": ["signed", "pending"] }, "signedBy": { "type": ["string", "null"] }, "signedAt": { "type": ["string", "null"], "format": "date-time" }, "comment": { "type": ["string", "null"] } } } }, "window": { "type": "object", "additionalProperties": false, "required": ["allowed", "reason", "nextAllowedAt", "override"], "properties": { "allowed": { "type": "boolean" }, "reason": { "type": "string" }, "nextAllowedAt": { "oneOf": [{ "type": "null" }, { "$ref": "common.schema.json#/definitions/time" }] }, "override": { "oneOf": [{ "type": "null" }, { "type": "object", "additionalProperties": false, "required": ["by", "reason", "at"], "properties": { "by": { "type": "string" }, "reason": { "type": "string", "minLength": 1 }, "at": { "$ref": "common.schema.json#/definitions/time" } } }] } } } } };
var schema13 = { "const": 1 };
var schema14 = { "type": "string", "minLength": 1, "maxLength": 128 };
var schema15 = { "type": "string", "format": "date-time" };
var pattern0 = new RegExp("^[0-9a-f]{64}$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schemaVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.artifact === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "artifact" }, message: "must have required property 'artifact'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tag === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.generatedAt === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "generatedAt" }, message: "must have required property 'generatedAt'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.environment === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.startedAt === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property 'startedAt'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.finishedAt === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "finishedAt" }, message: "must have required property 'finishedAt'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.passed === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property 'passed'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.configFile === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "configFile" }, message: "must have required property 'configFile'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.configSha256 === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "configSha256" }, message: "must have required property 'configSha256'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.previousRelease === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "previousRelease" }, message: "must have required property 'previousRelease'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.prerequisites === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "prerequisites" }, message: "must have required property 'prerequisites'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.rollbackPlan === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rollbackPlan" }, message: "must have required property 'rollbackPlan'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.services === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "services" }, message: "must have required property 'services'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.problems === void 0) {
      const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "problems" }, message: "must have required property 'problems'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err15 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.schemaVersion !== void 0) {
      let data0 = data.schemaVersion;
      const _errs2 = errors;
      const _errs3 = errors;
      if (1 !== data0) {
        const err16 = { instancePath: instancePath + "/schemaVersion", schemaPath: "common.schema.json#/definitions/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      var valid1 = _errs3 === errors;
      var valid0 = _errs2 === errors;
    }
    if (data.artifact !== void 0) {
      let data1 = data.artifact;
      const _errs4 = errors;
      if ("deployment-readiness-checklist.json" !== data1) {
        const err17 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/const", keyword: "const", params: { allowedValue: "deployment-readiness-checklist.json" }, message: "must be equal to constant", schema: "deployment-readiness-checklist.json", parentSchema: schema11.properties.artifact, data: data1 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      var valid0 = _errs4 === errors;
    }
    if (data.tag !== void 0) {
      let data2 = data.tag;
      const _errs5 = errors;
      const _errs6 = errors;
      const _errs7 = errors;
      if (typeof data2 === "string") {
        if (func3(data2) > 128) {
          const err18 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema14, data: data2 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (func3(data2) < 1) {
          const err19 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14, data: data2 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data2 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      var valid2 = _errs6 === errors;
      var valid0 = _errs5 === errors;
    }
    if (data.generatedAt !== void 0) {
      let data3 = data.generatedAt;
      const _errs8 = errors;
      const _errs9 = errors;
      const _errs10 = errors;
      if (typeof data3 == "number" && isFinite(data3)) {
      }
      if (typeof data3 === "string") {
        if (!formats0.validate(data3)) {
          const err21 = { instancePath: instancePath + "/generatedAt", schemaPath: "common.schema.json#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data3 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/generatedAt", schemaPath: "common.schema.json#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data3 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      var valid3 = _errs9 === errors;
      var valid0 = _errs8 === errors;
    }
    if (data.environment !== void 0) {
      let data4 = data.environment;
      const _errs11 = errors;
      if (typeof data4 !== "string") {
        const err23 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.environment.type, parentSchema: schema11.properties.environment, data: data4 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      const _errs12 = errors;
      var valid0 = _errs11 === errors;
    }
    if (data.startedAt !== void 0) {
      let data5 = data.startedAt;
      const _errs13 = errors;
      const _errs14 = errors;
      const _errs15 = errors;
      if (typeof data5 == "number" && isFinite(data5)) {
      }
      if (typeof data5 === "string") {
        if (!formats0.validate(data5)) {
          const err24 = { instancePath: instancePath + "/startedAt", schemaPath: "common.schema.json#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data5 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/startedAt", schemaPath: "common.schema.json#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data5 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      var valid4 = _errs14 === errors;
      var valid0 = _errs13 === errors;
    }
    if (data.finishedAt !== void 0) {
      let data6 = data.finishedAt;
      const _errs16 = errors;
      const _errs17 = errors;
      const _errs18 = errors;
      if (typeof data6 == "number" && isFinite(data6)) {
      }
      if (typeof data6 === "string") {
        if (!formats0.validate(data6)) {
          const err26 = { instancePath: instancePath + "/finishedAt", schemaPath: "common.schema.json#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data6 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = { instancePath: instancePath + "/finishedAt", schemaPath: "common.schema.json#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data6 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      var valid5 = _errs17 === errors;
      var valid0 = _errs16 === errors;
    }
    if (data.passed !== void 0) {
      let data7 = data.passed;
      const _errs19 = errors;
      if (typeof data7 !== "boolean") {
        const err28 = { instancePath: instancePath + "/passed", schemaPath: "#/properties/passed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.passed.type, parentSchema: schema11.properties.passed, data: data7 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      const _errs20 = errors;
      var valid0 = _errs19 === errors;
    }
    if (data.configFile !== void 0) {
      let data8 = data.configFile;
      const _errs21 = errors;
      if (typeof data8 !== "string") {
        const err29 = { instancePath: instancePath + "/configFile", schemaPath: "#/properties/configFile/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.configFile.type, parentSchema: schema11.properties.configFile, data: data8 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      const _errs22 = errors;
      var valid0 = _errs21 === errors;
    }
    if (data.configSha256 !== void 0) {
      let data9 = data.configSha256;
      const _errs23 = errors;
      const _errs24 = errors;
      if (typeof data9 === "string") {
        if (!pattern0.test(data9)) {
          const err30 = { instancePath: instancePath + "/configSha256", schemaPath: "#/properties/configSha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema11.properties.configSha256, data: data9 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      } else {
        const err31 = { instancePath: instancePath + "/configSha256", schemaPath: "#/properties/configSha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.configSha256.type, parentSchema: schema11.properties.configSha256, data: data9 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      var valid0 = _errs23 === errors;
    }
    if (data.previousRelease !== void 0) {
      let data10 = data.previousRelease;
      const _errs25 = errors;
      if (typeof data10 !== "string" && data10 !== null) {
        const err32 = { instancePath: instancePath + "/previousRelease", schemaPath: "#/properties/previousRelease/type", keyword: "type", params: { type: schema11.properties.previousRelease.type }, message: "must be string,null", schema: schema11.properties.previousRelease.type, parentSchema: schema11.properties.previousRelease, data: data10 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      const _errs26 = errors;
      var valid0 = _errs25 === errors;
    }
    if (data.prerequisites !== void 0) {
      let data11 = data.prerequisites;
      const _errs27 = errors;
      const _errs28 = errors;
      if (Array.isArray(data11)) {
        let valid7 = true;
        const len0 = data11.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data12 = data11[i0];
          const _errs29 = errors;
          const _errs30 = errors;
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            if (data12.id === void 0) {
              const err33 = { instancePath: instancePath + "/prerequisites/" + i0, schemaPath: "#/properties/prerequisites/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema11.properties.prerequisites.items.required, parentSchema: schema11.properties.prerequisites.items, data: data12 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            if (data12.path === void 0) {
              const err34 = { instancePath: instancePath + "/prerequisites/" + i0, schemaPath: "#/properties/prerequisites/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema11.properties.prerequisites.items.required, parentSchema: schema11.properties.prerequisites.items, data: data12 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            if (data12.status === void 0) {
              const err35 = { instancePath: instancePath + "/prerequisites/" + i0, schemaPath: "#/properties/prerequisites/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema11.properties.prerequisites.items.required, parentSchema: schema11.properties.prerequisites.items, data: data12 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            if (data12.passed === void 0) {
              const err36 = { instancePath: instancePath + "/prerequisites/" + i0, schemaPath: "#/properties/prerequisites/items/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property 'passed'", schema: schema11.properties.prerequisites.items.required, parentSchema: schema11.properties.prerequisites.items, data: data12 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            if (data12.maxAgeMs === void 0) {
              const err37 = { instancePath: instancePath + "/prerequisites/" + i0, schemaPath: "#/properties/prerequisites/items/required", keyword: "required", params: { missingProperty: "maxAgeMs" }, message: "must have required property 'maxAgeMs'", schema: schema11.properties.prerequisites.items.required, parentSchema: schema11.properties.prerequisites.items, data: data12 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            if (data12.ageMs === void 0) {
              const err38 = { instancePath: instancePath + "/prerequisites/" + i0, schemaPath: "#/properties/prerequisites/items/required", keyword: "required", params: { missingProperty: "ageMs" }, message: "must have required property 'ageMs'", schema: schema11.properties.prerequisites.items.required, parentSchema: schema11.properties.prerequisites.items, data: data12 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            if (data12.timestamp === void 0) {
              const err39 = { instancePath: instancePath + "/prerequisites/" + i0, schemaPath: "#/properties/prerequisites/items/required", keyword: "required", params: { missingProperty: "timestamp" }, message: "must have required property 'timestamp'", schema: schema11.properties.prerequisites.items.required, parentSchema: schema11.properties.prerequisites.items, data: data12 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            if (data12.timestampSource === void 0) {
              const err40 = { instancePath: instancePath + "/prerequisites/" + i0, schemaPath: "#/properties/prerequisites/items/required", keyword: "required", params: { missingProperty: "timestampSource" }, message: "must have required property 'timestampSource'", schema: schema11.properties.prerequisites.items.required, parentSchema: schema11.properties.prerequisites.items, data: data12 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (data12.message === void 0) {
              const err41 = { instancePath: instancePath + "/prerequisites/" + i0, schemaPath: "#/properties/prerequisites/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema11.properties.prerequisites.items.required, parentSchema: schema11.properties.prerequisites.items, data: data12 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            const _errs31 = errors;
            for (const key1 in data12) {
              if (!func2.call(schema11.properties.prerequisites.items.properties, key1)) {
                const err42 = { instancePath: instancePath + "/prerequisites/" + i0, schemaPath: "#/properties/prerequisites/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.prerequisites.items, data: data12 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data12.id !== void 0) {
              let data13 = data12.id;
              const _errs32 = errors;
              if (typeof data13 !== "string") {
                const err43 = { instancePath: instancePath + "/prerequisites/" + i0 + "/id", schemaPath: "#/properties/prerequisites/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.prerequisites.items.properties.id.type, parentSchema: schema11.properties.prerequisites.items.properties.id, data: data13 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
              const _errs33 = errors;
              var valid8 = _errs32 === errors;
            }
            if (data12.path !== void 0) {
              let data14 = data12.path;
              const _errs34 = errors;
              if (typeof data14 !== "string") {
                const err44 = { instancePath: instancePath + "/prerequisites/" + i0 + "/path", schemaPath: "#/properties/prerequisites/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.prerequisites.items.properties.path.type, parentSchema: schema11.properties.prerequisites.items.properties.path, data: data14 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
              const _errs35 = errors;
              var valid8 = _errs34 === errors;
            }
            if (data12.status !== void 0) {
              let data15 = data12.status;
              const _errs36 = errors;
              const vSchema0 = schema11.properties.prerequisites.items.properties.status.enum;
              if (!(data15 === "ok" || data15 === "missing" || data15 === "stale" || data15 === "unparseable" || data15 === "schema-invalid" || data15 === "future-timestamp" || data15 === "rehearsal-failed" || data15 === "rehearsal-of-another-release" || data15 === "not-a-file" || data15 === "outside-workspace")) {
                const err45 = { instancePath: instancePath + "/prerequisites/" + i0 + "/status", schemaPath: "#/properties/prerequisites/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema11.properties.prerequisites.items.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.prerequisites.items.properties.status.enum, parentSchema: schema11.properties.prerequisites.items.properties.status, data: data15 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
              var valid8 = _errs36 === errors;
            }
            if (data12.passed !== void 0) {
              let data16 = data12.passed;
              const _errs37 = errors;
              if (typeof data16 !== "boolean") {
                const err46 = { instancePath: instancePath + "/prerequisites/" + i0 + "/passed", schemaPath: "#/properties/prerequisites/items/properties/passed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.prerequisites.items.properties.passed.type, parentSchema: schema11.properties.prerequisites.items.properties.passed, data: data16 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
              const _errs38 = errors;
              var valid8 = _errs37 === errors;
            }
            if (data12.maxAgeMs !== void 0) {
              let data17 = data12.maxAgeMs;
              const _errs39 = errors;
              const _errs40 = errors;
              if (typeof data17 == "number" && isFinite(data17)) {
                if (data17 <= 0 || isNaN(data17)) {
                  const err47 = { instancePath: instancePath + "/prerequisites/" + i0 + "/maxAgeMs", schemaPath: "#/properties/prerequisites/items/properties/maxAgeMs/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.prerequisites.items.properties.maxAgeMs, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
              } else {
                const err48 = { instancePath: instancePath + "/prerequisites/" + i0 + "/maxAgeMs", schemaPath: "#/properties/prerequisites/items/properties/maxAgeMs/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.prerequisites.items.properties.maxAgeMs.type, parentSchema: schema11.properties.prerequisites.items.properties.maxAgeMs, data: data17 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
              var valid8 = _errs39 === errors;
            }
            if (data12.ageMs !== void 0) {
              let data18 = data12.ageMs;
              const _errs41 = errors;
              if (!(typeof data18 == "number" && isFinite(data18)) && data18 !== null) {
                const err49 = { instancePath: instancePath + "/prerequisites/" + i0 + "/ageMs", schemaPath: "#/properties/prerequisites/items/properties/ageMs/type", keyword: "type", params: { type: schema11.properties.prerequisites.items.properties.ageMs.type }, message: "must be number,null", schema: schema11.properties.prerequisites.items.properties.ageMs.type, parentSchema: schema11.properties.prerequisites.items.properties.ageMs, data: data18 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
              const _errs42 = errors;
              var valid8 = _errs41 === errors;
            }
            if (data12.timestamp !== void 0) {
              let data19 = data12.timestamp;
              const _errs43 = errors;
              const _errs44 = errors;
              let valid9 = false;
              let passing0 = null;
              const _errs45 = errors;
              const _errs46 = errors;
              const _errs47 = errors;
              if (typeof data19 == "number" && isFinite(data19)) {
              }
              if (typeof data19 === "string") {
                if (!formats0.validate(data19)) {
                  const err50 = { instancePath: instancePath + "/prerequisites/" + i0 + "/timestamp", schemaPath: "common.schema.json#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              } else {
                const err51 = { instancePath: instancePath + "/prerequisites/" + i0 + "/timestamp", schemaPath: "common.schema.json#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data19 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
              var valid10 = _errs46 === errors;
              var _valid0 = _errs45 === errors;
              if (_valid0) {
                valid9 = true;
                passing0 = 0;
              }
              const _errs48 = errors;
              if (data19 !== null) {
                const err52 = { instancePath: instancePath + "/prerequisites/" + i0 + "/timestamp", schemaPath: "#/properties/prerequisites/items/properties/timestamp/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema11.properties.prerequisites.items.properties.timestamp.oneOf[1].type, parentSchema: schema11.properties.prerequisites.items.properties.timestamp.oneOf[1], data: data19 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
              const _errs49 = errors;
              var _valid0 = _errs48 === errors;
              if (_valid0 && valid9) {
                valid9 = false;
                passing0 = [passing0, 1];
              } else {
                if (_valid0) {
                  valid9 = true;
                  passing0 = 1;
                }
              }
              if (!valid9) {
                const err53 = { instancePath: instancePath + "/prerequisites/" + i0 + "/timestamp", schemaPath: "#/properties/prerequisites/items/properties/timestamp/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.prerequisites.items.properties.timestamp.oneOf, parentSchema: schema11.properties.prerequisites.items.properties.timestamp, data: data19 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              } else {
                errors = _errs44;
                if (vErrors !== null) {
                  if (_errs44) {
                    vErrors.length = _errs44;
                  } else {
                    vErrors = null;
                  }
                }
              }
              var valid8 = _errs43 === errors;
            }
            if (data12.timestampSource !== void 0) {
              let data20 = data12.timestampSource;
              const _errs50 = errors;
              const vSchema1 = schema11.properties.prerequisites.items.properties.timestampSource.enum;
              if (!(data20 === "mtime" || data20 === "field" || data20 === null)) {
                const err54 = { instancePath: instancePath + "/prerequisites/" + i0 + "/timestampSource", schemaPath: "#/properties/prerequisites/items/properties/timestampSource/enum", keyword: "enum", params: { allowedValues: schema11.properties.prerequisites.items.properties.timestampSource.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.prerequisites.items.properties.timestampSource.enum, parentSchema: schema11.properties.prerequisites.items.properties.timestampSource, data: data20 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
              var valid8 = _errs50 === errors;
            }
            if (data12.message !== void 0) {
              let data21 = data12.message;
              const _errs51 = errors;
              if (typeof data21 !== "string") {
                const err55 = { instancePath: instancePath + "/prerequisites/" + i0 + "/message", schemaPath: "#/properties/prerequisites/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.prerequisites.items.properties.message.type, parentSchema: schema11.properties.prerequisites.items.properties.message, data: data21 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
              const _errs52 = errors;
              var valid8 = _errs51 === errors;
            }
          } else {
            const err56 = { instancePath: instancePath + "/prerequisites/" + i0, schemaPath: "#/properties/prerequisites/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.prerequisites.items.type, parentSchema: schema11.properties.prerequisites.items, data: data12 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
          var valid6 = _errs29 === errors;
          if (!valid6) {
            valid7 = false;
          }
        }
      } else {
        const err57 = { instancePath: instancePath + "/prerequisites", schemaPath: "#/properties/prerequisites/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.prerequisites.type, parentSchema: schema11.properties.prerequisites, data: data11 };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
      var valid0 = _errs27 === errors;
    }
    if (data.rollbackPlan !== void 0) {
      let data22 = data.rollbackPlan;
      const _errs53 = errors;
      const _errs54 = errors;
      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
        if (data22.executable === void 0) {
          const err58 = { instancePath: instancePath + "/rollbackPlan", schemaPath: "#/properties/rollbackPlan/required", keyword: "required", params: { missingProperty: "executable" }, message: "must have required property 'executable'", schema: schema11.properties.rollbackPlan.required, parentSchema: schema11.properties.rollbackPlan, data: data22 };
          if (vErrors === null) {
            vErrors = [err58];
          } else {
            vErrors.push(err58);
          }
          errors++;
        }
        if (data22.target === void 0) {
          const err59 = { instancePath: instancePath + "/rollbackPlan", schemaPath: "#/properties/rollbackPlan/required", keyword: "required", params: { missingProperty: "target" }, message: "must have required property 'target'", schema: schema11.properties.rollbackPlan.required, parentSchema: schema11.properties.rollbackPlan, data: data22 };
          if (vErrors === null) {
            vErrors = [err59];
          } else {
            vErrors.push(err59);
          }
          errors++;
        }
        if (data22.message === void 0) {
          const err60 = { instancePath: instancePath + "/rollbackPlan", schemaPath: "#/properties/rollbackPlan/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema11.properties.rollbackPlan.required, parentSchema: schema11.properties.rollbackPlan, data: data22 };
          if (vErrors === null) {
            vErrors = [err60];
          } else {
            vErrors.push(err60);
          }
          errors++;
        }
        if (data22.services === void 0) {
          const err61 = { instancePath: instancePath + "/rollbackPlan", schemaPath: "#/properties/rollbackPlan/required", keyword: "required", params: { missingProperty: "services" }, message: "must have required property 'services'", schema: schema11.properties.rollbackPlan.required, parentSchema: schema11.properties.rollbackPlan, data: data22 };
          if (vErrors === null) {
            vErrors = [err61];
          } else {
            vErrors.push(err61);
          }
          errors++;
        }
        const _errs55 = errors;
        for (const key2 in data22) {
          if (!(key2 === "executable" || key2 === "target" || key2 === "message" || key2 === "services")) {
            const err62 = { instancePath: instancePath + "/rollbackPlan", schemaPath: "#/properties/rollbackPlan/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rollbackPlan, data: data22 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data22.executable !== void 0) {
          let data23 = data22.executable;
          const _errs56 = errors;
          if (typeof data23 !== "boolean") {
            const err63 = { instancePath: instancePath + "/rollbackPlan/executable", schemaPath: "#/properties/rollbackPlan/properties/executable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.rollbackPlan.properties.executable.type, parentSchema: schema11.properties.rollbackPlan.properties.executable, data: data23 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
          const _errs57 = errors;
          var valid11 = _errs56 === errors;
        }
        if (data22.target !== void 0) {
          let data24 = data22.target;
          const _errs58 = errors;
          if (typeof data24 !== "string" && data24 !== null) {
            const err64 = { instancePath: instancePath + "/rollbackPlan/target", schemaPath: "#/properties/rollbackPlan/properties/target/type", keyword: "type", params: { type: schema11.properties.rollbackPlan.properties.target.type }, message: "must be string,null", schema: schema11.properties.rollbackPlan.properties.target.type, parentSchema: schema11.properties.rollbackPlan.properties.target, data: data24 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
          const _errs59 = errors;
          var valid11 = _errs58 === errors;
        }
        if (data22.message !== void 0) {
          let data25 = data22.message;
          const _errs60 = errors;
          if (typeof data25 !== "string") {
            const err65 = { instancePath: instancePath + "/rollbackPlan/message", schemaPath: "#/properties/rollbackPlan/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.rollbackPlan.properties.message.type, parentSchema: schema11.properties.rollbackPlan.properties.message, data: data25 };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
          const _errs61 = errors;
          var valid11 = _errs60 === errors;
        }
        if (data22.services !== void 0) {
          let data26 = data22.services;
          const _errs62 = errors;
          const _errs63 = errors;
          if (Array.isArray(data26)) {
            let valid13 = true;
            const len1 = data26.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data27 = data26[i1];
              const _errs64 = errors;
              const _errs65 = errors;
              if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                if (data27.service === void 0) {
                  const err66 = { instancePath: instancePath + "/rollbackPlan/services/" + i1, schemaPath: "#/properties/rollbackPlan/properties/services/items/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'", schema: schema11.properties.rollbackPlan.properties.services.items.required, parentSchema: schema11.properties.rollbackPlan.properties.services.items, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
                if (data27.argv === void 0) {
                  const err67 = { instancePath: instancePath + "/rollbackPlan/services/" + i1, schemaPath: "#/properties/rollbackPlan/properties/services/items/required", keyword: "required", params: { missingProperty: "argv" }, message: "must have required property 'argv'", schema: schema11.properties.rollbackPlan.properties.services.items.required, parentSchema: schema11.properties.rollbackPlan.properties.services.items, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err67];
                  } else {
                    vErrors.push(err67);
                  }
                  errors++;
                }
                const _errs66 = errors;
                for (const key3 in data27) {
                  if (!(key3 === "service" || key3 === "argv")) {
                    const err68 = { instancePath: instancePath + "/rollbackPlan/services/" + i1, schemaPath: "#/properties/rollbackPlan/properties/services/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rollbackPlan.properties.services.items, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                }
                if (data27.service !== void 0) {
                  let data28 = data27.service;
                  const _errs67 = errors;
                  if (typeof data28 !== "string") {
                    const err69 = { instancePath: instancePath + "/rollbackPlan/services/" + i1 + "/service", schemaPath: "#/properties/rollbackPlan/properties/services/items/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.rollbackPlan.properties.services.items.properties.service.type, parentSchema: schema11.properties.rollbackPlan.properties.services.items.properties.service, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err69];
                    } else {
                      vErrors.push(err69);
                    }
                    errors++;
                  }
                  const _errs68 = errors;
                  var valid14 = _errs67 === errors;
                }
                if (data27.argv !== void 0) {
                  let data29 = data27.argv;
                  const _errs69 = errors;
                  const _errs70 = errors;
                  if (Array.isArray(data29)) {
                    let valid16 = true;
                    const len2 = data29.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      let data30 = data29[i2];
                      const _errs71 = errors;
                      if (typeof data30 !== "string") {
                        const err70 = { instancePath: instancePath + "/rollbackPlan/services/" + i1 + "/argv/" + i2, schemaPath: "#/properties/rollbackPlan/properties/services/items/properties/argv/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.rollbackPlan.properties.services.items.properties.argv.items.type, parentSchema: schema11.properties.rollbackPlan.properties.services.items.properties.argv.items, data: data30 };
                        if (vErrors === null) {
                          vErrors = [err70];
                        } else {
                          vErrors.push(err70);
                        }
                        errors++;
                      }
                      const _errs72 = errors;
                      var valid15 = _errs71 === errors;
                      if (!valid15) {
                        valid16 = false;
                      }
                    }
                  } else {
                    const err71 = { instancePath: instancePath + "/rollbackPlan/services/" + i1 + "/argv", schemaPath: "#/properties/rollbackPlan/properties/services/items/properties/argv/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rollbackPlan.properties.services.items.properties.argv.type, parentSchema: schema11.properties.rollbackPlan.properties.services.items.properties.argv, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err71];
                    } else {
                      vErrors.push(err71);
                    }
                    errors++;
                  }
                  var valid14 = _errs69 === errors;
                }
              } else {
                const err72 = { instancePath: instancePath + "/rollbackPlan/services/" + i1, schemaPath: "#/properties/rollbackPlan/properties/services/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rollbackPlan.properties.services.items.type, parentSchema: schema11.properties.rollbackPlan.properties.services.items, data: data27 };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
              var valid12 = _errs64 === errors;
              if (!valid12) {
                valid13 = false;
              }
            }
          } else {
            const err73 = { instancePath: instancePath + "/rollbackPlan/services", schemaPath: "#/properties/rollbackPlan/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rollbackPlan.properties.services.type, parentSchema: schema11.properties.rollbackPlan.properties.services, data: data26 };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
          var valid11 = _errs62 === errors;
        }
      } else {
        const err74 = { instancePath: instancePath + "/rollbackPlan", schemaPath: "#/properties/rollbackPlan/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rollbackPlan.type, parentSchema: schema11.properties.rollbackPlan, data: data22 };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
      var valid0 = _errs53 === errors;
    }
    if (data.services !== void 0) {
      let data31 = data.services;
      const _errs73 = errors;
      const _errs74 = errors;
      if (Array.isArray(data31)) {
        let valid18 = true;
        const len3 = data31.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data32 = data31[i3];
          const _errs75 = errors;
          if (typeof data32 !== "string") {
            const err75 = { instancePath: instancePath + "/services/" + i3, schemaPath: "#/properties/services/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.services.items.type, parentSchema: schema11.properties.services.items, data: data32 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
          const _errs76 = errors;
          var valid17 = _errs75 === errors;
          if (!valid17) {
            valid18 = false;
          }
        }
      } else {
        const err76 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.services.type, parentSchema: schema11.properties.services, data: data31 };
        if (vErrors === null) {
          vErrors = [err76];
        } else {
          vErrors.push(err76);
        }
        errors++;
      }
      var valid0 = _errs73 === errors;
    }
    if (data.problems !== void 0) {
      let data33 = data.problems;
      const _errs77 = errors;
      const _errs78 = errors;
      if (Array.isArray(data33)) {
        let valid20 = true;
        const len4 = data33.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data34 = data33[i4];
          const _errs79 = errors;
          if (typeof data34 !== "string") {
            const err77 = { instancePath: instancePath + "/problems/" + i4, schemaPath: "#/properties/problems/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.problems.items.type, parentSchema: schema11.properties.problems.items, data: data34 };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
          const _errs80 = errors;
          var valid19 = _errs79 === errors;
          if (!valid19) {
            valid20 = false;
          }
        }
      } else {
        const err78 = { instancePath: instancePath + "/problems", schemaPath: "#/properties/problems/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.problems.type, parentSchema: schema11.properties.problems, data: data33 };
        if (vErrors === null) {
          vErrors = [err78];
        } else {
          vErrors.push(err78);
        }
        errors++;
      }
      var valid0 = _errs77 === errors;
    }
    if (data.stakeholders !== void 0) {
      let data35 = data.stakeholders;
      const _errs81 = errors;
      const _errs82 = errors;
      if (Array.isArray(data35)) {
        let valid22 = true;
        const len5 = data35.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data36 = data35[i5];
          const _errs83 = errors;
          const _errs84 = errors;
          if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
            if (data36.name === void 0) {
              const err79 = { instancePath: instancePath + "/stakeholders/" + i5, schemaPath: "#/properties/stakeholders/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.stakeholders.items.required, parentSchema: schema11.properties.stakeholders.items, data: data36 };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
            if (data36.role === void 0) {
              const err80 = { instancePath: instancePath + "/stakeholders/" + i5, schemaPath: "#/properties/stakeholders/items/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'", schema: schema11.properties.stakeholders.items.required, parentSchema: schema11.properties.stakeholders.items, data: data36 };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
            if (data36.required === void 0) {
              const err81 = { instancePath: instancePath + "/stakeholders/" + i5, schemaPath: "#/properties/stakeholders/items/required", keyword: "required", params: { missingProperty: "required" }, message: "must have required property 'required'", schema: schema11.properties.stakeholders.items.required, parentSchema: schema11.properties.stakeholders.items, data: data36 };
              if (vErrors === null) {
                vErrors = [err81];
              } else {
                vErrors.push(err81);
              }
              errors++;
            }
            if (data36.status === void 0) {
              const err82 = { instancePath: instancePath + "/stakeholders/" + i5, schemaPath: "#/properties/stakeholders/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema11.properties.stakeholders.items.required, parentSchema: schema11.properties.stakeholders.items, data: data36 };
              if (vErrors === null) {
                vErrors = [err82];
              } else {
                vErrors.push(err82);
              }
              errors++;
            }
            if (data36.signedBy === void 0) {
              const err83 = { instancePath: instancePath + "/stakeholders/" + i5, schemaPath: "#/properties/stakeholders/items/required", keyword: "required", params: { missingProperty: "signedBy" }, message: "must have required property 'signedBy'", schema: schema11.properties.stakeholders.items.required, parentSchema: schema11.properties.stakeholders.items, data: data36 };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
            }
            if (data36.signedAt === void 0) {
              const err84 = { instancePath: instancePath + "/stakeholders/" + i5, schemaPath: "#/properties/stakeholders/items/required", keyword: "required", params: { missingProperty: "signedAt" }, message: "must have required property 'signedAt'", schema: schema11.properties.stakeholders.items.required, parentSchema: schema11.properties.stakeholders.items, data: data36 };
              if (vErrors === null) {
                vErrors = [err84];
              } else {
                vErrors.push(err84);
              }
              errors++;
            }
            if (data36.comment === void 0) {
              const err85 = { instancePath: instancePath + "/stakeholders/" + i5, schemaPath: "#/properties/stakeholders/items/required", keyword: "required", params: { missingProperty: "comment" }, message: "must have required property 'comment'", schema: schema11.properties.stakeholders.items.required, parentSchema: schema11.properties.stakeholders.items, data: data36 };
              if (vErrors === null) {
                vErrors = [err85];
              } else {
                vErrors.push(err85);
              }
              errors++;
            }
            const _errs85 = errors;
            for (const key4 in data36) {
              if (!(key4 === "name" || key4 === "role" || key4 === "required" || key4 === "status" || key4 === "signedBy" || key4 === "signedAt" || key4 === "comment")) {
                const err86 = { instancePath: instancePath + "/stakeholders/" + i5, schemaPath: "#/properties/stakeholders/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.stakeholders.items, data: data36 };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
            }
            if (data36.name !== void 0) {
              let data37 = data36.name;
              const _errs86 = errors;
              if (typeof data37 !== "string") {
                const err87 = { instancePath: instancePath + "/stakeholders/" + i5 + "/name", schemaPath: "#/properties/stakeholders/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.stakeholders.items.properties.name.type, parentSchema: schema11.properties.stakeholders.items.properties.name, data: data37 };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
              const _errs87 = errors;
              var valid23 = _errs86 === errors;
            }
            if (data36.role !== void 0) {
              let data38 = data36.role;
              const _errs88 = errors;
              if (typeof data38 !== "string" && data38 !== null) {
                const err88 = { instancePath: instancePath + "/stakeholders/" + i5 + "/role", schemaPath: "#/properties/stakeholders/items/properties/role/type", keyword: "type", params: { type: schema11.properties.stakeholders.items.properties.role.type }, message: "must be string,null", schema: schema11.properties.stakeholders.items.properties.role.type, parentSchema: schema11.properties.stakeholders.items.properties.role, data: data38 };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
              const _errs89 = errors;
              var valid23 = _errs88 === errors;
            }
            if (data36.required !== void 0) {
              let data39 = data36.required;
              const _errs90 = errors;
              if (typeof data39 !== "boolean") {
                const err89 = { instancePath: instancePath + "/stakeholders/" + i5 + "/required", schemaPath: "#/properties/stakeholders/items/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.stakeholders.items.properties.required.type, parentSchema: schema11.properties.stakeholders.items.properties.required, data: data39 };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
              const _errs91 = errors;
              var valid23 = _errs90 === errors;
            }
            if (data36.status !== void 0) {
              let data40 = data36.status;
              const _errs92 = errors;
              const vSchema2 = schema11.properties.stakeholders.items.properties.status.enum;
              if (!(data40 === "signed" || data40 === "pending")) {
                const err90 = { instancePath: instancePath + "/stakeholders/" + i5 + "/status", schemaPath: "#/properties/stakeholders/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema11.properties.stakeholders.items.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.stakeholders.items.properties.status.enum, parentSchema: schema11.properties.stakeholders.items.properties.status, data: data40 };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
              var valid23 = _errs92 === errors;
            }
            if (data36.signedBy !== void 0) {
              let data41 = data36.signedBy;
              const _errs93 = errors;
              if (typeof data41 !== "string" && data41 !== null) {
                const err91 = { instancePath: instancePath + "/stakeholders/" + i5 + "/signedBy", schemaPath: "#/properties/stakeholders/items/properties/signedBy/type", keyword: "type", params: { type: schema11.properties.stakeholders.items.properties.signedBy.type }, message: "must be string,null", schema: schema11.properties.stakeholders.items.properties.signedBy.type, parentSchema: schema11.properties.stakeholders.items.properties.signedBy, data: data41 };
                if (vErrors === null) {
                  vErrors = [err91];
                } else {
                  vErrors.push(err91);
                }
                errors++;
              }
              const _errs94 = errors;
              var valid23 = _errs93 === errors;
            }
            if (data36.signedAt !== void 0) {
              let data42 = data36.signedAt;
              const _errs95 = errors;
              if (typeof data42 !== "string" && data42 !== null) {
                const err92 = { instancePath: instancePath + "/stakeholders/" + i5 + "/signedAt", schemaPath: "#/properties/stakeholders/items/properties/signedAt/type", keyword: "type", params: { type: schema11.properties.stakeholders.items.properties.signedAt.type }, message: "must be string,null", schema: schema11.properties.stakeholders.items.properties.signedAt.type, parentSchema: schema11.properties.stakeholders.items.properties.signedAt, data: data42 };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
              const _errs96 = errors;
              if (typeof data42 == "number" && isFinite(data42)) {
              }
              if (typeof data42 === "string") {
                if (!formats0.validate(data42)) {
                  const err93 = { instancePath: instancePath + "/stakeholders/" + i5 + "/signedAt", schemaPath: "#/properties/stakeholders/items/properties/signedAt/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema11.properties.stakeholders.items.properties.signedAt, data: data42 };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
              }
              var valid23 = _errs95 === errors;
            }
            if (data36.comment !== void 0) {
              let data43 = data36.comment;
              const _errs97 = errors;
              if (typeof data43 !== "string" && data43 !== null) {
                const err94 = { instancePath: instancePath + "/stakeholders/" + i5 + "/comment", schemaPath: "#/properties/stakeholders/items/properties/comment/type", keyword: "type", params: { type: schema11.properties.stakeholders.items.properties.comment.type }, message: "must be string,null", schema: schema11.properties.stakeholders.items.properties.comment.type, parentSchema: schema11.properties.stakeholders.items.properties.comment, data: data43 };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
              const _errs98 = errors;
              var valid23 = _errs97 === errors;
            }
          } else {
            const err95 = { instancePath: instancePath + "/stakeholders/" + i5, schemaPath: "#/properties/stakeholders/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.stakeholders.items.type, parentSchema: schema11.properties.stakeholders.items, data: data36 };
            if (vErrors === null) {
              vErrors = [err95];
            } else {
              vErrors.push(err95);
            }
            errors++;
          }
          var valid21 = _errs83 === errors;
          if (!valid21) {
            valid22 = false;
          }
        }
      } else {
        const err96 = { instancePath: instancePath + "/stakeholders", schemaPath: "#/properties/stakeholders/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.stakeholders.type, parentSchema: schema11.properties.stakeholders, data: data35 };
        if (vErrors === null) {
          vErrors = [err96];
        } else {
          vErrors.push(err96);
        }
        errors++;
      }
      var valid0 = _errs81 === errors;
    }
    if (data.window !== void 0) {
      let data44 = data.window;
      const _errs99 = errors;
      const _errs100 = errors;
      if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
        if (data44.allowed === void 0) {
          const err97 = { instancePath: instancePath + "/window", schemaPath: "#/properties/window/required", keyword: "required", params: { missingProperty: "allowed" }, message: "must have required property 'allowed'", schema: schema11.properties.window.required, parentSchema: schema11.properties.window, data: data44 };
          if (vErrors === null) {
            vErrors = [err97];
          } else {
            vErrors.push(err97);
          }
          errors++;
        }
        if (data44.reason === void 0) {
          const err98 = { instancePath: instancePath + "/window", schemaPath: "#/properties/window/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema11.properties.window.required, parentSchema: schema11.properties.window, data: data44 };
          if (vErrors === null) {
            vErrors = [err98];
          } else {
            vErrors.push(err98);
          }
          errors++;
        }
        if (data44.nextAllowedAt === void 0) {
          const err99 = { instancePath: instancePath + "/window", schemaPath: "#/properties/window/required", keyword: "required", params: { missingProperty: "nextAllowedAt" }, message: "must have required property 'nextAllowedAt'", schema: schema11.properties.window.required, parentSchema: schema11.properties.window, data: data44 };
          if (vErrors === null) {
            vErrors = [err99];
          } else {
            vErrors.push(err99);
          }
          errors++;
        }
        if (data44.override === void 0) {
          const err100 = { instancePath: instancePath + "/window", schemaPath: "#/properties/window/required", keyword: "required", params: { missingProperty: "override" }, message: "must have required property 'override'", schema: schema11.properties.window.required, parentSchema: schema11.properties.window, data: data44 };
          if (vErrors === null) {
            vErrors = [err100];
          } else {
            vErrors.push(err100);
          }
          errors++;
        }
        const _errs101 = errors;
        for (const key5 in data44) {
          if (!(key5 === "allowed" || key5 === "reason" || key5 === "nextAllowedAt" || key5 === "override")) {
            const err101 = { instancePath: instancePath + "/window", schemaPath: "#/properties/window/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.window, data: data44 };
            if (vErrors === null) {
              vErrors = [err101];
            } else {
              vErrors.push(err101);
            }
            errors++;
          }
        }
        if (data44.allowed !== void 0) {
          let data45 = data44.allowed;
          const _errs102 = errors;
          if (typeof data45 !== "boolean") {
            const err102 = { instancePath: instancePath + "/window/allowed", schemaPath: "#/properties/window/properties/allowed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.window.properties.allowed.type, parentSchema: schema11.properties.window.properties.allowed, data: data45 };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
          const _errs103 = errors;
          var valid24 = _errs102 === errors;
        }
        if (data44.reason !== void 0) {
          let data46 = data44.reason;
          const _errs104 = errors;
          if (typeof data46 !== "string") {
            const err103 = { instancePath: instancePath + "/window/reason", schemaPath: "#/properties/window/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.window.properties.reason.type, parentSchema: schema11.properties.window.properties.reason, data: data46 };
            if (vErrors === null) {
              vErrors = [err103];
            } else {
              vErrors.push(err103);
            }
            errors++;
          }
          const _errs105 = errors;
          var valid24 = _errs104 === errors;
        }
        if (data44.nextAllowedAt !== void 0) {
          let data47 = data44.nextAllowedAt;
          const _errs106 = errors;
          const _errs107 = errors;
          let valid25 = false;
          let passing1 = null;
          const _errs108 = errors;
          if (data47 !== null) {
            const err104 = { instancePath: instancePath + "/window/nextAllowedAt", schemaPath: "#/properties/window/properties/nextAllowedAt/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema11.properties.window.properties.nextAllowedAt.oneOf[0].type, parentSchema: schema11.properties.window.properties.nextAllowedAt.oneOf[0], data: data47 };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          }
          const _errs109 = errors;
          var _valid1 = _errs108 === errors;
          if (_valid1) {
            valid25 = true;
            passing1 = 0;
          }
          const _errs110 = errors;
          const _errs111 = errors;
          const _errs112 = errors;
          if (typeof data47 == "number" && isFinite(data47)) {
          }
          if (typeof data47 === "string") {
            if (!formats0.validate(data47)) {
              const err105 = { instancePath: instancePath + "/window/nextAllowedAt", schemaPath: "common.schema.json#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data47 };
              if (vErrors === null) {
                vErrors = [err105];
              } else {
                vErrors.push(err105);
              }
              errors++;
            }
          } else {
            const err106 = { instancePath: instancePath + "/window/nextAllowedAt", schemaPath: "common.schema.json#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data47 };
            if (vErrors === null) {
              vErrors = [err106];
            } else {
              vErrors.push(err106);
            }
            errors++;
          }
          var valid26 = _errs111 === errors;
          var _valid1 = _errs110 === errors;
          if (_valid1 && valid25) {
            valid25 = false;
            passing1 = [passing1, 1];
          } else {
            if (_valid1) {
              valid25 = true;
              passing1 = 1;
            }
          }
          if (!valid25) {
            const err107 = { instancePath: instancePath + "/window/nextAllowedAt", schemaPath: "#/properties/window/properties/nextAllowedAt/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.window.properties.nextAllowedAt.oneOf, parentSchema: schema11.properties.window.properties.nextAllowedAt, data: data47 };
            if (vErrors === null) {
              vErrors = [err107];
            } else {
              vErrors.push(err107);
            }
            errors++;
          } else {
            errors = _errs107;
            if (vErrors !== null) {
              if (_errs107) {
                vErrors.length = _errs107;
              } else {
                vErrors = null;
              }
            }
          }
          var valid24 = _errs106 === errors;
        }
        if (data44.override !== void 0) {
          let data48 = data44.override;
          const _errs113 = errors;
          const _errs114 = errors;
          let valid27 = false;
          let passing2 = null;
          const _errs115 = errors;
          if (data48 !== null) {
            const err108 = { instancePath: instancePath + "/window/override", schemaPath: "#/properties/window/properties/override/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema11.properties.window.properties.override.oneOf[0].type, parentSchema: schema11.properties.window.properties.override.oneOf[0], data: data48 };
            if (vErrors === null) {
              vErrors = [err108];
            } else {
              vErrors.push(err108);
            }
            errors++;
          }
          const _errs116 = errors;
          var _valid2 = _errs115 === errors;
          if (_valid2) {
            valid27 = true;
            passing2 = 0;
          }
          const _errs117 = errors;
          const _errs118 = errors;
          if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
            if (data48.by === void 0) {
              const err109 = { instancePath: instancePath + "/window/override", schemaPath: "#/properties/window/properties/override/oneOf/1/required", keyword: "required", params: { missingProperty: "by" }, message: "must have required property 'by'", schema: schema11.properties.window.properties.override.oneOf[1].required, parentSchema: schema11.properties.window.properties.override.oneOf[1], data: data48 };
              if (vErrors === null) {
                vErrors = [err109];
              } else {
                vErrors.push(err109);
              }
              errors++;
            }
            if (data48.reason === void 0) {
              const err110 = { instancePath: instancePath + "/window/override", schemaPath: "#/properties/window/properties/override/oneOf/1/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema11.properties.window.properties.override.oneOf[1].required, parentSchema: schema11.properties.window.properties.override.oneOf[1], data: data48 };
              if (vErrors === null) {
                vErrors = [err110];
              } else {
                vErrors.push(err110);
              }
              errors++;
            }
            if (data48.at === void 0) {
              const err111 = { instancePath: instancePath + "/window/override", schemaPath: "#/properties/window/properties/override/oneOf/1/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'", schema: schema11.properties.window.properties.override.oneOf[1].required, parentSchema: schema11.properties.window.properties.override.oneOf[1], data: data48 };
              if (vErrors === null) {
                vErrors = [err111];
              } else {
                vErrors.push(err111);
              }
              errors++;
            }
            const _errs119 = errors;
            for (const key6 in data48) {
              if (!(key6 === "by" || key6 === "reason" || key6 === "at")) {
                const err112 = { instancePath: instancePath + "/window/override", schemaPath: "#/properties/window/properties/override/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.window.properties.override.oneOf[1], data: data48 };
                if (vErrors === null) {
                  vErrors = [err112];
                } else {
                  vErrors.push(err112);
                }
                errors++;
              }
            }
            if (data48.by !== void 0) {
              let data49 = data48.by;
              const _errs120 = errors;
              if (typeof data49 !== "string") {
                const err113 = { instancePath: instancePath + "/window/override/by", schemaPath: "#/properties/window/properties/override/oneOf/1/properties/by/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.window.properties.override.oneOf[1].properties.by.type, parentSchema: schema11.properties.window.properties.override.oneOf[1].properties.by, data: data49 };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
              }
              const _errs121 = errors;
              var valid28 = _errs120 === errors;
            }
            if (data48.reason !== void 0) {
              let data50 = data48.reason;
              const _errs122 = errors;
              const _errs123 = errors;
              if (typeof data50 === "string") {
                if (func3(data50) < 1) {
                  const err114 = { instancePath: instancePath + "/window/override/reason", schemaPath: "#/properties/window/properties/override/oneOf/1/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.window.properties.override.oneOf[1].properties.reason, data: data50 };
                  if (vErrors === null) {
                    vErrors = [err114];
                  } else {
                    vErrors.push(err114);
                  }
                  errors++;
                }
              } else {
                const err115 = { instancePath: instancePath + "/window/override/reason", schemaPath: "#/properties/window/properties/override/oneOf/1/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.window.properties.override.oneOf[1].properties.reason.type, parentSchema: schema11.properties.window.properties.override.oneOf[1].properties.reason, data: data50 };
                if (vErrors === null) {
                  vErrors = [err115];
                } else {
                  vErrors.push(err115);
                }
                errors++;
              }
              var valid28 = _errs122 === errors;
            }
            if (data48.at !== void 0) {
              let data51 = data48.at;
              const _errs124 = errors;
              const _errs125 = errors;
              const _errs126 = errors;
              if (typeof data51 == "number" && isFinite(data51)) {
              }
              if (typeof data51 === "string") {
                if (!formats0.validate(data51)) {
                  const err116 = { instancePath: instancePath + "/window/override/at", schemaPath: "common.schema.json#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data51 };
                  if (vErrors === null) {
                    vErrors = [err116];
                  } else {
                    vErrors.push(err116);
                  }
                  errors++;
                }
              } else {
                const err117 = { instancePath: instancePath + "/window/override/at", schemaPath: "common.schema.json#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data51 };
                if (vErrors === null) {
                  vErrors = [err117];
                } else {
                  vErrors.push(err117);
                }
                errors++;
              }
              var valid29 = _errs125 === errors;
              var valid28 = _errs124 === errors;
            }
          } else {
            const err118 = { instancePath: instancePath + "/window/override", schemaPath: "#/properties/window/properties/override/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.window.properties.override.oneOf[1].type, parentSchema: schema11.properties.window.properties.override.oneOf[1], data: data48 };
            if (vErrors === null) {
              vErrors = [err118];
            } else {
              vErrors.push(err118);
            }
            errors++;
          }
          var _valid2 = _errs117 === errors;
          if (_valid2 && valid27) {
            valid27 = false;
            passing2 = [passing2, 1];
          } else {
            if (_valid2) {
              valid27 = true;
              passing2 = 1;
            }
          }
          if (!valid27) {
            const err119 = { instancePath: instancePath + "/window/override", schemaPath: "#/properties/window/properties/override/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.window.properties.override.oneOf, parentSchema: schema11.properties.window.properties.override, data: data48 };
            if (vErrors === null) {
              vErrors = [err119];
            } else {
              vErrors.push(err119);
            }
            errors++;
          } else {
            errors = _errs114;
            if (vErrors !== null) {
              if (_errs114) {
                vErrors.length = _errs114;
              } else {
                vErrors = null;
              }
            }
          }
          var valid24 = _errs113 === errors;
        }
      } else {
        const err120 = { instancePath: instancePath + "/window", schemaPath: "#/properties/window/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.window.type, parentSchema: schema11.properties.window, data: data44 };
        if (vErrors === null) {
          vErrors = [err120];
        } else {
          vErrors.push(err120);
        }
        errors++;
      }
      var valid0 = _errs99 === errors;
    }
  } else {
    const err121 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err121];
    } else {
      vErrors.push(err121);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var validator4 = validate12;
var schema21 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://release-gate.dev/schemas/evidence/evidence-manifest.schema.json", "title": "The evidence bundle's manifest: one hash-chained entry per sealed phase", "type": "object", "additionalProperties": false, "required": ["schemaVersion", "artifact", "tag", "entries"], "properties": { "schemaVersion": { "$ref": "common.schema.json#/definitions/schemaVersion" }, "artifact": { "const": "evidence-manifest.json" }, "tag": { "$ref": "common.schema.json#/definitions/tag" }, "runId": { "type": "string", "pattern": "^[0-9]{8}T[0-9]{6}Z-[0-9a-f]{6}$", "description": "The run this bundle belongs to: set when the run starts (readiness, a manual rollback) and kept by every phase it seals. Absent from bundles written before run ids." }, "entries": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["seq", "phase", "sealedAt", "files", "previousDigest", "digest"], "properties": { "seq": { "type": "integer", "minimum": 1 }, "phase": { "enum": ["readiness", "staging", "production", "stabilize", "report", "rollback"] }, "sealedAt": { "$ref": "common.schema.json#/definitions/time" }, "files": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["file", "bytes", "sha256", "schema", "writtenBy"], "properties": { "file": { "type": "string", "pattern": "^[^/\\\\]+$" }, "bytes": { "type": "integer", "minimum": 0 }, "sha256": { "type": "string", "pattern": "^[0-9a-f]{64}$" }, "schema": { "type": ["string", "null"] }, "writtenBy": { "type": "string", "description": "The phase that wrote this content (the first sealed phase in which the file had this digest)." } } } }, "previousDigest": { "type": ["string", "null"], "pattern": "^[0-9a-f]{64}$" }, "digest": { "type": "string", "pattern": "^[0-9a-f]{64}$" }, "signature": { "type": "object", "description": "Present when the phase ran with a signing key: the key's signature over the chain head after this seal (the tag, seq, phase and digest; src/core/seal-signature.ts).", "additionalProperties": false, "required": ["algorithm", "keyFingerprint", "value"], "properties": { "algorithm": { "const": "ed25519" }, "keyFingerprint": { "type": "string", "pattern": "^[0-9a-f]{64}$", "description": "SHA-256 (hex) of the public key's SubjectPublicKeyInfo, DER-encoded." }, "value": { "type": "string", "pattern": "^[A-Za-z0-9+/]{86}==$", "description": "The 64-byte Ed25519 signature, base64." } } } } } } } };
var pattern1 = new RegExp("^[0-9]{8}T[0-9]{6}Z-[0-9a-f]{6}$", "u");
var pattern2 = new RegExp("^[^/\\\\]+$", "u");
var pattern7 = new RegExp("^[A-Za-z0-9+/]{86}==$", "u");
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schemaVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.artifact === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "artifact" }, message: "must have required property 'artifact'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tag === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.entries === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "entries" }, message: "must have required property 'entries'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!(key0 === "schemaVersion" || key0 === "artifact" || key0 === "tag" || key0 === "runId" || key0 === "entries")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema21, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.schemaVersion !== void 0) {
      let data0 = data.schemaVersion;
      const _errs2 = errors;
      const _errs3 = errors;
      if (1 !== data0) {
        const err5 = { instancePath: instancePath + "/schemaVersion", schemaPath: "common.schema.json#/definitions/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      var valid1 = _errs3 === errors;
      var valid0 = _errs2 === errors;
    }
    if (data.artifact !== void 0) {
      let data1 = data.artifact;
      const _errs4 = errors;
      if ("evidence-manifest.json" !== data1) {
        const err6 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/const", keyword: "const", params: { allowedValue: "evidence-manifest.json" }, message: "must be equal to constant", schema: "evidence-manifest.json", parentSchema: schema21.properties.artifact, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      var valid0 = _errs4 === errors;
    }
    if (data.tag !== void 0) {
      let data2 = data.tag;
      const _errs5 = errors;
      const _errs6 = errors;
      const _errs7 = errors;
      if (typeof data2 === "string") {
        if (func3(data2) > 128) {
          const err7 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema14, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func3(data2) < 1) {
          const err8 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      var valid2 = _errs6 === errors;
      var valid0 = _errs5 === errors;
    }
    if (data.runId !== void 0) {
      let data3 = data.runId;
      const _errs8 = errors;
      const _errs9 = errors;
      if (typeof data3 === "string") {
        if (!pattern1.test(data3)) {
          const err10 = { instancePath: instancePath + "/runId", schemaPath: "#/properties/runId/pattern", keyword: "pattern", params: { pattern: "^[0-9]{8}T[0-9]{6}Z-[0-9a-f]{6}$" }, message: 'must match pattern "^[0-9]{8}T[0-9]{6}Z-[0-9a-f]{6}$"', schema: "^[0-9]{8}T[0-9]{6}Z-[0-9a-f]{6}$", parentSchema: schema21.properties.runId, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/runId", schemaPath: "#/properties/runId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.runId.type, parentSchema: schema21.properties.runId, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      var valid0 = _errs8 === errors;
    }
    if (data.entries !== void 0) {
      let data4 = data.entries;
      const _errs10 = errors;
      const _errs11 = errors;
      if (Array.isArray(data4)) {
        if (data4.length < 1) {
          const err12 = { instancePath: instancePath + "/entries", schemaPath: "#/properties/entries/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema21.properties.entries, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        let valid4 = true;
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          const _errs12 = errors;
          const _errs13 = errors;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.seq === void 0) {
              const err13 = { instancePath: instancePath + "/entries/" + i0, schemaPath: "#/properties/entries/items/required", keyword: "required", params: { missingProperty: "seq" }, message: "must have required property 'seq'", schema: schema21.properties.entries.items.required, parentSchema: schema21.properties.entries.items, data: data5 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (data5.phase === void 0) {
              const err14 = { instancePath: instancePath + "/entries/" + i0, schemaPath: "#/properties/entries/items/required", keyword: "required", params: { missingProperty: "phase" }, message: "must have required property 'phase'", schema: schema21.properties.entries.items.required, parentSchema: schema21.properties.entries.items, data: data5 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (data5.sealedAt === void 0) {
              const err15 = { instancePath: instancePath + "/entries/" + i0, schemaPath: "#/properties/entries/items/required", keyword: "required", params: { missingProperty: "sealedAt" }, message: "must have required property 'sealedAt'", schema: schema21.properties.entries.items.required, parentSchema: schema21.properties.entries.items, data: data5 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (data5.files === void 0) {
              const err16 = { instancePath: instancePath + "/entries/" + i0, schemaPath: "#/properties/entries/items/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'", schema: schema21.properties.entries.items.required, parentSchema: schema21.properties.entries.items, data: data5 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data5.previousDigest === void 0) {
              const err17 = { instancePath: instancePath + "/entries/" + i0, schemaPath: "#/properties/entries/items/required", keyword: "required", params: { missingProperty: "previousDigest" }, message: "must have required property 'previousDigest'", schema: schema21.properties.entries.items.required, parentSchema: schema21.properties.entries.items, data: data5 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data5.digest === void 0) {
              const err18 = { instancePath: instancePath + "/entries/" + i0, schemaPath: "#/properties/entries/items/required", keyword: "required", params: { missingProperty: "digest" }, message: "must have required property 'digest'", schema: schema21.properties.entries.items.required, parentSchema: schema21.properties.entries.items, data: data5 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            const _errs14 = errors;
            for (const key1 in data5) {
              if (!(key1 === "seq" || key1 === "phase" || key1 === "sealedAt" || key1 === "files" || key1 === "previousDigest" || key1 === "digest" || key1 === "signature")) {
                const err19 = { instancePath: instancePath + "/entries/" + i0, schemaPath: "#/properties/entries/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema21.properties.entries.items, data: data5 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data5.seq !== void 0) {
              let data6 = data5.seq;
              const _errs15 = errors;
              if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
                const err20 = { instancePath: instancePath + "/entries/" + i0 + "/seq", schemaPath: "#/properties/entries/items/properties/seq/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema21.properties.entries.items.properties.seq.type, parentSchema: schema21.properties.entries.items.properties.seq, data: data6 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
              const _errs16 = errors;
              if (typeof data6 == "number" && isFinite(data6)) {
                if (data6 < 1 || isNaN(data6)) {
                  const err21 = { instancePath: instancePath + "/entries/" + i0 + "/seq", schemaPath: "#/properties/entries/items/properties/seq/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema21.properties.entries.items.properties.seq, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              }
              var valid5 = _errs15 === errors;
            }
            if (data5.phase !== void 0) {
              let data7 = data5.phase;
              const _errs17 = errors;
              const vSchema0 = schema21.properties.entries.items.properties.phase.enum;
              if (!(data7 === "readiness" || data7 === "staging" || data7 === "production" || data7 === "stabilize" || data7 === "report" || data7 === "rollback")) {
                const err22 = { instancePath: instancePath + "/entries/" + i0 + "/phase", schemaPath: "#/properties/entries/items/properties/phase/enum", keyword: "enum", params: { allowedValues: schema21.properties.entries.items.properties.phase.enum }, message: "must be equal to one of the allowed values", schema: schema21.properties.entries.items.properties.phase.enum, parentSchema: schema21.properties.entries.items.properties.phase, data: data7 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
              var valid5 = _errs17 === errors;
            }
            if (data5.sealedAt !== void 0) {
              let data8 = data5.sealedAt;
              const _errs18 = errors;
              const _errs19 = errors;
              const _errs20 = errors;
              if (typeof data8 == "number" && isFinite(data8)) {
              }
              if (typeof data8 === "string") {
                if (!formats0.validate(data8)) {
                  const err23 = { instancePath: instancePath + "/entries/" + i0 + "/sealedAt", schemaPath: "common.schema.json#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              } else {
                const err24 = { instancePath: instancePath + "/entries/" + i0 + "/sealedAt", schemaPath: "common.schema.json#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data8 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
              var valid6 = _errs19 === errors;
              var valid5 = _errs18 === errors;
            }
            if (data5.files !== void 0) {
              let data9 = data5.files;
              const _errs21 = errors;
              const _errs22 = errors;
              if (Array.isArray(data9)) {
                let valid8 = true;
                const len1 = data9.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data10 = data9[i1];
                  const _errs23 = errors;
                  const _errs24 = errors;
                  if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                    if (data10.file === void 0) {
                      const err25 = { instancePath: instancePath + "/entries/" + i0 + "/files/" + i1, schemaPath: "#/properties/entries/items/properties/files/items/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'", schema: schema21.properties.entries.items.properties.files.items.required, parentSchema: schema21.properties.entries.items.properties.files.items, data: data10 };
                      if (vErrors === null) {
                        vErrors = [err25];
                      } else {
                        vErrors.push(err25);
                      }
                      errors++;
                    }
                    if (data10.bytes === void 0) {
                      const err26 = { instancePath: instancePath + "/entries/" + i0 + "/files/" + i1, schemaPath: "#/properties/entries/items/properties/files/items/required", keyword: "required", params: { missingProperty: "bytes" }, message: "must have required property 'bytes'", schema: schema21.properties.entries.items.properties.files.items.required, parentSchema: schema21.properties.entries.items.properties.files.items, data: data10 };
                      if (vErrors === null) {
                        vErrors = [err26];
                      } else {
                        vErrors.push(err26);
                      }
                      errors++;
                    }
                    if (data10.sha256 === void 0) {
                      const err27 = { instancePath: instancePath + "/entries/" + i0 + "/files/" + i1, schemaPath: "#/properties/entries/items/properties/files/items/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'", schema: schema21.properties.entries.items.properties.files.items.required, parentSchema: schema21.properties.entries.items.properties.files.items, data: data10 };
                      if (vErrors === null) {
                        vErrors = [err27];
                      } else {
                        vErrors.push(err27);
                      }
                      errors++;
                    }
                    if (data10.schema === void 0) {
                      const err28 = { instancePath: instancePath + "/entries/" + i0 + "/files/" + i1, schemaPath: "#/properties/entries/items/properties/files/items/required", keyword: "required", params: { missingProperty: "schema" }, message: "must have required property 'schema'", schema: schema21.properties.entries.items.properties.files.items.required, parentSchema: schema21.properties.entries.items.properties.files.items, data: data10 };
                      if (vErrors === null) {
                        vErrors = [err28];
                      } else {
                        vErrors.push(err28);
                      }
                      errors++;
                    }
                    if (data10.writtenBy === void 0) {
                      const err29 = { instancePath: instancePath + "/entries/" + i0 + "/files/" + i1, schemaPath: "#/properties/entries/items/properties/files/items/required", keyword: "required", params: { missingProperty: "writtenBy" }, message: "must have required property 'writtenBy'", schema: schema21.properties.entries.items.properties.files.items.required, parentSchema: schema21.properties.entries.items.properties.files.items, data: data10 };
                      if (vErrors === null) {
                        vErrors = [err29];
                      } else {
                        vErrors.push(err29);
                      }
                      errors++;
                    }
                    const _errs25 = errors;
                    for (const key2 in data10) {
                      if (!(key2 === "file" || key2 === "bytes" || key2 === "sha256" || key2 === "schema" || key2 === "writtenBy")) {
                        const err30 = { instancePath: instancePath + "/entries/" + i0 + "/files/" + i1, schemaPath: "#/properties/entries/items/properties/files/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema21.properties.entries.items.properties.files.items, data: data10 };
                        if (vErrors === null) {
                          vErrors = [err30];
                        } else {
                          vErrors.push(err30);
                        }
                        errors++;
                      }
                    }
                    if (data10.file !== void 0) {
                      let data11 = data10.file;
                      const _errs26 = errors;
                      const _errs27 = errors;
                      if (typeof data11 === "string") {
                        if (!pattern2.test(data11)) {
                          const err31 = { instancePath: instancePath + "/entries/" + i0 + "/files/" + i1 + "/file", schemaPath: "#/properties/entries/items/properties/files/items/properties/file/pattern", keyword: "pattern", params: { pattern: "^[^/\\\\]+$" }, message: 'must match pattern "^[^/\\\\]+$"', schema: "^[^/\\\\]+$", parentSchema: schema21.properties.entries.items.properties.files.items.properties.file, data: data11 };
                          if (vErrors === null) {
                            vErrors = [err31];
                          } else {
                            vErrors.push(err31);
                          }
                          errors++;
                        }
                      } else {
                        const err32 = { instancePath: instancePath + "/entries/" + i0 + "/files/" + i1 + "/file", schemaPath: "#/properties/entries/items/properties/files/items/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.entries.items.properties.files.items.properties.file.type, parentSchema: schema21.properties.entries.items.properties.files.items.properties.file, data: data11 };
                        if (vErrors === null) {
                          vErrors = [err32];
                        } else {
                          vErrors.push(err32);
                        }
                        errors++;
                      }
                      var valid9 = _errs26 === errors;
                    }
                    if (data10.bytes !== void 0) {
                      let data12 = data10.bytes;
                      const _errs28 = errors;
                      if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
                        const err33 = { instancePath: instancePath + "/entries/" + i0 + "/files/" + i1 + "/bytes", schemaPath: "#/properties/entries/items/properties/files/items/properties/bytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema21.properties.entries.items.properties.files.items.properties.bytes.type, parentSchema: schema21.properties.entries.items.properties.files.items.properties.bytes, data: data12 };
                        if (vErrors === null) {
                          vErrors = [err33];
                        } else {
                          vErrors.push(err33);
                        }
                        errors++;
                      }
                      const _errs29 = errors;
                      if (typeof data12 == "number" && isFinite(data12)) {
                        if (data12 < 0 || isNaN(data12)) {
                          const err34 = { instancePath: instancePath + "/entries/" + i0 + "/files/" + i1 + "/bytes", schemaPath: "#/properties/entries/items/properties/files/items/properties/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema21.properties.entries.items.properties.files.items.properties.bytes, data: data12 };
                          if (vErrors === null) {
                            vErrors = [err34];
                          } else {
                            vErrors.push(err34);
                          }
                          errors++;
                        }
                      }
                      var valid9 = _errs28 === errors;
                    }
                    if (data10.sha256 !== void 0) {
                      let data13 = data10.sha256;
                      const _errs30 = errors;
                      const _errs31 = errors;
                      if (typeof data13 === "string") {
                        if (!pattern0.test(data13)) {
                          const err35 = { instancePath: instancePath + "/entries/" + i0 + "/files/" + i1 + "/sha256", schemaPath: "#/properties/entries/items/properties/files/items/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema21.properties.entries.items.properties.files.items.properties.sha256, data: data13 };
                          if (vErrors === null) {
                            vErrors = [err35];
                          } else {
                            vErrors.push(err35);
                          }
                          errors++;
                        }
                      } else {
                        const err36 = { instancePath: instancePath + "/entries/" + i0 + "/files/" + i1 + "/sha256", schemaPath: "#/properties/entries/items/properties/files/items/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.entries.items.properties.files.items.properties.sha256.type, parentSchema: schema21.properties.entries.items.properties.files.items.properties.sha256, data: data13 };
                        if (vErrors === null) {
                          vErrors = [err36];
                        } else {
                          vErrors.push(err36);
                        }
                        errors++;
                      }
                      var valid9 = _errs30 === errors;
                    }
                    if (data10.schema !== void 0) {
                      let data14 = data10.schema;
                      const _errs32 = errors;
                      if (typeof data14 !== "string" && data14 !== null) {
                        const err37 = { instancePath: instancePath + "/entries/" + i0 + "/files/" + i1 + "/schema", schemaPath: "#/properties/entries/items/properties/files/items/properties/schema/type", keyword: "type", params: { type: schema21.properties.entries.items.properties.files.items.properties.schema.type }, message: "must be string,null", schema: schema21.properties.entries.items.properties.files.items.properties.schema.type, parentSchema: schema21.properties.entries.items.properties.files.items.properties.schema, data: data14 };
                        if (vErrors === null) {
                          vErrors = [err37];
                        } else {
                          vErrors.push(err37);
                        }
                        errors++;
                      }
                      const _errs33 = errors;
                      var valid9 = _errs32 === errors;
                    }
                    if (data10.writtenBy !== void 0) {
                      let data15 = data10.writtenBy;
                      const _errs34 = errors;
                      if (typeof data15 !== "string") {
                        const err38 = { instancePath: instancePath + "/entries/" + i0 + "/files/" + i1 + "/writtenBy", schemaPath: "#/properties/entries/items/properties/files/items/properties/writtenBy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.entries.items.properties.files.items.properties.writtenBy.type, parentSchema: schema21.properties.entries.items.properties.files.items.properties.writtenBy, data: data15 };
                        if (vErrors === null) {
                          vErrors = [err38];
                        } else {
                          vErrors.push(err38);
                        }
                        errors++;
                      }
                      const _errs35 = errors;
                      var valid9 = _errs34 === errors;
                    }
                  } else {
                    const err39 = { instancePath: instancePath + "/entries/" + i0 + "/files/" + i1, schemaPath: "#/properties/entries/items/properties/files/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.properties.entries.items.properties.files.items.type, parentSchema: schema21.properties.entries.items.properties.files.items, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                  var valid7 = _errs23 === errors;
                  if (!valid7) {
                    valid8 = false;
                  }
                }
              } else {
                const err40 = { instancePath: instancePath + "/entries/" + i0 + "/files", schemaPath: "#/properties/entries/items/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema21.properties.entries.items.properties.files.type, parentSchema: schema21.properties.entries.items.properties.files, data: data9 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
              var valid5 = _errs21 === errors;
            }
            if (data5.previousDigest !== void 0) {
              let data16 = data5.previousDigest;
              const _errs36 = errors;
              if (typeof data16 !== "string" && data16 !== null) {
                const err41 = { instancePath: instancePath + "/entries/" + i0 + "/previousDigest", schemaPath: "#/properties/entries/items/properties/previousDigest/type", keyword: "type", params: { type: schema21.properties.entries.items.properties.previousDigest.type }, message: "must be string,null", schema: schema21.properties.entries.items.properties.previousDigest.type, parentSchema: schema21.properties.entries.items.properties.previousDigest, data: data16 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
              const _errs37 = errors;
              if (typeof data16 === "string") {
                if (!pattern0.test(data16)) {
                  const err42 = { instancePath: instancePath + "/entries/" + i0 + "/previousDigest", schemaPath: "#/properties/entries/items/properties/previousDigest/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema21.properties.entries.items.properties.previousDigest, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
              }
              var valid5 = _errs36 === errors;
            }
            if (data5.digest !== void 0) {
              let data17 = data5.digest;
              const _errs38 = errors;
              const _errs39 = errors;
              if (typeof data17 === "string") {
                if (!pattern0.test(data17)) {
                  const err43 = { instancePath: instancePath + "/entries/" + i0 + "/digest", schemaPath: "#/properties/entries/items/properties/digest/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema21.properties.entries.items.properties.digest, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
              } else {
                const err44 = { instancePath: instancePath + "/entries/" + i0 + "/digest", schemaPath: "#/properties/entries/items/properties/digest/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.entries.items.properties.digest.type, parentSchema: schema21.properties.entries.items.properties.digest, data: data17 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
              var valid5 = _errs38 === errors;
            }
            if (data5.signature !== void 0) {
              let data18 = data5.signature;
              const _errs40 = errors;
              const _errs41 = errors;
              if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                if (data18.algorithm === void 0) {
                  const err45 = { instancePath: instancePath + "/entries/" + i0 + "/signature", schemaPath: "#/properties/entries/items/properties/signature/required", keyword: "required", params: { missingProperty: "algorithm" }, message: "must have required property 'algorithm'", schema: schema21.properties.entries.items.properties.signature.required, parentSchema: schema21.properties.entries.items.properties.signature, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
                if (data18.keyFingerprint === void 0) {
                  const err46 = { instancePath: instancePath + "/entries/" + i0 + "/signature", schemaPath: "#/properties/entries/items/properties/signature/required", keyword: "required", params: { missingProperty: "keyFingerprint" }, message: "must have required property 'keyFingerprint'", schema: schema21.properties.entries.items.properties.signature.required, parentSchema: schema21.properties.entries.items.properties.signature, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
                if (data18.value === void 0) {
                  const err47 = { instancePath: instancePath + "/entries/" + i0 + "/signature", schemaPath: "#/properties/entries/items/properties/signature/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema21.properties.entries.items.properties.signature.required, parentSchema: schema21.properties.entries.items.properties.signature, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
                const _errs42 = errors;
                for (const key3 in data18) {
                  if (!(key3 === "algorithm" || key3 === "keyFingerprint" || key3 === "value")) {
                    const err48 = { instancePath: instancePath + "/entries/" + i0 + "/signature", schemaPath: "#/properties/entries/items/properties/signature/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema21.properties.entries.items.properties.signature, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err48];
                    } else {
                      vErrors.push(err48);
                    }
                    errors++;
                  }
                }
                if (data18.algorithm !== void 0) {
                  let data19 = data18.algorithm;
                  const _errs43 = errors;
                  if ("ed25519" !== data19) {
                    const err49 = { instancePath: instancePath + "/entries/" + i0 + "/signature/algorithm", schemaPath: "#/properties/entries/items/properties/signature/properties/algorithm/const", keyword: "const", params: { allowedValue: "ed25519" }, message: "must be equal to constant", schema: "ed25519", parentSchema: schema21.properties.entries.items.properties.signature.properties.algorithm, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                  var valid10 = _errs43 === errors;
                }
                if (data18.keyFingerprint !== void 0) {
                  let data20 = data18.keyFingerprint;
                  const _errs44 = errors;
                  const _errs45 = errors;
                  if (typeof data20 === "string") {
                    if (!pattern0.test(data20)) {
                      const err50 = { instancePath: instancePath + "/entries/" + i0 + "/signature/keyFingerprint", schemaPath: "#/properties/entries/items/properties/signature/properties/keyFingerprint/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema21.properties.entries.items.properties.signature.properties.keyFingerprint, data: data20 };
                      if (vErrors === null) {
                        vErrors = [err50];
                      } else {
                        vErrors.push(err50);
                      }
                      errors++;
                    }
                  } else {
                    const err51 = { instancePath: instancePath + "/entries/" + i0 + "/signature/keyFingerprint", schemaPath: "#/properties/entries/items/properties/signature/properties/keyFingerprint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.entries.items.properties.signature.properties.keyFingerprint.type, parentSchema: schema21.properties.entries.items.properties.signature.properties.keyFingerprint, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                  var valid10 = _errs44 === errors;
                }
                if (data18.value !== void 0) {
                  let data21 = data18.value;
                  const _errs46 = errors;
                  const _errs47 = errors;
                  if (typeof data21 === "string") {
                    if (!pattern7.test(data21)) {
                      const err52 = { instancePath: instancePath + "/entries/" + i0 + "/signature/value", schemaPath: "#/properties/entries/items/properties/signature/properties/value/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9+/]{86}==$" }, message: 'must match pattern "^[A-Za-z0-9+/]{86}==$"', schema: "^[A-Za-z0-9+/]{86}==$", parentSchema: schema21.properties.entries.items.properties.signature.properties.value, data: data21 };
                      if (vErrors === null) {
                        vErrors = [err52];
                      } else {
                        vErrors.push(err52);
                      }
                      errors++;
                    }
                  } else {
                    const err53 = { instancePath: instancePath + "/entries/" + i0 + "/signature/value", schemaPath: "#/properties/entries/items/properties/signature/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.entries.items.properties.signature.properties.value.type, parentSchema: schema21.properties.entries.items.properties.signature.properties.value, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                  var valid10 = _errs46 === errors;
                }
              } else {
                const err54 = { instancePath: instancePath + "/entries/" + i0 + "/signature", schemaPath: "#/properties/entries/items/properties/signature/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.properties.entries.items.properties.signature.type, parentSchema: schema21.properties.entries.items.properties.signature, data: data18 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
              var valid5 = _errs40 === errors;
            }
          } else {
            const err55 = { instancePath: instancePath + "/entries/" + i0, schemaPath: "#/properties/entries/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.properties.entries.items.type, parentSchema: schema21.properties.entries.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
          var valid3 = _errs12 === errors;
          if (!valid3) {
            valid4 = false;
          }
        }
      } else {
        const err56 = { instancePath: instancePath + "/entries", schemaPath: "#/properties/entries/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema21.properties.entries.type, parentSchema: schema21.properties.entries, data: data4 };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
      var valid0 = _errs10 === errors;
    }
  } else {
    const err57 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.type, parentSchema: schema21, data };
    if (vErrors === null) {
      vErrors = [err57];
    } else {
      vErrors.push(err57);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
var validator5 = validate13;
var schema25 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://release-gate.dev/schemas/evidence/release-manifest.schema.json", "title": "Phase 1: the release's change set (JSON twin of release-manifest.md)", "type": "object", "additionalProperties": false, "required": ["schemaVersion", "artifact", "tag", "generatedAt", "notes", "stakeholders", "changeSet", "pullRequestDetails"], "properties": { "schemaVersion": { "$ref": "common.schema.json#/definitions/schemaVersion" }, "artifact": { "const": "release-manifest.json" }, "tag": { "$ref": "common.schema.json#/definitions/tag" }, "generatedAt": { "$ref": "common.schema.json#/definitions/time" }, "notes": { "type": "array", "items": { "type": "string" } }, "stakeholders": { "type": "array", "items": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string" }, "role": { "type": "string" } } } }, "changeSet": { "type": "object", "required": ["tag", "range", "previousTag", "firstRelease", "commits", "groups", "pullRequests", "issues", "authors", "files", "services", "risks"], "properties": { "tag": { "type": "string" }, "range": { "type": "string" }, "previousTag": { "type": ["string", "null"] }, "firstRelease": { "type": "boolean" }, "commits": { "type": "array", "items": { "type": "object", "required": ["sha", "subject", "author", "type", "breaking", "pullRequests", "issues", "files", "services"], "properties": { "sha": { "type": "string", "pattern": "^[0-9a-f]{7,64}$" }, "subject": { "type": "string" }, "author": { "type": "string" }, "type": { "type": ["string", "null"] }, "breaking": { "type": "boolean" }, "pullRequests": { "type": "array", "items": { "type": "integer" } }, "issues": { "type": "array", "items": { "type": "string" } }, "files": { "type": "array", "items": { "type": "string" } }, "services": { "type": "array", "items": { "type": "string" } } } } }, "groups": { "type": "object", "required": ["breaking", "features", "fixes", "other"], "properties": { "breaking": { "type": "array", "items": { "type": "string" } }, "features": { "type": "array", "items": { "type": "string" } }, "fixes": { "type": "array", "items": { "type": "string" } }, "other": { "type": "array", "items": { "type": "string" } } } }, "pullRequests": { "type": "array", "items": { "type": "integer" } }, "issues": { "type": "array", "items": { "type": "string" } }, "authors": { "type": "array", "items": { "type": "string" } }, "files": { "type": "array", "items": { "type": "string" } }, "services": { "type": "array", "items": { "type": "string" } }, "risks": { "type": "array", "items": { "type": "object", "required": ["kind", "detail"], "properties": { "kind": { "enum": ["breaking-change", "config-changed", "rollback-script-changed", "risky-path", "no-rollback-command", "first-release"] }, "detail": { "type": "string" } } } } } }, "pullRequestDetails": { "type": "array", "description": "GitHub mode: the change set's pull requests with titles, labels and reviewers.", "items": { "type": "object", "additionalProperties": false, "required": ["number", "title", "author", "labels", "requestedReviewers", "approvedBy", "mergedAt", "url"], "properties": { "number": { "type": "integer" }, "title": { "type": "string" }, "author": { "type": "string" }, "labels": { "type": "array", "items": { "type": "string" } }, "requestedReviewers": { "type": "array", "items": { "type": "string" } }, "approvedBy": { "type": "array", "items": { "type": "string" } }, "mergedAt": { "type": ["string", "null"] }, "url": { "type": "string" } } } } } };
var pattern8 = new RegExp("^[0-9a-f]{7,64}$", "u");
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schemaVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.artifact === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "artifact" }, message: "must have required property 'artifact'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tag === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.generatedAt === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "generatedAt" }, message: "must have required property 'generatedAt'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.notes === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "notes" }, message: "must have required property 'notes'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.stakeholders === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stakeholders" }, message: "must have required property 'stakeholders'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.changeSet === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "changeSet" }, message: "must have required property 'changeSet'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.pullRequestDetails === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pullRequestDetails" }, message: "must have required property 'pullRequestDetails'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!(key0 === "schemaVersion" || key0 === "artifact" || key0 === "tag" || key0 === "generatedAt" || key0 === "notes" || key0 === "stakeholders" || key0 === "changeSet" || key0 === "pullRequestDetails")) {
        const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25, data };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.schemaVersion !== void 0) {
      let data0 = data.schemaVersion;
      const _errs2 = errors;
      const _errs3 = errors;
      if (1 !== data0) {
        const err9 = { instancePath: instancePath + "/schemaVersion", schemaPath: "common.schema.json#/definitions/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      var valid1 = _errs3 === errors;
      var valid0 = _errs2 === errors;
    }
    if (data.artifact !== void 0) {
      let data1 = data.artifact;
      const _errs4 = errors;
      if ("release-manifest.json" !== data1) {
        const err10 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/const", keyword: "const", params: { allowedValue: "release-manifest.json" }, message: "must be equal to constant", schema: "release-manifest.json", parentSchema: schema25.properties.artifact, data: data1 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var valid0 = _errs4 === errors;
    }
    if (data.tag !== void 0) {
      let data2 = data.tag;
      const _errs5 = errors;
      const _errs6 = errors;
      const _errs7 = errors;
      if (typeof data2 === "string") {
        if (func3(data2) > 128) {
          const err11 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema14, data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (func3(data2) < 1) {
          const err12 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14, data: data2 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data2 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      var valid2 = _errs6 === errors;
      var valid0 = _errs5 === errors;
    }
    if (data.generatedAt !== void 0) {
      let data3 = data.generatedAt;
      const _errs8 = errors;
      const _errs9 = errors;
      const _errs10 = errors;
      if (typeof data3 == "number" && isFinite(data3)) {
      }
      if (typeof data3 === "string") {
        if (!formats0.validate(data3)) {
          const err14 = { instancePath: instancePath + "/generatedAt", schemaPath: "common.schema.json#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data3 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/generatedAt", schemaPath: "common.schema.json#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data3 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      var valid3 = _errs9 === errors;
      var valid0 = _errs8 === errors;
    }
    if (data.notes !== void 0) {
      let data4 = data.notes;
      const _errs11 = errors;
      const _errs12 = errors;
      if (Array.isArray(data4)) {
        let valid5 = true;
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          const _errs13 = errors;
          if (typeof data5 !== "string") {
            const err16 = { instancePath: instancePath + "/notes/" + i0, schemaPath: "#/properties/notes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.notes.items.type, parentSchema: schema25.properties.notes.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          const _errs14 = errors;
          var valid4 = _errs13 === errors;
          if (!valid4) {
            valid5 = false;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.notes.type, parentSchema: schema25.properties.notes, data: data4 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      var valid0 = _errs11 === errors;
    }
    if (data.stakeholders !== void 0) {
      let data6 = data.stakeholders;
      const _errs15 = errors;
      const _errs16 = errors;
      if (Array.isArray(data6)) {
        let valid7 = true;
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data7 = data6[i1];
          const _errs17 = errors;
          const _errs18 = errors;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7.name === void 0) {
              const err18 = { instancePath: instancePath + "/stakeholders/" + i1, schemaPath: "#/properties/stakeholders/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema25.properties.stakeholders.items.required, parentSchema: schema25.properties.stakeholders.items, data: data7 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data7.name !== void 0) {
              let data8 = data7.name;
              const _errs19 = errors;
              if (typeof data8 !== "string") {
                const err19 = { instancePath: instancePath + "/stakeholders/" + i1 + "/name", schemaPath: "#/properties/stakeholders/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.stakeholders.items.properties.name.type, parentSchema: schema25.properties.stakeholders.items.properties.name, data: data8 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
              const _errs20 = errors;
              var valid8 = _errs19 === errors;
            }
            if (data7.role !== void 0) {
              let data9 = data7.role;
              const _errs21 = errors;
              if (typeof data9 !== "string") {
                const err20 = { instancePath: instancePath + "/stakeholders/" + i1 + "/role", schemaPath: "#/properties/stakeholders/items/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.stakeholders.items.properties.role.type, parentSchema: schema25.properties.stakeholders.items.properties.role, data: data9 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
              const _errs22 = errors;
              var valid8 = _errs21 === errors;
            }
          } else {
            const err21 = { instancePath: instancePath + "/stakeholders/" + i1, schemaPath: "#/properties/stakeholders/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties.stakeholders.items.type, parentSchema: schema25.properties.stakeholders.items, data: data7 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          var valid6 = _errs17 === errors;
          if (!valid6) {
            valid7 = false;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/stakeholders", schemaPath: "#/properties/stakeholders/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.stakeholders.type, parentSchema: schema25.properties.stakeholders, data: data6 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      var valid0 = _errs15 === errors;
    }
    if (data.changeSet !== void 0) {
      let data10 = data.changeSet;
      const _errs23 = errors;
      const _errs24 = errors;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        if (data10.tag === void 0) {
          const err23 = { instancePath: instancePath + "/changeSet", schemaPath: "#/properties/changeSet/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'", schema: schema25.properties.changeSet.required, parentSchema: schema25.properties.changeSet, data: data10 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data10.range === void 0) {
          const err24 = { instancePath: instancePath + "/changeSet", schemaPath: "#/properties/changeSet/required", keyword: "required", params: { missingProperty: "range" }, message: "must have required property 'range'", schema: schema25.properties.changeSet.required, parentSchema: schema25.properties.changeSet, data: data10 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (data10.previousTag === void 0) {
          const err25 = { instancePath: instancePath + "/changeSet", schemaPath: "#/properties/changeSet/required", keyword: "required", params: { missingProperty: "previousTag" }, message: "must have required property 'previousTag'", schema: schema25.properties.changeSet.required, parentSchema: schema25.properties.changeSet, data: data10 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (data10.firstRelease === void 0) {
          const err26 = { instancePath: instancePath + "/changeSet", schemaPath: "#/properties/changeSet/required", keyword: "required", params: { missingProperty: "firstRelease" }, message: "must have required property 'firstRelease'", schema: schema25.properties.changeSet.required, parentSchema: schema25.properties.changeSet, data: data10 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (data10.commits === void 0) {
          const err27 = { instancePath: instancePath + "/changeSet", schemaPath: "#/properties/changeSet/required", keyword: "required", params: { missingProperty: "commits" }, message: "must have required property 'commits'", schema: schema25.properties.changeSet.required, parentSchema: schema25.properties.changeSet, data: data10 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (data10.groups === void 0) {
          const err28 = { instancePath: instancePath + "/changeSet", schemaPath: "#/properties/changeSet/required", keyword: "required", params: { missingProperty: "groups" }, message: "must have required property 'groups'", schema: schema25.properties.changeSet.required, parentSchema: schema25.properties.changeSet, data: data10 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        if (data10.pullRequests === void 0) {
          const err29 = { instancePath: instancePath + "/changeSet", schemaPath: "#/properties/changeSet/required", keyword: "required", params: { missingProperty: "pullRequests" }, message: "must have required property 'pullRequests'", schema: schema25.properties.changeSet.required, parentSchema: schema25.properties.changeSet, data: data10 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (data10.issues === void 0) {
          const err30 = { instancePath: instancePath + "/changeSet", schemaPath: "#/properties/changeSet/required", keyword: "required", params: { missingProperty: "issues" }, message: "must have required property 'issues'", schema: schema25.properties.changeSet.required, parentSchema: schema25.properties.changeSet, data: data10 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (data10.authors === void 0) {
          const err31 = { instancePath: instancePath + "/changeSet", schemaPath: "#/properties/changeSet/required", keyword: "required", params: { missingProperty: "authors" }, message: "must have required property 'authors'", schema: schema25.properties.changeSet.required, parentSchema: schema25.properties.changeSet, data: data10 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (data10.files === void 0) {
          const err32 = { instancePath: instancePath + "/changeSet", schemaPath: "#/properties/changeSet/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'", schema: schema25.properties.changeSet.required, parentSchema: schema25.properties.changeSet, data: data10 };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        if (data10.services === void 0) {
          const err33 = { instancePath: instancePath + "/changeSet", schemaPath: "#/properties/changeSet/required", keyword: "required", params: { missingProperty: "services" }, message: "must have required property 'services'", schema: schema25.properties.changeSet.required, parentSchema: schema25.properties.changeSet, data: data10 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        if (data10.risks === void 0) {
          const err34 = { instancePath: instancePath + "/changeSet", schemaPath: "#/properties/changeSet/required", keyword: "required", params: { missingProperty: "risks" }, message: "must have required property 'risks'", schema: schema25.properties.changeSet.required, parentSchema: schema25.properties.changeSet, data: data10 };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (data10.tag !== void 0) {
          let data11 = data10.tag;
          const _errs25 = errors;
          if (typeof data11 !== "string") {
            const err35 = { instancePath: instancePath + "/changeSet/tag", schemaPath: "#/properties/changeSet/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.changeSet.properties.tag.type, parentSchema: schema25.properties.changeSet.properties.tag, data: data11 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
          const _errs26 = errors;
          var valid9 = _errs25 === errors;
        }
        if (data10.range !== void 0) {
          let data12 = data10.range;
          const _errs27 = errors;
          if (typeof data12 !== "string") {
            const err36 = { instancePath: instancePath + "/changeSet/range", schemaPath: "#/properties/changeSet/properties/range/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.changeSet.properties.range.type, parentSchema: schema25.properties.changeSet.properties.range, data: data12 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
          const _errs28 = errors;
          var valid9 = _errs27 === errors;
        }
        if (data10.previousTag !== void 0) {
          let data13 = data10.previousTag;
          const _errs29 = errors;
          if (typeof data13 !== "string" && data13 !== null) {
            const err37 = { instancePath: instancePath + "/changeSet/previousTag", schemaPath: "#/properties/changeSet/properties/previousTag/type", keyword: "type", params: { type: schema25.properties.changeSet.properties.previousTag.type }, message: "must be string,null", schema: schema25.properties.changeSet.properties.previousTag.type, parentSchema: schema25.properties.changeSet.properties.previousTag, data: data13 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          const _errs30 = errors;
          var valid9 = _errs29 === errors;
        }
        if (data10.firstRelease !== void 0) {
          let data14 = data10.firstRelease;
          const _errs31 = errors;
          if (typeof data14 !== "boolean") {
            const err38 = { instancePath: instancePath + "/changeSet/firstRelease", schemaPath: "#/properties/changeSet/properties/firstRelease/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema25.properties.changeSet.properties.firstRelease.type, parentSchema: schema25.properties.changeSet.properties.firstRelease, data: data14 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          const _errs32 = errors;
          var valid9 = _errs31 === errors;
        }
        if (data10.commits !== void 0) {
          let data15 = data10.commits;
          const _errs33 = errors;
          const _errs34 = errors;
          if (Array.isArray(data15)) {
            let valid11 = true;
            const len2 = data15.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data16 = data15[i2];
              const _errs35 = errors;
              const _errs36 = errors;
              if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                if (data16.sha === void 0) {
                  const err39 = { instancePath: instancePath + "/changeSet/commits/" + i2, schemaPath: "#/properties/changeSet/properties/commits/items/required", keyword: "required", params: { missingProperty: "sha" }, message: "must have required property 'sha'", schema: schema25.properties.changeSet.properties.commits.items.required, parentSchema: schema25.properties.changeSet.properties.commits.items, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
                if (data16.subject === void 0) {
                  const err40 = { instancePath: instancePath + "/changeSet/commits/" + i2, schemaPath: "#/properties/changeSet/properties/commits/items/required", keyword: "required", params: { missingProperty: "subject" }, message: "must have required property 'subject'", schema: schema25.properties.changeSet.properties.commits.items.required, parentSchema: schema25.properties.changeSet.properties.commits.items, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
                if (data16.author === void 0) {
                  const err41 = { instancePath: instancePath + "/changeSet/commits/" + i2, schemaPath: "#/properties/changeSet/properties/commits/items/required", keyword: "required", params: { missingProperty: "author" }, message: "must have required property 'author'", schema: schema25.properties.changeSet.properties.commits.items.required, parentSchema: schema25.properties.changeSet.properties.commits.items, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
                if (data16.type === void 0) {
                  const err42 = { instancePath: instancePath + "/changeSet/commits/" + i2, schemaPath: "#/properties/changeSet/properties/commits/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema25.properties.changeSet.properties.commits.items.required, parentSchema: schema25.properties.changeSet.properties.commits.items, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
                if (data16.breaking === void 0) {
                  const err43 = { instancePath: instancePath + "/changeSet/commits/" + i2, schemaPath: "#/properties/changeSet/properties/commits/items/required", keyword: "required", params: { missingProperty: "breaking" }, message: "must have required property 'breaking'", schema: schema25.properties.changeSet.properties.commits.items.required, parentSchema: schema25.properties.changeSet.properties.commits.items, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
                if (data16.pullRequests === void 0) {
                  const err44 = { instancePath: instancePath + "/changeSet/commits/" + i2, schemaPath: "#/properties/changeSet/properties/commits/items/required", keyword: "required", params: { missingProperty: "pullRequests" }, message: "must have required property 'pullRequests'", schema: schema25.properties.changeSet.properties.commits.items.required, parentSchema: schema25.properties.changeSet.properties.commits.items, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
                if (data16.issues === void 0) {
                  const err45 = { instancePath: instancePath + "/changeSet/commits/" + i2, schemaPath: "#/properties/changeSet/properties/commits/items/required", keyword: "required", params: { missingProperty: "issues" }, message: "must have required property 'issues'", schema: schema25.properties.changeSet.properties.commits.items.required, parentSchema: schema25.properties.changeSet.properties.commits.items, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
                if (data16.files === void 0) {
                  const err46 = { instancePath: instancePath + "/changeSet/commits/" + i2, schemaPath: "#/properties/changeSet/properties/commits/items/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'", schema: schema25.properties.changeSet.properties.commits.items.required, parentSchema: schema25.properties.changeSet.properties.commits.items, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
                if (data16.services === void 0) {
                  const err47 = { instancePath: instancePath + "/changeSet/commits/" + i2, schemaPath: "#/properties/changeSet/properties/commits/items/required", keyword: "required", params: { missingProperty: "services" }, message: "must have required property 'services'", schema: schema25.properties.changeSet.properties.commits.items.required, parentSchema: schema25.properties.changeSet.properties.commits.items, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
                if (data16.sha !== void 0) {
                  let data17 = data16.sha;
                  const _errs37 = errors;
                  const _errs38 = errors;
                  if (typeof data17 === "string") {
                    if (!pattern8.test(data17)) {
                      const err48 = { instancePath: instancePath + "/changeSet/commits/" + i2 + "/sha", schemaPath: "#/properties/changeSet/properties/commits/items/properties/sha/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{7,64}$" }, message: 'must match pattern "^[0-9a-f]{7,64}$"', schema: "^[0-9a-f]{7,64}$", parentSchema: schema25.properties.changeSet.properties.commits.items.properties.sha, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                  } else {
                    const err49 = { instancePath: instancePath + "/changeSet/commits/" + i2 + "/sha", schemaPath: "#/properties/changeSet/properties/commits/items/properties/sha/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.changeSet.properties.commits.items.properties.sha.type, parentSchema: schema25.properties.changeSet.properties.commits.items.properties.sha, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                  var valid12 = _errs37 === errors;
                }
                if (data16.subject !== void 0) {
                  let data18 = data16.subject;
                  const _errs39 = errors;
                  if (typeof data18 !== "string") {
                    const err50 = { instancePath: instancePath + "/changeSet/commits/" + i2 + "/subject", schemaPath: "#/properties/changeSet/properties/commits/items/properties/subject/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.changeSet.properties.commits.items.properties.subject.type, parentSchema: schema25.properties.changeSet.properties.commits.items.properties.subject, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err50];
                    } else {
                      vErrors.push(err50);
                    }
                    errors++;
                  }
                  const _errs40 = errors;
                  var valid12 = _errs39 === errors;
                }
                if (data16.author !== void 0) {
                  let data19 = data16.author;
                  const _errs41 = errors;
                  if (typeof data19 !== "string") {
                    const err51 = { instancePath: instancePath + "/changeSet/commits/" + i2 + "/author", schemaPath: "#/properties/changeSet/properties/commits/items/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.changeSet.properties.commits.items.properties.author.type, parentSchema: schema25.properties.changeSet.properties.commits.items.properties.author, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                  const _errs42 = errors;
                  var valid12 = _errs41 === errors;
                }
                if (data16.type !== void 0) {
                  let data20 = data16.type;
                  const _errs43 = errors;
                  if (typeof data20 !== "string" && data20 !== null) {
                    const err52 = { instancePath: instancePath + "/changeSet/commits/" + i2 + "/type", schemaPath: "#/properties/changeSet/properties/commits/items/properties/type/type", keyword: "type", params: { type: schema25.properties.changeSet.properties.commits.items.properties.type.type }, message: "must be string,null", schema: schema25.properties.changeSet.properties.commits.items.properties.type.type, parentSchema: schema25.properties.changeSet.properties.commits.items.properties.type, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err52];
                    } else {
                      vErrors.push(err52);
                    }
                    errors++;
                  }
                  const _errs44 = errors;
                  var valid12 = _errs43 === errors;
                }
                if (data16.breaking !== void 0) {
                  let data21 = data16.breaking;
                  const _errs45 = errors;
                  if (typeof data21 !== "boolean") {
                    const err53 = { instancePath: instancePath + "/changeSet/commits/" + i2 + "/breaking", schemaPath: "#/properties/changeSet/properties/commits/items/properties/breaking/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema25.properties.changeSet.properties.commits.items.properties.breaking.type, parentSchema: schema25.properties.changeSet.properties.commits.items.properties.breaking, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                  const _errs46 = errors;
                  var valid12 = _errs45 === errors;
                }
                if (data16.pullRequests !== void 0) {
                  let data22 = data16.pullRequests;
                  const _errs47 = errors;
                  const _errs48 = errors;
                  if (Array.isArray(data22)) {
                    let valid14 = true;
                    const len3 = data22.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      let data23 = data22[i3];
                      const _errs49 = errors;
                      if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
                        const err54 = { instancePath: instancePath + "/changeSet/commits/" + i2 + "/pullRequests/" + i3, schemaPath: "#/properties/changeSet/properties/commits/items/properties/pullRequests/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema25.properties.changeSet.properties.commits.items.properties.pullRequests.items.type, parentSchema: schema25.properties.changeSet.properties.commits.items.properties.pullRequests.items, data: data23 };
                        if (vErrors === null) {
                          vErrors = [err54];
                        } else {
                          vErrors.push(err54);
                        }
                        errors++;
                      }
                      const _errs50 = errors;
                      var valid13 = _errs49 === errors;
                      if (!valid13) {
                        valid14 = false;
                      }
                    }
                  } else {
                    const err55 = { instancePath: instancePath + "/changeSet/commits/" + i2 + "/pullRequests", schemaPath: "#/properties/changeSet/properties/commits/items/properties/pullRequests/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.changeSet.properties.commits.items.properties.pullRequests.type, parentSchema: schema25.properties.changeSet.properties.commits.items.properties.pullRequests, data: data22 };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  }
                  var valid12 = _errs47 === errors;
                }
                if (data16.issues !== void 0) {
                  let data24 = data16.issues;
                  const _errs51 = errors;
                  const _errs52 = errors;
                  if (Array.isArray(data24)) {
                    let valid16 = true;
                    const len4 = data24.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                      let data25 = data24[i4];
                      const _errs53 = errors;
                      if (typeof data25 !== "string") {
                        const err56 = { instancePath: instancePath + "/changeSet/commits/" + i2 + "/issues/" + i4, schemaPath: "#/properties/changeSet/properties/commits/items/properties/issues/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.changeSet.properties.commits.items.properties.issues.items.type, parentSchema: schema25.properties.changeSet.properties.commits.items.properties.issues.items, data: data25 };
                        if (vErrors === null) {
                          vErrors = [err56];
                        } else {
                          vErrors.push(err56);
                        }
                        errors++;
                      }
                      const _errs54 = errors;
                      var valid15 = _errs53 === errors;
                      if (!valid15) {
                        valid16 = false;
                      }
                    }
                  } else {
                    const err57 = { instancePath: instancePath + "/changeSet/commits/" + i2 + "/issues", schemaPath: "#/properties/changeSet/properties/commits/items/properties/issues/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.changeSet.properties.commits.items.properties.issues.type, parentSchema: schema25.properties.changeSet.properties.commits.items.properties.issues, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                  var valid12 = _errs51 === errors;
                }
                if (data16.files !== void 0) {
                  let data26 = data16.files;
                  const _errs55 = errors;
                  const _errs56 = errors;
                  if (Array.isArray(data26)) {
                    let valid18 = true;
                    const len5 = data26.length;
                    for (let i5 = 0; i5 < len5; i5++) {
                      let data27 = data26[i5];
                      const _errs57 = errors;
                      if (typeof data27 !== "string") {
                        const err58 = { instancePath: instancePath + "/changeSet/commits/" + i2 + "/files/" + i5, schemaPath: "#/properties/changeSet/properties/commits/items/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.changeSet.properties.commits.items.properties.files.items.type, parentSchema: schema25.properties.changeSet.properties.commits.items.properties.files.items, data: data27 };
                        if (vErrors === null) {
                          vErrors = [err58];
                        } else {
                          vErrors.push(err58);
                        }
                        errors++;
                      }
                      const _errs58 = errors;
                      var valid17 = _errs57 === errors;
                      if (!valid17) {
                        valid18 = false;
                      }
                    }
                  } else {
                    const err59 = { instancePath: instancePath + "/changeSet/commits/" + i2 + "/files", schemaPath: "#/properties/changeSet/properties/commits/items/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.changeSet.properties.commits.items.properties.files.type, parentSchema: schema25.properties.changeSet.properties.commits.items.properties.files, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                  var valid12 = _errs55 === errors;
                }
                if (data16.services !== void 0) {
                  let data28 = data16.services;
                  const _errs59 = errors;
                  const _errs60 = errors;
                  if (Array.isArray(data28)) {
                    let valid20 = true;
                    const len6 = data28.length;
                    for (let i6 = 0; i6 < len6; i6++) {
                      let data29 = data28[i6];
                      const _errs61 = errors;
                      if (typeof data29 !== "string") {
                        const err60 = { instancePath: instancePath + "/changeSet/commits/" + i2 + "/services/" + i6, schemaPath: "#/properties/changeSet/properties/commits/items/properties/services/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.changeSet.properties.commits.items.properties.services.items.type, parentSchema: schema25.properties.changeSet.properties.commits.items.properties.services.items, data: data29 };
                        if (vErrors === null) {
                          vErrors = [err60];
                        } else {
                          vErrors.push(err60);
                        }
                        errors++;
                      }
                      const _errs62 = errors;
                      var valid19 = _errs61 === errors;
                      if (!valid19) {
                        valid20 = false;
                      }
                    }
                  } else {
                    const err61 = { instancePath: instancePath + "/changeSet/commits/" + i2 + "/services", schemaPath: "#/properties/changeSet/properties/commits/items/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.changeSet.properties.commits.items.properties.services.type, parentSchema: schema25.properties.changeSet.properties.commits.items.properties.services, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err61];
                    } else {
                      vErrors.push(err61);
                    }
                    errors++;
                  }
                  var valid12 = _errs59 === errors;
                }
              } else {
                const err62 = { instancePath: instancePath + "/changeSet/commits/" + i2, schemaPath: "#/properties/changeSet/properties/commits/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties.changeSet.properties.commits.items.type, parentSchema: schema25.properties.changeSet.properties.commits.items, data: data16 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
              var valid10 = _errs35 === errors;
              if (!valid10) {
                valid11 = false;
              }
            }
          } else {
            const err63 = { instancePath: instancePath + "/changeSet/commits", schemaPath: "#/properties/changeSet/properties/commits/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.changeSet.properties.commits.type, parentSchema: schema25.properties.changeSet.properties.commits, data: data15 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
          var valid9 = _errs33 === errors;
        }
        if (data10.groups !== void 0) {
          let data30 = data10.groups;
          const _errs63 = errors;
          const _errs64 = errors;
          if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
            if (data30.breaking === void 0) {
              const err64 = { instancePath: instancePath + "/changeSet/groups", schemaPath: "#/properties/changeSet/properties/groups/required", keyword: "required", params: { missingProperty: "breaking" }, message: "must have required property 'breaking'", schema: schema25.properties.changeSet.properties.groups.required, parentSchema: schema25.properties.changeSet.properties.groups, data: data30 };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
            if (data30.features === void 0) {
              const err65 = { instancePath: instancePath + "/changeSet/groups", schemaPath: "#/properties/changeSet/properties/groups/required", keyword: "required", params: { missingProperty: "features" }, message: "must have required property 'features'", schema: schema25.properties.changeSet.properties.groups.required, parentSchema: schema25.properties.changeSet.properties.groups, data: data30 };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
            if (data30.fixes === void 0) {
              const err66 = { instancePath: instancePath + "/changeSet/groups", schemaPath: "#/properties/changeSet/properties/groups/required", keyword: "required", params: { missingProperty: "fixes" }, message: "must have required property 'fixes'", schema: schema25.properties.changeSet.properties.groups.required, parentSchema: schema25.properties.changeSet.properties.groups, data: data30 };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
            if (data30.other === void 0) {
              const err67 = { instancePath: instancePath + "/changeSet/groups", schemaPath: "#/properties/changeSet/properties/groups/required", keyword: "required", params: { missingProperty: "other" }, message: "must have required property 'other'", schema: schema25.properties.changeSet.properties.groups.required, parentSchema: schema25.properties.changeSet.properties.groups, data: data30 };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
            if (data30.breaking !== void 0) {
              let data31 = data30.breaking;
              const _errs65 = errors;
              const _errs66 = errors;
              if (Array.isArray(data31)) {
                let valid23 = true;
                const len7 = data31.length;
                for (let i7 = 0; i7 < len7; i7++) {
                  let data32 = data31[i7];
                  const _errs67 = errors;
                  if (typeof data32 !== "string") {
                    const err68 = { instancePath: instancePath + "/changeSet/groups/breaking/" + i7, schemaPath: "#/properties/changeSet/properties/groups/properties/breaking/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.changeSet.properties.groups.properties.breaking.items.type, parentSchema: schema25.properties.changeSet.properties.groups.properties.breaking.items, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                  const _errs68 = errors;
                  var valid22 = _errs67 === errors;
                  if (!valid22) {
                    valid23 = false;
                  }
                }
              } else {
                const err69 = { instancePath: instancePath + "/changeSet/groups/breaking", schemaPath: "#/properties/changeSet/properties/groups/properties/breaking/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.changeSet.properties.groups.properties.breaking.type, parentSchema: schema25.properties.changeSet.properties.groups.properties.breaking, data: data31 };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
              var valid21 = _errs65 === errors;
            }
            if (data30.features !== void 0) {
              let data33 = data30.features;
              const _errs69 = errors;
              const _errs70 = errors;
              if (Array.isArray(data33)) {
                let valid25 = true;
                const len8 = data33.length;
                for (let i8 = 0; i8 < len8; i8++) {
                  let data34 = data33[i8];
                  const _errs71 = errors;
                  if (typeof data34 !== "string") {
                    const err70 = { instancePath: instancePath + "/changeSet/groups/features/" + i8, schemaPath: "#/properties/changeSet/properties/groups/properties/features/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.changeSet.properties.groups.properties.features.items.type, parentSchema: schema25.properties.changeSet.properties.groups.properties.features.items, data: data34 };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                  const _errs72 = errors;
                  var valid24 = _errs71 === errors;
                  if (!valid24) {
                    valid25 = false;
                  }
                }
              } else {
                const err71 = { instancePath: instancePath + "/changeSet/groups/features", schemaPath: "#/properties/changeSet/properties/groups/properties/features/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.changeSet.properties.groups.properties.features.type, parentSchema: schema25.properties.changeSet.properties.groups.properties.features, data: data33 };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
              var valid21 = _errs69 === errors;
            }
            if (data30.fixes !== void 0) {
              let data35 = data30.fixes;
              const _errs73 = errors;
              const _errs74 = errors;
              if (Array.isArray(data35)) {
                let valid27 = true;
                const len9 = data35.length;
                for (let i9 = 0; i9 < len9; i9++) {
                  let data36 = data35[i9];
                  const _errs75 = errors;
                  if (typeof data36 !== "string") {
                    const err72 = { instancePath: instancePath + "/changeSet/groups/fixes/" + i9, schemaPath: "#/properties/changeSet/properties/groups/properties/fixes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.changeSet.properties.groups.properties.fixes.items.type, parentSchema: schema25.properties.changeSet.properties.groups.properties.fixes.items, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err72];
                    } else {
                      vErrors.push(err72);
                    }
                    errors++;
                  }
                  const _errs76 = errors;
                  var valid26 = _errs75 === errors;
                  if (!valid26) {
                    valid27 = false;
                  }
                }
              } else {
                const err73 = { instancePath: instancePath + "/changeSet/groups/fixes", schemaPath: "#/properties/changeSet/properties/groups/properties/fixes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.changeSet.properties.groups.properties.fixes.type, parentSchema: schema25.properties.changeSet.properties.groups.properties.fixes, data: data35 };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
              var valid21 = _errs73 === errors;
            }
            if (data30.other !== void 0) {
              let data37 = data30.other;
              const _errs77 = errors;
              const _errs78 = errors;
              if (Array.isArray(data37)) {
                let valid29 = true;
                const len10 = data37.length;
                for (let i10 = 0; i10 < len10; i10++) {
                  let data38 = data37[i10];
                  const _errs79 = errors;
                  if (typeof data38 !== "string") {
                    const err74 = { instancePath: instancePath + "/changeSet/groups/other/" + i10, schemaPath: "#/properties/changeSet/properties/groups/properties/other/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.changeSet.properties.groups.properties.other.items.type, parentSchema: schema25.properties.changeSet.properties.groups.properties.other.items, data: data38 };
                    if (vErrors === null) {
                      vErrors = [err74];
                    } else {
                      vErrors.push(err74);
                    }
                    errors++;
                  }
                  const _errs80 = errors;
                  var valid28 = _errs79 === errors;
                  if (!valid28) {
                    valid29 = false;
                  }
                }
              } else {
                const err75 = { instancePath: instancePath + "/changeSet/groups/other", schemaPath: "#/properties/changeSet/properties/groups/properties/other/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.changeSet.properties.groups.properties.other.type, parentSchema: schema25.properties.changeSet.properties.groups.properties.other, data: data37 };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
              var valid21 = _errs77 === errors;
            }
          } else {
            const err76 = { instancePath: instancePath + "/changeSet/groups", schemaPath: "#/properties/changeSet/properties/groups/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties.changeSet.properties.groups.type, parentSchema: schema25.properties.changeSet.properties.groups, data: data30 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
          var valid9 = _errs63 === errors;
        }
        if (data10.pullRequests !== void 0) {
          let data39 = data10.pullRequests;
          const _errs81 = errors;
          const _errs82 = errors;
          if (Array.isArray(data39)) {
            let valid31 = true;
            const len11 = data39.length;
            for (let i11 = 0; i11 < len11; i11++) {
              let data40 = data39[i11];
              const _errs83 = errors;
              if (!(typeof data40 == "number" && (!(data40 % 1) && !isNaN(data40)) && isFinite(data40))) {
                const err77 = { instancePath: instancePath + "/changeSet/pullRequests/" + i11, schemaPath: "#/properties/changeSet/properties/pullRequests/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema25.properties.changeSet.properties.pullRequests.items.type, parentSchema: schema25.properties.changeSet.properties.pullRequests.items, data: data40 };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
              const _errs84 = errors;
              var valid30 = _errs83 === errors;
              if (!valid30) {
                valid31 = false;
              }
            }
          } else {
            const err78 = { instancePath: instancePath + "/changeSet/pullRequests", schemaPath: "#/properties/changeSet/properties/pullRequests/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.changeSet.properties.pullRequests.type, parentSchema: schema25.properties.changeSet.properties.pullRequests, data: data39 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
          var valid9 = _errs81 === errors;
        }
        if (data10.issues !== void 0) {
          let data41 = data10.issues;
          const _errs85 = errors;
          const _errs86 = errors;
          if (Array.isArray(data41)) {
            let valid33 = true;
            const len12 = data41.length;
            for (let i12 = 0; i12 < len12; i12++) {
              let data42 = data41[i12];
              const _errs87 = errors;
              if (typeof data42 !== "string") {
                const err79 = { instancePath: instancePath + "/changeSet/issues/" + i12, schemaPath: "#/properties/changeSet/properties/issues/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.changeSet.properties.issues.items.type, parentSchema: schema25.properties.changeSet.properties.issues.items, data: data42 };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
              const _errs88 = errors;
              var valid32 = _errs87 === errors;
              if (!valid32) {
                valid33 = false;
              }
            }
          } else {
            const err80 = { instancePath: instancePath + "/changeSet/issues", schemaPath: "#/properties/changeSet/properties/issues/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.changeSet.properties.issues.type, parentSchema: schema25.properties.changeSet.properties.issues, data: data41 };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
          var valid9 = _errs85 === errors;
        }
        if (data10.authors !== void 0) {
          let data43 = data10.authors;
          const _errs89 = errors;
          const _errs90 = errors;
          if (Array.isArray(data43)) {
            let valid35 = true;
            const len13 = data43.length;
            for (let i13 = 0; i13 < len13; i13++) {
              let data44 = data43[i13];
              const _errs91 = errors;
              if (typeof data44 !== "string") {
                const err81 = { instancePath: instancePath + "/changeSet/authors/" + i13, schemaPath: "#/properties/changeSet/properties/authors/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.changeSet.properties.authors.items.type, parentSchema: schema25.properties.changeSet.properties.authors.items, data: data44 };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
              const _errs92 = errors;
              var valid34 = _errs91 === errors;
              if (!valid34) {
                valid35 = false;
              }
            }
          } else {
            const err82 = { instancePath: instancePath + "/changeSet/authors", schemaPath: "#/properties/changeSet/properties/authors/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.changeSet.properties.authors.type, parentSchema: schema25.properties.changeSet.properties.authors, data: data43 };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
          var valid9 = _errs89 === errors;
        }
        if (data10.files !== void 0) {
          let data45 = data10.files;
          const _errs93 = errors;
          const _errs94 = errors;
          if (Array.isArray(data45)) {
            let valid37 = true;
            const len14 = data45.length;
            for (let i14 = 0; i14 < len14; i14++) {
              let data46 = data45[i14];
              const _errs95 = errors;
              if (typeof data46 !== "string") {
                const err83 = { instancePath: instancePath + "/changeSet/files/" + i14, schemaPath: "#/properties/changeSet/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.changeSet.properties.files.items.type, parentSchema: schema25.properties.changeSet.properties.files.items, data: data46 };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
              const _errs96 = errors;
              var valid36 = _errs95 === errors;
              if (!valid36) {
                valid37 = false;
              }
            }
          } else {
            const err84 = { instancePath: instancePath + "/changeSet/files", schemaPath: "#/properties/changeSet/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.changeSet.properties.files.type, parentSchema: schema25.properties.changeSet.properties.files, data: data45 };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
          var valid9 = _errs93 === errors;
        }
        if (data10.services !== void 0) {
          let data47 = data10.services;
          const _errs97 = errors;
          const _errs98 = errors;
          if (Array.isArray(data47)) {
            let valid39 = true;
            const len15 = data47.length;
            for (let i15 = 0; i15 < len15; i15++) {
              let data48 = data47[i15];
              const _errs99 = errors;
              if (typeof data48 !== "string") {
                const err85 = { instancePath: instancePath + "/changeSet/services/" + i15, schemaPath: "#/properties/changeSet/properties/services/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.changeSet.properties.services.items.type, parentSchema: schema25.properties.changeSet.properties.services.items, data: data48 };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
              const _errs100 = errors;
              var valid38 = _errs99 === errors;
              if (!valid38) {
                valid39 = false;
              }
            }
          } else {
            const err86 = { instancePath: instancePath + "/changeSet/services", schemaPath: "#/properties/changeSet/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.changeSet.properties.services.type, parentSchema: schema25.properties.changeSet.properties.services, data: data47 };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
          var valid9 = _errs97 === errors;
        }
        if (data10.risks !== void 0) {
          let data49 = data10.risks;
          const _errs101 = errors;
          const _errs102 = errors;
          if (Array.isArray(data49)) {
            let valid41 = true;
            const len16 = data49.length;
            for (let i16 = 0; i16 < len16; i16++) {
              let data50 = data49[i16];
              const _errs103 = errors;
              const _errs104 = errors;
              if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
                if (data50.kind === void 0) {
                  const err87 = { instancePath: instancePath + "/changeSet/risks/" + i16, schemaPath: "#/properties/changeSet/properties/risks/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema25.properties.changeSet.properties.risks.items.required, parentSchema: schema25.properties.changeSet.properties.risks.items, data: data50 };
                  if (vErrors === null) {
                    vErrors = [err87];
                  } else {
                    vErrors.push(err87);
                  }
                  errors++;
                }
                if (data50.detail === void 0) {
                  const err88 = { instancePath: instancePath + "/changeSet/risks/" + i16, schemaPath: "#/properties/changeSet/properties/risks/items/required", keyword: "required", params: { missingProperty: "detail" }, message: "must have required property 'detail'", schema: schema25.properties.changeSet.properties.risks.items.required, parentSchema: schema25.properties.changeSet.properties.risks.items, data: data50 };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                }
                if (data50.kind !== void 0) {
                  let data51 = data50.kind;
                  const _errs105 = errors;
                  const vSchema0 = schema25.properties.changeSet.properties.risks.items.properties.kind.enum;
                  if (!(data51 === "breaking-change" || data51 === "config-changed" || data51 === "rollback-script-changed" || data51 === "risky-path" || data51 === "no-rollback-command" || data51 === "first-release")) {
                    const err89 = { instancePath: instancePath + "/changeSet/risks/" + i16 + "/kind", schemaPath: "#/properties/changeSet/properties/risks/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema25.properties.changeSet.properties.risks.items.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema25.properties.changeSet.properties.risks.items.properties.kind.enum, parentSchema: schema25.properties.changeSet.properties.risks.items.properties.kind, data: data51 };
                    if (vErrors === null) {
                      vErrors = [err89];
                    } else {
                      vErrors.push(err89);
                    }
                    errors++;
                  }
                  var valid42 = _errs105 === errors;
                }
                if (data50.detail !== void 0) {
                  let data52 = data50.detail;
                  const _errs106 = errors;
                  if (typeof data52 !== "string") {
                    const err90 = { instancePath: instancePath + "/changeSet/risks/" + i16 + "/detail", schemaPath: "#/properties/changeSet/properties/risks/items/properties/detail/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.changeSet.properties.risks.items.properties.detail.type, parentSchema: schema25.properties.changeSet.properties.risks.items.properties.detail, data: data52 };
                    if (vErrors === null) {
                      vErrors = [err90];
                    } else {
                      vErrors.push(err90);
                    }
                    errors++;
                  }
                  const _errs107 = errors;
                  var valid42 = _errs106 === errors;
                }
              } else {
                const err91 = { instancePath: instancePath + "/changeSet/risks/" + i16, schemaPath: "#/properties/changeSet/properties/risks/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties.changeSet.properties.risks.items.type, parentSchema: schema25.properties.changeSet.properties.risks.items, data: data50 };
                if (vErrors === null) {
                  vErrors = [err91];
                } else {
                  vErrors.push(err91);
                }
                errors++;
              }
              var valid40 = _errs103 === errors;
              if (!valid40) {
                valid41 = false;
              }
            }
          } else {
            const err92 = { instancePath: instancePath + "/changeSet/risks", schemaPath: "#/properties/changeSet/properties/risks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.changeSet.properties.risks.type, parentSchema: schema25.properties.changeSet.properties.risks, data: data49 };
            if (vErrors === null) {
              vErrors = [err92];
            } else {
              vErrors.push(err92);
            }
            errors++;
          }
          var valid9 = _errs101 === errors;
        }
      } else {
        const err93 = { instancePath: instancePath + "/changeSet", schemaPath: "#/properties/changeSet/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties.changeSet.type, parentSchema: schema25.properties.changeSet, data: data10 };
        if (vErrors === null) {
          vErrors = [err93];
        } else {
          vErrors.push(err93);
        }
        errors++;
      }
      var valid0 = _errs23 === errors;
    }
    if (data.pullRequestDetails !== void 0) {
      let data53 = data.pullRequestDetails;
      const _errs108 = errors;
      const _errs109 = errors;
      if (Array.isArray(data53)) {
        let valid44 = true;
        const len17 = data53.length;
        for (let i17 = 0; i17 < len17; i17++) {
          let data54 = data53[i17];
          const _errs110 = errors;
          const _errs111 = errors;
          if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
            if (data54.number === void 0) {
              const err94 = { instancePath: instancePath + "/pullRequestDetails/" + i17, schemaPath: "#/properties/pullRequestDetails/items/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property 'number'", schema: schema25.properties.pullRequestDetails.items.required, parentSchema: schema25.properties.pullRequestDetails.items, data: data54 };
              if (vErrors === null) {
                vErrors = [err94];
              } else {
                vErrors.push(err94);
              }
              errors++;
            }
            if (data54.title === void 0) {
              const err95 = { instancePath: instancePath + "/pullRequestDetails/" + i17, schemaPath: "#/properties/pullRequestDetails/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema25.properties.pullRequestDetails.items.required, parentSchema: schema25.properties.pullRequestDetails.items, data: data54 };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
            if (data54.author === void 0) {
              const err96 = { instancePath: instancePath + "/pullRequestDetails/" + i17, schemaPath: "#/properties/pullRequestDetails/items/required", keyword: "required", params: { missingProperty: "author" }, message: "must have required property 'author'", schema: schema25.properties.pullRequestDetails.items.required, parentSchema: schema25.properties.pullRequestDetails.items, data: data54 };
              if (vErrors === null) {
                vErrors = [err96];
              } else {
                vErrors.push(err96);
              }
              errors++;
            }
            if (data54.labels === void 0) {
              const err97 = { instancePath: instancePath + "/pullRequestDetails/" + i17, schemaPath: "#/properties/pullRequestDetails/items/required", keyword: "required", params: { missingProperty: "labels" }, message: "must have required property 'labels'", schema: schema25.properties.pullRequestDetails.items.required, parentSchema: schema25.properties.pullRequestDetails.items, data: data54 };
              if (vErrors === null) {
                vErrors = [err97];
              } else {
                vErrors.push(err97);
              }
              errors++;
            }
            if (data54.requestedReviewers === void 0) {
              const err98 = { instancePath: instancePath + "/pullRequestDetails/" + i17, schemaPath: "#/properties/pullRequestDetails/items/required", keyword: "required", params: { missingProperty: "requestedReviewers" }, message: "must have required property 'requestedReviewers'", schema: schema25.properties.pullRequestDetails.items.required, parentSchema: schema25.properties.pullRequestDetails.items, data: data54 };
              if (vErrors === null) {
                vErrors = [err98];
              } else {
                vErrors.push(err98);
              }
              errors++;
            }
            if (data54.approvedBy === void 0) {
              const err99 = { instancePath: instancePath + "/pullRequestDetails/" + i17, schemaPath: "#/properties/pullRequestDetails/items/required", keyword: "required", params: { missingProperty: "approvedBy" }, message: "must have required property 'approvedBy'", schema: schema25.properties.pullRequestDetails.items.required, parentSchema: schema25.properties.pullRequestDetails.items, data: data54 };
              if (vErrors === null) {
                vErrors = [err99];
              } else {
                vErrors.push(err99);
              }
              errors++;
            }
            if (data54.mergedAt === void 0) {
              const err100 = { instancePath: instancePath + "/pullRequestDetails/" + i17, schemaPath: "#/properties/pullRequestDetails/items/required", keyword: "required", params: { missingProperty: "mergedAt" }, message: "must have required property 'mergedAt'", schema: schema25.properties.pullRequestDetails.items.required, parentSchema: schema25.properties.pullRequestDetails.items, data: data54 };
              if (vErrors === null) {
                vErrors = [err100];
              } else {
                vErrors.push(err100);
              }
              errors++;
            }
            if (data54.url === void 0) {
              const err101 = { instancePath: instancePath + "/pullRequestDetails/" + i17, schemaPath: "#/properties/pullRequestDetails/items/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema25.properties.pullRequestDetails.items.required, parentSchema: schema25.properties.pullRequestDetails.items, data: data54 };
              if (vErrors === null) {
                vErrors = [err101];
              } else {
                vErrors.push(err101);
              }
              errors++;
            }
            const _errs112 = errors;
            for (const key1 in data54) {
              if (!(key1 === "number" || key1 === "title" || key1 === "author" || key1 === "labels" || key1 === "requestedReviewers" || key1 === "approvedBy" || key1 === "mergedAt" || key1 === "url")) {
                const err102 = { instancePath: instancePath + "/pullRequestDetails/" + i17, schemaPath: "#/properties/pullRequestDetails/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25.properties.pullRequestDetails.items, data: data54 };
                if (vErrors === null) {
                  vErrors = [err102];
                } else {
                  vErrors.push(err102);
                }
                errors++;
              }
            }
            if (data54.number !== void 0) {
              let data55 = data54.number;
              const _errs113 = errors;
              if (!(typeof data55 == "number" && (!(data55 % 1) && !isNaN(data55)) && isFinite(data55))) {
                const err103 = { instancePath: instancePath + "/pullRequestDetails/" + i17 + "/number", schemaPath: "#/properties/pullRequestDetails/items/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema25.properties.pullRequestDetails.items.properties.number.type, parentSchema: schema25.properties.pullRequestDetails.items.properties.number, data: data55 };
                if (vErrors === null) {
                  vErrors = [err103];
                } else {
                  vErrors.push(err103);
                }
                errors++;
              }
              const _errs114 = errors;
              var valid45 = _errs113 === errors;
            }
            if (data54.title !== void 0) {
              let data56 = data54.title;
              const _errs115 = errors;
              if (typeof data56 !== "string") {
                const err104 = { instancePath: instancePath + "/pullRequestDetails/" + i17 + "/title", schemaPath: "#/properties/pullRequestDetails/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.pullRequestDetails.items.properties.title.type, parentSchema: schema25.properties.pullRequestDetails.items.properties.title, data: data56 };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
              const _errs116 = errors;
              var valid45 = _errs115 === errors;
            }
            if (data54.author !== void 0) {
              let data57 = data54.author;
              const _errs117 = errors;
              if (typeof data57 !== "string") {
                const err105 = { instancePath: instancePath + "/pullRequestDetails/" + i17 + "/author", schemaPath: "#/properties/pullRequestDetails/items/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.pullRequestDetails.items.properties.author.type, parentSchema: schema25.properties.pullRequestDetails.items.properties.author, data: data57 };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
              const _errs118 = errors;
              var valid45 = _errs117 === errors;
            }
            if (data54.labels !== void 0) {
              let data58 = data54.labels;
              const _errs119 = errors;
              const _errs120 = errors;
              if (Array.isArray(data58)) {
                let valid47 = true;
                const len18 = data58.length;
                for (let i18 = 0; i18 < len18; i18++) {
                  let data59 = data58[i18];
                  const _errs121 = errors;
                  if (typeof data59 !== "string") {
                    const err106 = { instancePath: instancePath + "/pullRequestDetails/" + i17 + "/labels/" + i18, schemaPath: "#/properties/pullRequestDetails/items/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.pullRequestDetails.items.properties.labels.items.type, parentSchema: schema25.properties.pullRequestDetails.items.properties.labels.items, data: data59 };
                    if (vErrors === null) {
                      vErrors = [err106];
                    } else {
                      vErrors.push(err106);
                    }
                    errors++;
                  }
                  const _errs122 = errors;
                  var valid46 = _errs121 === errors;
                  if (!valid46) {
                    valid47 = false;
                  }
                }
              } else {
                const err107 = { instancePath: instancePath + "/pullRequestDetails/" + i17 + "/labels", schemaPath: "#/properties/pullRequestDetails/items/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.pullRequestDetails.items.properties.labels.type, parentSchema: schema25.properties.pullRequestDetails.items.properties.labels, data: data58 };
                if (vErrors === null) {
                  vErrors = [err107];
                } else {
                  vErrors.push(err107);
                }
                errors++;
              }
              var valid45 = _errs119 === errors;
            }
            if (data54.requestedReviewers !== void 0) {
              let data60 = data54.requestedReviewers;
              const _errs123 = errors;
              const _errs124 = errors;
              if (Array.isArray(data60)) {
                let valid49 = true;
                const len19 = data60.length;
                for (let i19 = 0; i19 < len19; i19++) {
                  let data61 = data60[i19];
                  const _errs125 = errors;
                  if (typeof data61 !== "string") {
                    const err108 = { instancePath: instancePath + "/pullRequestDetails/" + i17 + "/requestedReviewers/" + i19, schemaPath: "#/properties/pullRequestDetails/items/properties/requestedReviewers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.pullRequestDetails.items.properties.requestedReviewers.items.type, parentSchema: schema25.properties.pullRequestDetails.items.properties.requestedReviewers.items, data: data61 };
                    if (vErrors === null) {
                      vErrors = [err108];
                    } else {
                      vErrors.push(err108);
                    }
                    errors++;
                  }
                  const _errs126 = errors;
                  var valid48 = _errs125 === errors;
                  if (!valid48) {
                    valid49 = false;
                  }
                }
              } else {
                const err109 = { instancePath: instancePath + "/pullRequestDetails/" + i17 + "/requestedReviewers", schemaPath: "#/properties/pullRequestDetails/items/properties/requestedReviewers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.pullRequestDetails.items.properties.requestedReviewers.type, parentSchema: schema25.properties.pullRequestDetails.items.properties.requestedReviewers, data: data60 };
                if (vErrors === null) {
                  vErrors = [err109];
                } else {
                  vErrors.push(err109);
                }
                errors++;
              }
              var valid45 = _errs123 === errors;
            }
            if (data54.approvedBy !== void 0) {
              let data62 = data54.approvedBy;
              const _errs127 = errors;
              const _errs128 = errors;
              if (Array.isArray(data62)) {
                let valid51 = true;
                const len20 = data62.length;
                for (let i20 = 0; i20 < len20; i20++) {
                  let data63 = data62[i20];
                  const _errs129 = errors;
                  if (typeof data63 !== "string") {
                    const err110 = { instancePath: instancePath + "/pullRequestDetails/" + i17 + "/approvedBy/" + i20, schemaPath: "#/properties/pullRequestDetails/items/properties/approvedBy/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.pullRequestDetails.items.properties.approvedBy.items.type, parentSchema: schema25.properties.pullRequestDetails.items.properties.approvedBy.items, data: data63 };
                    if (vErrors === null) {
                      vErrors = [err110];
                    } else {
                      vErrors.push(err110);
                    }
                    errors++;
                  }
                  const _errs130 = errors;
                  var valid50 = _errs129 === errors;
                  if (!valid50) {
                    valid51 = false;
                  }
                }
              } else {
                const err111 = { instancePath: instancePath + "/pullRequestDetails/" + i17 + "/approvedBy", schemaPath: "#/properties/pullRequestDetails/items/properties/approvedBy/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.pullRequestDetails.items.properties.approvedBy.type, parentSchema: schema25.properties.pullRequestDetails.items.properties.approvedBy, data: data62 };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              }
              var valid45 = _errs127 === errors;
            }
            if (data54.mergedAt !== void 0) {
              let data64 = data54.mergedAt;
              const _errs131 = errors;
              if (typeof data64 !== "string" && data64 !== null) {
                const err112 = { instancePath: instancePath + "/pullRequestDetails/" + i17 + "/mergedAt", schemaPath: "#/properties/pullRequestDetails/items/properties/mergedAt/type", keyword: "type", params: { type: schema25.properties.pullRequestDetails.items.properties.mergedAt.type }, message: "must be string,null", schema: schema25.properties.pullRequestDetails.items.properties.mergedAt.type, parentSchema: schema25.properties.pullRequestDetails.items.properties.mergedAt, data: data64 };
                if (vErrors === null) {
                  vErrors = [err112];
                } else {
                  vErrors.push(err112);
                }
                errors++;
              }
              const _errs132 = errors;
              var valid45 = _errs131 === errors;
            }
            if (data54.url !== void 0) {
              let data65 = data54.url;
              const _errs133 = errors;
              if (typeof data65 !== "string") {
                const err113 = { instancePath: instancePath + "/pullRequestDetails/" + i17 + "/url", schemaPath: "#/properties/pullRequestDetails/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.pullRequestDetails.items.properties.url.type, parentSchema: schema25.properties.pullRequestDetails.items.properties.url, data: data65 };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
              }
              const _errs134 = errors;
              var valid45 = _errs133 === errors;
            }
          } else {
            const err114 = { instancePath: instancePath + "/pullRequestDetails/" + i17, schemaPath: "#/properties/pullRequestDetails/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties.pullRequestDetails.items.type, parentSchema: schema25.properties.pullRequestDetails.items, data: data54 };
            if (vErrors === null) {
              vErrors = [err114];
            } else {
              vErrors.push(err114);
            }
            errors++;
          }
          var valid43 = _errs110 === errors;
          if (!valid43) {
            valid44 = false;
          }
        }
      } else {
        const err115 = { instancePath: instancePath + "/pullRequestDetails", schemaPath: "#/properties/pullRequestDetails/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.pullRequestDetails.type, parentSchema: schema25.properties.pullRequestDetails, data: data53 };
        if (vErrors === null) {
          vErrors = [err115];
        } else {
          vErrors.push(err115);
        }
        errors++;
      }
      var valid0 = _errs108 === errors;
    }
  } else {
    const err116 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.type, parentSchema: schema25, data };
    if (vErrors === null) {
      vErrors = [err116];
    } else {
      vErrors.push(err116);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var validator6 = validate0;
var schema0 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "http://json-schema.org/draft-07/schema#", "title": "Core schema meta-schema", "definitions": { "schemaArray": { "type": "array", "minItems": 1, "items": { "$ref": "#" } }, "nonNegativeInteger": { "type": "integer", "minimum": 0 }, "nonNegativeIntegerDefault0": { "allOf": [{ "$ref": "#/definitions/nonNegativeInteger" }, { "default": 0 }] }, "simpleTypes": { "enum": ["array", "boolean", "integer", "null", "number", "object", "string"] }, "stringArray": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "default": [] } }, "type": ["object", "boolean"], "properties": { "$id": { "type": "string", "format": "uri-reference" }, "$schema": { "type": "string", "format": "uri" }, "$ref": { "type": "string", "format": "uri-reference" }, "$comment": { "type": "string" }, "title": { "type": "string" }, "description": { "type": "string" }, "default": true, "readOnly": { "type": "boolean", "default": false }, "examples": { "type": "array", "items": true }, "multipleOf": { "type": "number", "exclusiveMinimum": 0 }, "maximum": { "type": "number" }, "exclusiveMaximum": { "type": "number" }, "minimum": { "type": "number" }, "exclusiveMinimum": { "type": "number" }, "maxLength": { "$ref": "#/definitions/nonNegativeInteger" }, "minLength": { "$ref": "#/definitions/nonNegativeIntegerDefault0" }, "pattern": { "type": "string", "format": "regex" }, "additionalItems": { "$ref": "#" }, "items": { "anyOf": [{ "$ref": "#" }, { "$ref": "#/definitions/schemaArray" }], "default": true }, "maxItems": { "$ref": "#/definitions/nonNegativeInteger" }, "minItems": { "$ref": "#/definitions/nonNegativeIntegerDefault0" }, "uniqueItems": { "type": "boolean", "default": false }, "contains": { "$ref": "#" }, "maxProperties": { "$ref": "#/definitions/nonNegativeInteger" }, "minProperties": { "$ref": "#/definitions/nonNegativeIntegerDefault0" }, "required": { "$ref": "#/definitions/stringArray" }, "additionalProperties": { "$ref": "#" }, "definitions": { "type": "object", "additionalProperties": { "$ref": "#" }, "default": {} }, "properties": { "type": "object", "additionalProperties": { "$ref": "#" }, "default": {} }, "patternProperties": { "type": "object", "additionalProperties": { "$ref": "#" }, "propertyNames": { "format": "regex" }, "default": {} }, "dependencies": { "type": "object", "additionalProperties": { "anyOf": [{ "$ref": "#" }, { "$ref": "#/definitions/stringArray" }] } }, "propertyNames": { "$ref": "#" }, "const": true, "enum": { "type": "array", "items": true, "minItems": 1, "uniqueItems": true }, "type": { "anyOf": [{ "$ref": "#/definitions/simpleTypes" }, { "type": "array", "items": { "$ref": "#/definitions/simpleTypes" }, "minItems": 1, "uniqueItems": true }] }, "format": { "type": "string" }, "contentMediaType": { "type": "string" }, "contentEncoding": { "type": "string" }, "if": { "$ref": "#" }, "then": { "$ref": "#" }, "else": { "$ref": "#" }, "allOf": { "$ref": "#/definitions/schemaArray" }, "anyOf": { "$ref": "#/definitions/schemaArray" }, "oneOf": { "$ref": "#/definitions/schemaArray" }, "not": { "$ref": "#" } }, "default": true };
var schema1 = { "type": "integer", "minimum": 0 };
var schema7 = { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "default": [] };
var schema9 = { "enum": ["array", "boolean", "integer", "null", "number", "object", "string"] };
function validate1(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  const _errs1 = errors;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
    const err0 = { instancePath, schemaPath: "#/definitions/nonNegativeInteger/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema1.type, parentSchema: schema1, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  const _errs2 = errors;
  if (typeof data == "number" && isFinite(data)) {
    if (data < 0 || isNaN(data)) {
      const err1 = { instancePath, schemaPath: "#/definitions/nonNegativeInteger/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema1, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var valid1 = _errs1 === errors;
  var valid0 = _errs0 === errors;
  validate1.errors = vErrors;
  return errors === 0;
}
var schema4 = { "type": "array", "minItems": 1, "items": { "$ref": "#" } };
var root0 = { validate: validate0 };
function validate3(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (Array.isArray(data)) {
    if (data.length < 1) {
      const err0 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema4, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    let valid1 = true;
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      const _errs1 = errors;
      if (!root0.validate(data0, { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData })) {
        vErrors = vErrors === null ? root0.validate.errors : vErrors.concat(root0.validate.errors);
        errors = vErrors.length;
      } else {
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        valid1 = false;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema4.type, parentSchema: schema4, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate3.errors = vErrors;
  return errors === 0;
}
function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && typeof data !== "boolean") {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema0.type }, message: "must be object,boolean", schema: schema0.type, parentSchema: schema0, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.$id !== void 0) {
      let data0 = data.$id;
      const _errs1 = errors;
      const _errs2 = errors;
      if (typeof data0 == "number" && isFinite(data0)) {
      }
      if (typeof data0 === "string") {
      } else {
        const err1 = { instancePath: instancePath + "/$id", schemaPath: "#/properties/%24id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.$id.type, parentSchema: schema0.properties.$id, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var valid0 = _errs1 === errors;
    }
    if (data.$schema !== void 0) {
      let data1 = data.$schema;
      const _errs3 = errors;
      const _errs4 = errors;
      if (typeof data1 == "number" && isFinite(data1)) {
      }
      if (typeof data1 === "string") {
      } else {
        const err2 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.$schema.type, parentSchema: schema0.properties.$schema, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      var valid0 = _errs3 === errors;
    }
    if (data.$ref !== void 0) {
      let data2 = data.$ref;
      const _errs5 = errors;
      const _errs6 = errors;
      if (typeof data2 == "number" && isFinite(data2)) {
      }
      if (typeof data2 === "string") {
      } else {
        const err3 = { instancePath: instancePath + "/$ref", schemaPath: "#/properties/%24ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.$ref.type, parentSchema: schema0.properties.$ref, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var valid0 = _errs5 === errors;
    }
    if (data.$comment !== void 0) {
      let data3 = data.$comment;
      const _errs7 = errors;
      if (typeof data3 !== "string") {
        const err4 = { instancePath: instancePath + "/$comment", schemaPath: "#/properties/%24comment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.$comment.type, parentSchema: schema0.properties.$comment, data: data3 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      const _errs8 = errors;
      var valid0 = _errs7 === errors;
    }
    if (data.title !== void 0) {
      let data4 = data.title;
      const _errs9 = errors;
      if (typeof data4 !== "string") {
        const err5 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.title.type, parentSchema: schema0.properties.title, data: data4 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      const _errs10 = errors;
      var valid0 = _errs9 === errors;
    }
    if (data.description !== void 0) {
      let data5 = data.description;
      const _errs11 = errors;
      if (typeof data5 !== "string") {
        const err6 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.description.type, parentSchema: schema0.properties.description, data: data5 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      const _errs12 = errors;
      var valid0 = _errs11 === errors;
    }
    if (data.readOnly !== void 0) {
      let data6 = data.readOnly;
      const _errs13 = errors;
      if (typeof data6 !== "boolean") {
        const err7 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema0.properties.readOnly.type, parentSchema: schema0.properties.readOnly, data: data6 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      const _errs14 = errors;
      var valid0 = _errs13 === errors;
    }
    if (data.examples !== void 0) {
      let data7 = data.examples;
      const _errs15 = errors;
      const _errs16 = errors;
      if (Array.isArray(data7)) {
      } else {
        const err8 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.examples.type, parentSchema: schema0.properties.examples, data: data7 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      var valid0 = _errs15 === errors;
    }
    if (data.multipleOf !== void 0) {
      let data8 = data.multipleOf;
      const _errs17 = errors;
      const _errs18 = errors;
      if (typeof data8 == "number" && isFinite(data8)) {
        if (data8 <= 0 || isNaN(data8)) {
          const err9 = { instancePath: instancePath + "/multipleOf", schemaPath: "#/properties/multipleOf/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema0.properties.multipleOf, data: data8 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/multipleOf", schemaPath: "#/properties/multipleOf/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.properties.multipleOf.type, parentSchema: schema0.properties.multipleOf, data: data8 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var valid0 = _errs17 === errors;
    }
    if (data.maximum !== void 0) {
      let data9 = data.maximum;
      const _errs19 = errors;
      if (!(typeof data9 == "number" && isFinite(data9))) {
        const err11 = { instancePath: instancePath + "/maximum", schemaPath: "#/properties/maximum/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.properties.maximum.type, parentSchema: schema0.properties.maximum, data: data9 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      const _errs20 = errors;
      var valid0 = _errs19 === errors;
    }
    if (data.exclusiveMaximum !== void 0) {
      let data10 = data.exclusiveMaximum;
      const _errs21 = errors;
      if (!(typeof data10 == "number" && isFinite(data10))) {
        const err12 = { instancePath: instancePath + "/exclusiveMaximum", schemaPath: "#/properties/exclusiveMaximum/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.properties.exclusiveMaximum.type, parentSchema: schema0.properties.exclusiveMaximum, data: data10 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      const _errs22 = errors;
      var valid0 = _errs21 === errors;
    }
    if (data.minimum !== void 0) {
      let data11 = data.minimum;
      const _errs23 = errors;
      if (!(typeof data11 == "number" && isFinite(data11))) {
        const err13 = { instancePath: instancePath + "/minimum", schemaPath: "#/properties/minimum/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.properties.minimum.type, parentSchema: schema0.properties.minimum, data: data11 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      const _errs24 = errors;
      var valid0 = _errs23 === errors;
    }
    if (data.exclusiveMinimum !== void 0) {
      let data12 = data.exclusiveMinimum;
      const _errs25 = errors;
      if (!(typeof data12 == "number" && isFinite(data12))) {
        const err14 = { instancePath: instancePath + "/exclusiveMinimum", schemaPath: "#/properties/exclusiveMinimum/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.properties.exclusiveMinimum.type, parentSchema: schema0.properties.exclusiveMinimum, data: data12 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      const _errs26 = errors;
      var valid0 = _errs25 === errors;
    }
    if (data.maxLength !== void 0) {
      let data13 = data.maxLength;
      const _errs27 = errors;
      const _errs28 = errors;
      if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
        const err15 = { instancePath: instancePath + "/maxLength", schemaPath: "#/definitions/nonNegativeInteger/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema1.type, parentSchema: schema1, data: data13 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      const _errs29 = errors;
      if (typeof data13 == "number" && isFinite(data13)) {
        if (data13 < 0 || isNaN(data13)) {
          const err16 = { instancePath: instancePath + "/maxLength", schemaPath: "#/definitions/nonNegativeInteger/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema1, data: data13 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
      var valid1 = _errs28 === errors;
      var valid0 = _errs27 === errors;
    }
    if (data.minLength !== void 0) {
      let data14 = data.minLength;
      const _errs30 = errors;
      if (!validate1(data14, { instancePath: instancePath + "/minLength", parentData: data, parentDataProperty: "minLength", rootData })) {
        vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
        errors = vErrors.length;
      } else {
      }
      var valid0 = _errs30 === errors;
    }
    if (data.pattern !== void 0) {
      let data15 = data.pattern;
      const _errs31 = errors;
      const _errs32 = errors;
      if (typeof data15 == "number" && isFinite(data15)) {
      }
      if (typeof data15 === "string") {
      } else {
        const err17 = { instancePath: instancePath + "/pattern", schemaPath: "#/properties/pattern/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.pattern.type, parentSchema: schema0.properties.pattern, data: data15 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      var valid0 = _errs31 === errors;
    }
    if (data.additionalItems !== void 0) {
      let data16 = data.additionalItems;
      const _errs33 = errors;
      if (!validate0(data16, { instancePath: instancePath + "/additionalItems", parentData: data, parentDataProperty: "additionalItems", rootData })) {
        vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
        errors = vErrors.length;
      } else {
      }
      var valid0 = _errs33 === errors;
    }
    if (data.items !== void 0) {
      let data17 = data.items;
      const _errs34 = errors;
      const _errs35 = errors;
      let valid2 = false;
      const _errs36 = errors;
      if (!validate0(data17, { instancePath: instancePath + "/items", parentData: data, parentDataProperty: "items", rootData })) {
        vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
        errors = vErrors.length;
      } else {
      }
      var _valid0 = _errs36 === errors;
      valid2 = valid2 || _valid0;
      if (!valid2) {
        const _errs37 = errors;
        if (!validate3(data17, { instancePath: instancePath + "/items", parentData: data, parentDataProperty: "items", rootData })) {
          vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
          errors = vErrors.length;
        } else {
        }
        var _valid0 = _errs37 === errors;
        valid2 = valid2 || _valid0;
        if (!valid2) {
        }
      }
      if (!valid2) {
        const err18 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema0.properties.items.anyOf, parentSchema: schema0.properties.items, data: data17 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      } else {
        errors = _errs35;
        if (vErrors !== null) {
          if (_errs35) {
            vErrors.length = _errs35;
          } else {
            vErrors = null;
          }
        }
      }
      var valid0 = _errs34 === errors;
    }
    if (data.maxItems !== void 0) {
      let data18 = data.maxItems;
      const _errs38 = errors;
      const _errs39 = errors;
      if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
        const err19 = { instancePath: instancePath + "/maxItems", schemaPath: "#/definitions/nonNegativeInteger/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema1.type, parentSchema: schema1, data: data18 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      const _errs40 = errors;
      if (typeof data18 == "number" && isFinite(data18)) {
        if (data18 < 0 || isNaN(data18)) {
          const err20 = { instancePath: instancePath + "/maxItems", schemaPath: "#/definitions/nonNegativeInteger/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema1, data: data18 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
      var valid3 = _errs39 === errors;
      var valid0 = _errs38 === errors;
    }
    if (data.minItems !== void 0) {
      let data19 = data.minItems;
      const _errs41 = errors;
      if (!validate1(data19, { instancePath: instancePath + "/minItems", parentData: data, parentDataProperty: "minItems", rootData })) {
        vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
        errors = vErrors.length;
      } else {
      }
      var valid0 = _errs41 === errors;
    }
    if (data.uniqueItems !== void 0) {
      let data20 = data.uniqueItems;
      const _errs42 = errors;
      if (typeof data20 !== "boolean") {
        const err21 = { instancePath: instancePath + "/uniqueItems", schemaPath: "#/properties/uniqueItems/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema0.properties.uniqueItems.type, parentSchema: schema0.properties.uniqueItems, data: data20 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      const _errs43 = errors;
      var valid0 = _errs42 === errors;
    }
    if (data.contains !== void 0) {
      let data21 = data.contains;
      const _errs44 = errors;
      if (!validate0(data21, { instancePath: instancePath + "/contains", parentData: data, parentDataProperty: "contains", rootData })) {
        vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
        errors = vErrors.length;
      } else {
      }
      var valid0 = _errs44 === errors;
    }
    if (data.maxProperties !== void 0) {
      let data22 = data.maxProperties;
      const _errs45 = errors;
      const _errs46 = errors;
      if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
        const err22 = { instancePath: instancePath + "/maxProperties", schemaPath: "#/definitions/nonNegativeInteger/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema1.type, parentSchema: schema1, data: data22 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      const _errs47 = errors;
      if (typeof data22 == "number" && isFinite(data22)) {
        if (data22 < 0 || isNaN(data22)) {
          const err23 = { instancePath: instancePath + "/maxProperties", schemaPath: "#/definitions/nonNegativeInteger/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema1, data: data22 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      }
      var valid4 = _errs46 === errors;
      var valid0 = _errs45 === errors;
    }
    if (data.minProperties !== void 0) {
      let data23 = data.minProperties;
      const _errs48 = errors;
      if (!validate1(data23, { instancePath: instancePath + "/minProperties", parentData: data, parentDataProperty: "minProperties", rootData })) {
        vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
        errors = vErrors.length;
      } else {
      }
      var valid0 = _errs48 === errors;
    }
    if (data.required !== void 0) {
      let data24 = data.required;
      const _errs49 = errors;
      const _errs50 = errors;
      const _errs51 = errors;
      if (Array.isArray(data24)) {
        let valid7 = true;
        const len0 = data24.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data25 = data24[i0];
          const _errs52 = errors;
          if (typeof data25 !== "string") {
            const err24 = { instancePath: instancePath + "/required/" + i0, schemaPath: "#/definitions/stringArray/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.items.type, parentSchema: schema7.items, data: data25 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          const _errs53 = errors;
          var valid6 = _errs52 === errors;
          if (!valid6) {
            valid7 = false;
          }
        }
        let valid8;
        let i1 = data24.length;
        let j0;
        valid8 = true;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data24[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err25 = { instancePath: instancePath + "/required", schemaPath: "#/definitions/stringArray/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema7, data: data24 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
              valid8 = false;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/required", schemaPath: "#/definitions/stringArray/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema7.type, parentSchema: schema7, data: data24 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      var valid5 = _errs50 === errors;
      var valid0 = _errs49 === errors;
    }
    if (data.additionalProperties !== void 0) {
      let data26 = data.additionalProperties;
      const _errs54 = errors;
      if (!validate0(data26, { instancePath: instancePath + "/additionalProperties", parentData: data, parentDataProperty: "additionalProperties", rootData })) {
        vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
        errors = vErrors.length;
      } else {
      }
      var valid0 = _errs54 === errors;
    }
    if (data.definitions !== void 0) {
      let data27 = data.definitions;
      const _errs55 = errors;
      const _errs56 = errors;
      if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
        const _errs57 = errors;
        for (const key0 in data27) {
          let data28 = data27[key0];
          const _errs58 = errors;
          if (!validate0(data28, { instancePath: instancePath + "/definitions/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data27, parentDataProperty: key0, rootData })) {
            vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
            errors = vErrors.length;
          } else {
          }
          var valid9 = _errs58 === errors;
        }
      } else {
        const err27 = { instancePath: instancePath + "/definitions", schemaPath: "#/properties/definitions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.definitions.type, parentSchema: schema0.properties.definitions, data: data27 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      var valid0 = _errs55 === errors;
    }
    if (data.properties !== void 0) {
      let data29 = data.properties;
      const _errs59 = errors;
      const _errs60 = errors;
      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
        const _errs61 = errors;
        for (const key1 in data29) {
          let data30 = data29[key1];
          const _errs62 = errors;
          if (!validate0(data30, { instancePath: instancePath + "/properties/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data29, parentDataProperty: key1, rootData })) {
            vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
            errors = vErrors.length;
          } else {
          }
          var valid10 = _errs62 === errors;
        }
      } else {
        const err28 = { instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.properties.type, parentSchema: schema0.properties.properties, data: data29 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      var valid0 = _errs59 === errors;
    }
    if (data.patternProperties !== void 0) {
      let data31 = data.patternProperties;
      const _errs63 = errors;
      const _errs64 = errors;
      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
        for (const key2 in data31) {
          const _errs65 = errors;
          if (typeof key2 == "number" && isFinite(key2)) {
          }
          if (typeof key2 === "string") {
          }
          var valid11 = _errs65 === errors;
          if (!valid11) {
            const err29 = { instancePath: instancePath + "/patternProperties", schemaPath: "#/properties/patternProperties/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema0.properties.patternProperties.propertyNames, parentSchema: schema0.properties.patternProperties, data: data31 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        const _errs66 = errors;
        for (const key3 in data31) {
          let data32 = data31[key3];
          const _errs67 = errors;
          if (!validate0(data32, { instancePath: instancePath + "/patternProperties/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data31, parentDataProperty: key3, rootData })) {
            vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
            errors = vErrors.length;
          } else {
          }
          var valid12 = _errs67 === errors;
        }
      } else {
        const err30 = { instancePath: instancePath + "/patternProperties", schemaPath: "#/properties/patternProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.patternProperties.type, parentSchema: schema0.properties.patternProperties, data: data31 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      var valid0 = _errs63 === errors;
    }
    if (data.dependencies !== void 0) {
      let data33 = data.dependencies;
      const _errs68 = errors;
      const _errs69 = errors;
      if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
        const _errs70 = errors;
        for (const key4 in data33) {
          let data34 = data33[key4];
          const _errs71 = errors;
          const _errs72 = errors;
          let valid14 = false;
          const _errs73 = errors;
          if (!validate0(data34, { instancePath: instancePath + "/dependencies/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data33, parentDataProperty: key4, rootData })) {
            vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
            errors = vErrors.length;
          } else {
          }
          var _valid1 = _errs73 === errors;
          valid14 = valid14 || _valid1;
          if (!valid14) {
            const _errs74 = errors;
            const _errs75 = errors;
            const _errs76 = errors;
            if (Array.isArray(data34)) {
              let valid17 = true;
              const len1 = data34.length;
              for (let i2 = 0; i2 < len1; i2++) {
                let data35 = data34[i2];
                const _errs77 = errors;
                if (typeof data35 !== "string") {
                  const err31 = { instancePath: instancePath + "/dependencies/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i2, schemaPath: "#/definitions/stringArray/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.items.type, parentSchema: schema7.items, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
                const _errs78 = errors;
                var valid16 = _errs77 === errors;
                if (!valid16) {
                  valid17 = false;
                }
              }
              let valid18;
              let i3 = data34.length;
              let j1;
              valid18 = true;
              if (i3 > 1) {
                const indices1 = {};
                for (; i3--; ) {
                  let item1 = data34[i3];
                  if (typeof item1 !== "string") {
                    continue;
                  }
                  if (typeof indices1[item1] == "number") {
                    j1 = indices1[item1];
                    const err32 = { instancePath: instancePath + "/dependencies/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringArray/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema7, data: data34 };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                    valid18 = false;
                    break;
                  }
                  indices1[item1] = i3;
                }
              }
            } else {
              const err33 = { instancePath: instancePath + "/dependencies/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringArray/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema7.type, parentSchema: schema7, data: data34 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            var valid15 = _errs75 === errors;
            var _valid1 = _errs74 === errors;
            valid14 = valid14 || _valid1;
            if (!valid14) {
            }
          }
          if (!valid14) {
            const err34 = { instancePath: instancePath + "/dependencies/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/dependencies/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema0.properties.dependencies.additionalProperties.anyOf, parentSchema: schema0.properties.dependencies.additionalProperties, data: data34 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          } else {
            errors = _errs72;
            if (vErrors !== null) {
              if (_errs72) {
                vErrors.length = _errs72;
              } else {
                vErrors = null;
              }
            }
          }
          var valid13 = _errs71 === errors;
        }
      } else {
        const err35 = { instancePath: instancePath + "/dependencies", schemaPath: "#/properties/dependencies/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.dependencies.type, parentSchema: schema0.properties.dependencies, data: data33 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
      var valid0 = _errs68 === errors;
    }
    if (data.propertyNames !== void 0) {
      let data36 = data.propertyNames;
      const _errs79 = errors;
      if (!validate0(data36, { instancePath: instancePath + "/propertyNames", parentData: data, parentDataProperty: "propertyNames", rootData })) {
        vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
        errors = vErrors.length;
      } else {
      }
      var valid0 = _errs79 === errors;
    }
    if (data.enum !== void 0) {
      let data37 = data.enum;
      const _errs80 = errors;
      const _errs81 = errors;
      if (Array.isArray(data37)) {
        if (data37.length < 1) {
          const err36 = { instancePath: instancePath + "/enum", schemaPath: "#/properties/enum/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema0.properties.enum, data: data37 };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        let valid19;
        let i4 = data37.length;
        let j2;
        valid19 = true;
        if (i4 > 1) {
          outer0: for (; i4--; ) {
            for (j2 = i4; j2--; ) {
              if (func0(data37[i4], data37[j2])) {
                const err37 = { instancePath: instancePath + "/enum", schemaPath: "#/properties/enum/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i4 + " are identical)", schema: true, parentSchema: schema0.properties.enum, data: data37 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
                valid19 = false;
                break outer0;
              }
            }
          }
        }
      } else {
        const err38 = { instancePath: instancePath + "/enum", schemaPath: "#/properties/enum/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.enum.type, parentSchema: schema0.properties.enum, data: data37 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
      var valid0 = _errs80 === errors;
    }
    if (data.type !== void 0) {
      let data38 = data.type;
      const _errs82 = errors;
      const _errs83 = errors;
      let valid20 = false;
      const _errs84 = errors;
      const _errs85 = errors;
      const vSchema0 = schema9.enum;
      if (!(data38 === "array" || data38 === "boolean" || data38 === "integer" || data38 === "null" || data38 === "number" || data38 === "object" || data38 === "string")) {
        const err39 = { instancePath: instancePath + "/type", schemaPath: "#/definitions/simpleTypes/enum", keyword: "enum", params: { allowedValues: schema9.enum }, message: "must be equal to one of the allowed values", schema: schema9.enum, parentSchema: schema9, data: data38 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
      var valid21 = _errs85 === errors;
      var _valid2 = _errs84 === errors;
      valid20 = valid20 || _valid2;
      if (!valid20) {
        const _errs86 = errors;
        const _errs87 = errors;
        if (Array.isArray(data38)) {
          if (data38.length < 1) {
            const err40 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema0.properties.type.anyOf[1], data: data38 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          let valid23 = true;
          const len2 = data38.length;
          for (let i5 = 0; i5 < len2; i5++) {
            let data39 = data38[i5];
            const _errs88 = errors;
            const _errs89 = errors;
            const vSchema1 = schema9.enum;
            if (!(data39 === "array" || data39 === "boolean" || data39 === "integer" || data39 === "null" || data39 === "number" || data39 === "object" || data39 === "string")) {
              const err41 = { instancePath: instancePath + "/type/" + i5, schemaPath: "#/definitions/simpleTypes/enum", keyword: "enum", params: { allowedValues: schema9.enum }, message: "must be equal to one of the allowed values", schema: schema9.enum, parentSchema: schema9, data: data39 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            var valid24 = _errs89 === errors;
            var valid22 = _errs88 === errors;
            if (!valid22) {
              valid23 = false;
            }
          }
          let valid25;
          let i6 = data38.length;
          let j3;
          valid25 = true;
          if (i6 > 1) {
            outer1: for (; i6--; ) {
              for (j3 = i6; j3--; ) {
                if (func0(data38[i6], data38[j3])) {
                  const err42 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/anyOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i6 + " are identical)", schema: true, parentSchema: schema0.properties.type.anyOf[1], data: data38 };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                  valid25 = false;
                  break outer1;
                }
              }
            }
          }
        } else {
          const err43 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.type.anyOf[1].type, parentSchema: schema0.properties.type.anyOf[1], data: data38 };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        var _valid2 = _errs86 === errors;
        valid20 = valid20 || _valid2;
        if (!valid20) {
        }
      }
      if (!valid20) {
        const err44 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema0.properties.type.anyOf, parentSchema: schema0.properties.type, data: data38 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      } else {
        errors = _errs83;
        if (vErrors !== null) {
          if (_errs83) {
            vErrors.length = _errs83;
          } else {
            vErrors = null;
          }
        }
      }
      var valid0 = _errs82 === errors;
    }
    if (data.format !== void 0) {
      let data40 = data.format;
      const _errs90 = errors;
      if (typeof data40 !== "string") {
        const err45 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.format.type, parentSchema: schema0.properties.format, data: data40 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
      const _errs91 = errors;
      var valid0 = _errs90 === errors;
    }
    if (data.contentMediaType !== void 0) {
      let data41 = data.contentMediaType;
      const _errs92 = errors;
      if (typeof data41 !== "string") {
        const err46 = { instancePath: instancePath + "/contentMediaType", schemaPath: "#/properties/contentMediaType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.contentMediaType.type, parentSchema: schema0.properties.contentMediaType, data: data41 };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
      const _errs93 = errors;
      var valid0 = _errs92 === errors;
    }
    if (data.contentEncoding !== void 0) {
      let data42 = data.contentEncoding;
      const _errs94 = errors;
      if (typeof data42 !== "string") {
        const err47 = { instancePath: instancePath + "/contentEncoding", schemaPath: "#/properties/contentEncoding/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.contentEncoding.type, parentSchema: schema0.properties.contentEncoding, data: data42 };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
      const _errs95 = errors;
      var valid0 = _errs94 === errors;
    }
    if (data.if !== void 0) {
      let data43 = data.if;
      const _errs96 = errors;
      if (!validate0(data43, { instancePath: instancePath + "/if", parentData: data, parentDataProperty: "if", rootData })) {
        vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
        errors = vErrors.length;
      } else {
      }
      var valid0 = _errs96 === errors;
    }
    if (data.then !== void 0) {
      let data44 = data.then;
      const _errs97 = errors;
      if (!validate0(data44, { instancePath: instancePath + "/then", parentData: data, parentDataProperty: "then", rootData })) {
        vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
        errors = vErrors.length;
      } else {
      }
      var valid0 = _errs97 === errors;
    }
    if (data.else !== void 0) {
      let data45 = data.else;
      const _errs98 = errors;
      if (!validate0(data45, { instancePath: instancePath + "/else", parentData: data, parentDataProperty: "else", rootData })) {
        vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
        errors = vErrors.length;
      } else {
      }
      var valid0 = _errs98 === errors;
    }
    if (data.allOf !== void 0) {
      let data46 = data.allOf;
      const _errs99 = errors;
      if (!validate3(data46, { instancePath: instancePath + "/allOf", parentData: data, parentDataProperty: "allOf", rootData })) {
        vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
        errors = vErrors.length;
      } else {
      }
      var valid0 = _errs99 === errors;
    }
    if (data.anyOf !== void 0) {
      let data47 = data.anyOf;
      const _errs100 = errors;
      if (!validate3(data47, { instancePath: instancePath + "/anyOf", parentData: data, parentDataProperty: "anyOf", rootData })) {
        vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
        errors = vErrors.length;
      } else {
      }
      var valid0 = _errs100 === errors;
    }
    if (data.oneOf !== void 0) {
      let data48 = data.oneOf;
      const _errs101 = errors;
      if (!validate3(data48, { instancePath: instancePath + "/oneOf", parentData: data, parentDataProperty: "oneOf", rootData })) {
        vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
        errors = vErrors.length;
      } else {
      }
      var valid0 = _errs101 === errors;
    }
    if (data.not !== void 0) {
      let data49 = data.not;
      const _errs102 = errors;
      if (!validate0(data49, { instancePath: instancePath + "/not", parentData: data, parentDataProperty: "not", rootData })) {
        vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
        errors = vErrors.length;
      } else {
      }
      var valid0 = _errs102 === errors;
    }
  }
  validate0.errors = vErrors;
  return errors === 0;
}
var precompiledValidators = {
  "config.schema.json": validator0,
  "release-history.schema.json": validator1,
  "stakeholder-signoffs.schema.json": validator2,
  "evidence/deployment-readiness-checklist.schema.json": validator3,
  "evidence/evidence-manifest.schema.json": validator4,
  "evidence/release-manifest.schema.json": validator5,
  "meta:draft-07": validator6
};
export {
  precompiledValidators,
  validator0,
  validator1,
  validator2,
  validator3,
  validator4,
  validator5,
  validator6
};

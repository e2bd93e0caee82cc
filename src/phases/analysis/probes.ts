import { formatAlertMatcher } from '../../core/alert-matchers.js'
import type { CommandSpec, HttpCheckSpec, ProbeSpec } from '../../core/config.js'
import type { ProtocolContext } from '../../core/context.js'
import { renderArgv, renderText, tokenizeCommand, type TemplateVars } from '../../core/command-template.js'
import { judgeHttpResponse } from '../shared/http-check.js'
import { commandRoute } from '../shared/step.js'
import type { BuiltinCommands, CommandRunner, HttpClient } from '../../core/ports.js'
import type { HealthSample, ProbeSummary, SampleStatus } from '../../core/records/index.js'
import { queryPrometheus } from './prometheus.js'
import { sampleFiringAlerts } from './alertmanager.js'
import { formatValue, judgeValue } from './verdict.js'

/** Takes one measurement of one probe. */
export type ProbeSampler = (probe: ProbeSpec, round: number) => Promise<HealthSample>

/** What a probe watches, for the log. */
export function probeTarget(probe: ProbeSpec): string {
  switch (probe.kind) {
    case 'http':
      return probe.url
    case 'prometheus':
      return `${probe.query} @ ${probe.url}`
    case 'alertmanager':
      return `{${probe.matchers.map(formatAlertMatcher).join(', ')}} @ ${probe.url}`
    case 'command':
      return Array.isArray(probe.command) ? probe.command.join(' ') : probe.command
  }
}

/** The pass condition of a probe, for the log. */
export function probeThreshold(probe: ProbeSpec): string {
  const bounds = [
    probe.min !== undefined ? `≥ ${probe.min}` : null,
    probe.max !== undefined ? `≤ ${probe.max}` : null
  ].filter(Boolean)
  switch (probe.kind) {
    case 'http':
      return [
        `status ${probe.expectStatus}`,
        probe.maxLatencyMs !== undefined ? `latency ≤ ${probe.maxLatencyMs}ms` : null,
        ...Object.entries(probe.expectJson).map(([pointer, value]) => `${pointer} = ${JSON.stringify(value)}`)
      ]
        .filter(Boolean)
        .join(', ')
    case 'prometheus':
      return `value ${bounds.join(' and ')}; no data is inconclusive`
    case 'alertmanager':
      return 'no matching alert firing (active, not silenced, not inhibited); unreachable is inconclusive'
    case 'command':
      return probe.value === 'stdout' ? `printed number ${bounds.join(' and ') || 'present'}` : 'exit code 0'
  }
}

/**
 * The probe as it is measured and recorded: the placeholders of its URL, query, command and expected JSON values
 * substituted, so that what the evidence shows is what was checked.
 */
export function probeAsUsed(probe: ProbeSpec, vars: TemplateVars): ProbeSpec {
  // By field, not by kind: whichever of these fields a kind has gets the same substitution.
  const { url, query, command, expectJson, matchers } = probe as {
    url?: unknown
    query?: unknown
    command?: unknown
    expectJson?: unknown
    matchers?: { value: string }[]
  }
  const expected = expectJson as Record<string, unknown> | undefined
  return {
    ...probe,
    ...(typeof url === 'string' ? { url: renderText(url, vars) } : {}),
    ...(typeof query === 'string' ? { query: renderText(query, vars) } : {}),
    // Split first, then substituted per word: a value never splits a word, as when the command runs.
    ...(command !== undefined ? { command: renderArgv(tokenizeCommand(command as CommandSpec), vars) } : {}),
    ...(matchers ? { matchers: matchers.map(m => ({ ...m, value: renderText(m.value, vars) })) } : {}),
    ...(expected
      ? {
          expectJson: Object.fromEntries(
            Object.entries(expected).map(([pointer, value]) => [
              pointer,
              typeof value === 'string' ? renderText(value, vars) : value
            ])
          )
        }
      : {})
  } as ProbeSpec
}

/** The last number a command printed (e.g. `0.42` or `errors=3` → 3), or null. Pure. */
export function lastNumber(output: string): number | null {
  const matches = output.match(/[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g)
  if (!matches) return null
  const value = Number(matches.at(-1))
  return Number.isFinite(value) ? value : null
}

/**
 * The probes of this release, measured through the context's ports with the template variables of `vars`: the one
 * place a sampler is wired, for the health window and every rollout analysis alike.
 */
export function releaseProbeSampler(ctx: ProtocolContext, vars: TemplateVars): ProbeSampler {
  return realProbeSampler({
    http: ctx.http,
    runner: ctx.runner,
    builtins: ctx.builtins,
    now: () => ctx.clock.now(),
    vars,
    selfArgv: ctx.selfArgv
  })
}

/**
 * Warms the HTTP path to every host the probes reach (their URLs rendered with `vars`), before the first round: a
 * request made here is not a sample, so Node loading its HTTP stack or a first TLS handshake never times out a probe.
 */
export async function warmProbeTargets(
  http: HttpClient,
  probes: readonly ProbeSpec[],
  vars: TemplateVars
): Promise<void> {
  if (!http.warm) return
  // Rendered as measured (probeAsUsed), so the connection opened is the one the first round uses.
  const urls = probes.flatMap(configured => {
    const probe =
      configured.kind === 'http' || configured.kind === 'prometheus' ? probeAsUsed(configured, vars) : null
    return probe?.kind === 'http' || probe?.kind === 'prometheus' ? [probe.url] : []
  })
  if (urls.length > 0) await http.warm(urls)
}

/** Real probes: HTTP and Prometheus through the HTTP client, commands as processes (built-in checks in this one). */
export function realProbeSampler(deps: {
  http: HttpClient
  runner: CommandRunner
  builtins?: BuiltinCommands | undefined
  now: () => Date
  vars: TemplateVars
  selfArgv: string[]
}): ProbeSampler {
  // The variables are fixed for the sampler's life: substitute each probe once, not in every round.
  const asUsed = new Map<ProbeSpec, ProbeSpec>()
  // An HTTP probe's check, as judgeHttpResponse takes it: built once per probe, not once per sample.
  const httpChecks = new Map<ProbeSpec, HttpCheckSpec>()
  const sampleOther = async (
    probe: Exclude<ProbeSpec, { kind: 'http' }>,
    round: number,
    startedAt: Date
  ): Promise<HealthSample> => {
    const record = (status: SampleStatus, value: number | null, message: string): HealthSample =>
      sampleOf(probe.id, round, startedAt, deps.now(), status, value, message)
    switch (probe.kind) {
      case 'prometheus': {
        const outcome = await queryPrometheus(deps.http, probe.url, probe.query, probe.timeoutMs)
        if (outcome.kind === 'error') return record('error', null, outcome.reason)
        if (outcome.kind === 'no-data') return record('inconclusive', null, outcome.reason)
        const problem = judgeValue(outcome.value, probe)
        return record(
          problem ? 'failed' : 'passed',
          outcome.value,
          problem ?? `${formatValue(outcome.value)}`
        )
      }
      case 'alertmanager': {
        const read = await sampleFiringAlerts(deps.http, probe.url, probe.matchers, probe.timeoutMs)
        const sample = record(read.status, read.value, read.message)
        return read.alerts ? { ...sample, alerts: read.alerts } : sample
      }
      case 'command': {
        // An argv already, split and substituted by probeAsUsed.
        const { argv, runner } = commandRoute(probe.command as string[], deps)
        const exec = await runner.run({
          name: probe.id,
          argv,
          timeoutMs: probe.timeoutMs,
          label: `probe ${probe.id}`,
          quiet: true
        })
        const lastLine = (exec.stderrTail || exec.stdoutTail).trim().split('\n').pop() ?? ''
        if (exec.status === 'timeout' || exec.status === 'error')
          return record('error', null, `${exec.status}: ${exec.error ?? lastLine}`)
        if (probe.value === 'exit-code') {
          return exec.status === 'success'
            ? record('passed', 0, 'exit 0')
            : record('failed', exec.exitCode, `exit ${exec.exitCode ?? exec.signal}: ${lastLine}`.trim())
        }
        if (exec.status !== 'success')
          return record('error', null, `exit ${exec.exitCode ?? exec.signal}: ${lastLine}`.trim())
        const value = lastNumber(exec.stdoutTail)
        if (value === null) return record('inconclusive', null, 'the command printed no number')
        const problem = judgeValue(value, probe)
        return record(problem ? 'failed' : 'passed', value, problem ?? formatValue(value))
      }
    }
  }
  // HTTP probes, a hundred a second in a large window, go by a promise chain: an async function suspended on each
  // request would allocate its whole frame every time.
  const sampleHttp = (
    probe: Extract<ProbeSpec, { kind: 'http' }>,
    round: number,
    startedAt: Date
  ): Promise<HealthSample> => {
    // A preview probe may name ${color}; other placeholders render as everywhere else (probeAsUsed).
    let check = httpChecks.get(probe)
    if (!check) httpChecks.set(probe, (check = httpCheckOf(probe)))
    const judging = check
    return deps.http.request(check.url, { method: 'GET', timeoutMs: check.timeoutMs }).then(response => {
      // Substituted already, with every placeholder, by probeAsUsed.
      const judged = judgeHttpResponse(judging, response, null)
      // The service not answering is the service failing, not a measurement problem.
      return sampleOf(
        probe.id,
        round,
        startedAt,
        deps.now(),
        judged.passed ? 'passed' : 'failed',
        response.ok ? response.latencyMs : null,
        judged.message
      )
    })
  }
  return (configured, round) => {
    try {
      let probe = asUsed.get(configured)
      if (!probe) asUsed.set(configured, (probe = probeAsUsed(configured, deps.vars)))
      const startedAt = deps.now()
      return probe.kind === 'http'
        ? sampleHttp(probe, round, startedAt)
        : sampleOther(probe, round, startedAt)
    } catch (error) {
      // A sampler never throws: whatever goes wrong comes back as its promise's rejection.
      return Promise.reject(error instanceof Error ? error : new Error(String(error)))
    }
  }
}

/** One sample of probe `id` in `round`, from `startedAt` to `finishedAt`. */
function sampleOf(
  id: string,
  round: number,
  startedAt: Date,
  finishedAt: Date,
  status: SampleStatus,
  value: number | null,
  message: string
): HealthSample {
  return {
    probe: id,
    round,
    passed: status === 'passed',
    status,
    value,
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    message
  }
}

/** An HTTP probe as the check judgeHttpResponse takes: a GET of its URL, no header expected. */
function httpCheckOf(probe: Extract<ProbeSpec, { kind: 'http' }>): HttpCheckSpec {
  return {
    id: probe.id,
    url: probe.url,
    method: 'GET',
    expectStatus: probe.expectStatus,
    expectHeaders: {},
    expectJson: probe.expectJson,
    ...(probe.maxLatencyMs !== undefined ? { maxLatencyMs: probe.maxLatencyMs } : {}),
    timeoutMs: probe.timeoutMs
  }
}

/** Each probe with its target, threshold (as measured, with `vars`) and counts over `samples`. Pure. */
export function summarizeProbes(
  probes: readonly ProbeSpec[],
  samples: readonly HealthSample[],
  vars?: TemplateVars
): ProbeSummary[] {
  return probes.map(configured => {
    const p = vars ? probeAsUsed(configured, vars) : configured
    const own = samples.filter(s => s.probe === p.id)
    return {
      id: p.id,
      kind: p.kind,
      target: probeTarget(p),
      samples: own.length,
      failures: own.filter(s => s.status === 'failed').length,
      errors: own.filter(s => s.status === 'error').length,
      inconclusive: own.filter(s => s.status === 'inconclusive').length,
      threshold: probeThreshold(p)
    }
  })
}

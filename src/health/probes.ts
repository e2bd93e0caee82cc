import type { ProbeSpec } from '../config/types.js'
import { renderArgv, tokenizeCommand, type TemplateVars } from '../commands/template.js'
import type { CommandRunner, HttpClient } from '../protocol/ports.js'
import type { HealthSample } from '../protocol/records.js'

/** Takes one measurement of one probe. */
export type ProbeSampler = (probe: ProbeSpec, round: number) => Promise<HealthSample>

/** What a probe watches, for the log. */
export function probeTarget(probe: ProbeSpec): string {
  return probe.kind === 'http'
    ? probe.url
    : Array.isArray(probe.command)
      ? probe.command.join(' ')
      : probe.command
}

/** The pass condition of a probe, for the log. */
export function probeThreshold(probe: ProbeSpec): string {
  return probe.kind === 'http'
    ? `status ${probe.expectStatus}${probe.maxLatencyMs !== undefined ? `, latency ≤ ${probe.maxLatencyMs}ms` : ''}`
    : 'exit code 0'
}

/** Real probes: HTTP through the HTTP client, commands as processes. */
export function realProbeSampler(deps: {
  http: HttpClient
  runner: CommandRunner
  now: () => Date
  vars: TemplateVars
  selfArgv: string[]
}): ProbeSampler {
  return async (probe, round) => {
    const startedAt = deps.now()
    if (probe.kind === 'http') {
      const response = await deps.http.request(probe.url, { method: 'GET', timeoutMs: probe.timeoutMs })
      const problems: string[] = []
      if (!response.ok) problems.push(response.error ?? 'request failed')
      else if (response.status !== probe.expectStatus)
        problems.push(`status ${response.status}, expected ${probe.expectStatus}`)
      if (response.ok && probe.maxLatencyMs !== undefined && response.latencyMs > probe.maxLatencyMs) {
        problems.push(`latency ${response.latencyMs}ms > ${probe.maxLatencyMs}ms`)
      }
      return {
        probe: probe.id,
        round,
        passed: problems.length === 0,
        value: response.latencyMs,
        startedAt: startedAt.toISOString(),
        finishedAt: deps.now().toISOString(),
        message: problems.length === 0 ? `${response.status} in ${response.latencyMs}ms` : problems.join('; ')
      }
    }
    const argv = renderArgv(tokenizeCommand(probe.command), deps.vars)
    const record = await deps.runner.run({
      name: probe.id,
      argv: argv[0] === 'release-gate' ? [...deps.selfArgv, ...argv.slice(1)] : argv,
      timeoutMs: probe.timeoutMs,
      label: `probe ${probe.id}`,
      quiet: true
    })
    return {
      probe: probe.id,
      round,
      passed: record.status === 'success',
      value: record.exitCode,
      startedAt: startedAt.toISOString(),
      finishedAt: deps.now().toISOString(),
      message:
        record.status === 'success'
          ? 'exit 0'
          : `${record.status}${record.exitCode !== null ? ` (exit ${record.exitCode})` : ''}: ${(record.stderrTail || record.stdoutTail).trim().split('\n').pop() ?? ''}`.trim()
    }
  }
}

// Phase 4: the health window. The shapes come from schemas/evidence/health-window.schema.json (format 2, written) and
// health-window-v1.schema.json (format 1, still read).
import type { HealthWindowFile } from '../generated/health-window.js'
import type { HealthWindowFileV1 } from '../generated/health-window-v1.js'
import type { HealthSample, SchemaVersion } from '../generated/common.js'

export type { HealthWindowFile } from '../generated/health-window.js'
export type { HealthWindowFileV1 } from '../generated/health-window-v1.js'

/** The health window as the phases use it: every sample as an object (the file stores them column-wise). */
export type HealthWindowRecord = Omit<HealthWindowFile, 'schemaVersion' | 'sampleColumns'> & {
  schemaVersion: SchemaVersion | HealthWindowFile['schemaVersion']
  samples: HealthSample[]
}

export type SampleColumns = HealthWindowFile['sampleColumns']

const STATUS_CODES: readonly HealthSample['status'][] = ['passed', 'failed', 'inconclusive', 'error']

/**
 * The samples column-wise, relative to the window's start: sample i is the i-th element of every column; probe ids
 * and messages are stored once each and indexed (a window repeats a few of them thousands of times). Pure.
 */
export function sampleColumns(samples: readonly HealthSample[], windowStartedAt: string): SampleColumns {
  const probeIds = new Map<string, number>()
  const messages = new Map<string, number>()
  const indexOf = (table: Map<string, number>, key: string): number => {
    let index = table.get(key)
    if (index === undefined) table.set(key, (index = table.size))
    return index
  }
  const columns: SampleColumns = {
    count: samples.length,
    probeIds: [],
    probe: [],
    round: [],
    status: [],
    value: [],
    startOffsetMs: [],
    durationMs: [],
    messages: [],
    message: [],
    alerts: []
  }
  let previousStart = Date.parse(windowStartedAt)
  samples.forEach((sample, index) => {
    const started = Date.parse(sample.startedAt)
    columns.probe.push(indexOf(probeIds, sample.probe))
    columns.round.push(sample.round)
    columns.status.push(STATUS_CODES.indexOf(sample.status) as SampleColumns['status'][number])
    columns.value.push(sample.value)
    columns.startOffsetMs.push(started - previousStart)
    columns.durationMs.push(Date.parse(sample.finishedAt) - started)
    columns.message.push(indexOf(messages, sample.message))
    if (sample.alerts) columns.alerts.push({ sample: index, alerts: sample.alerts })
    previousStart = started
  })
  columns.probeIds = [...probeIds.keys()]
  columns.messages = [...messages.keys()]
  return columns
}

/** The samples back from their columns: exactly the samples `sampleColumns` was given. Pure. */
export function samplesOfColumns(columns: SampleColumns, windowStartedAt: string): HealthSample[] {
  const alertsOf = new Map(columns.alerts.map(entry => [entry.sample, entry.alerts]))
  const samples: HealthSample[] = []
  let previousStart = Date.parse(windowStartedAt)
  for (let i = 0; i < columns.count; i++) {
    const started = previousStart + (columns.startOffsetMs[i] as number)
    const status = STATUS_CODES[columns.status[i] as number] as HealthSample['status']
    const alerts = alertsOf.get(i)
    samples.push({
      probe: columns.probeIds[columns.probe[i] as number] as string,
      round: columns.round[i] as number,
      passed: status === 'passed',
      status,
      value: columns.value[i] as number | null,
      startedAt: new Date(started).toISOString(),
      finishedAt: new Date(started + (columns.durationMs[i] as number)).toISOString(),
      message: columns.messages[columns.message[i] as number] as string,
      ...(alerts ? { alerts } : {})
    })
    previousStart = started
  }
  return samples
}

/** The file a health window is written as (format 2: samples column-wise). Pure. */
export function healthWindowFile(record: HealthWindowRecord): HealthWindowFile {
  const { samples, rollback, ...rest } = record
  // Key order as the schema lists them: the columns before the rollback.
  return {
    ...rest,
    schemaVersion: 2,
    sampleColumns: sampleColumns(samples, record.startedAt),
    rollback
  }
}

/** The health window of a file of either format: format 1 held the samples as objects, format 2 holds columns. Pure. */
export function healthWindowOfFile(file: HealthWindowFile | HealthWindowFileV1): HealthWindowRecord {
  if (file.schemaVersion === 1) return file
  const { sampleColumns: columns, rollback, ...rest } = file
  return { ...rest, samples: samplesOfColumns(columns, file.startedAt), rollback }
}

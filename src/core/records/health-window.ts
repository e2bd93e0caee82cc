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

/** The per-sample columns of `sampleColumns`, in the file's order: one element per sample each. */
export const PER_SAMPLE_COLUMNS = [
  'probe',
  'round',
  'status',
  'value',
  'startOffsetMs',
  'durationMs',
  'message'
] as const

/** The name of a per-sample column. */
export type PerSampleColumn = (typeof PER_SAMPLE_COLUMNS)[number]

/** Samples per batch: some 30 KB of a column's text, and a few hundred KB of its values while they are checked. */
export const SAMPLE_BATCH = 4096

/** Samples column-wise a batch at a time: the tables and alerts whole, the per-sample columns empty, and a column's batch. */
interface ColumnsInBatches {
  /** `sampleColumns` with every per-sample column empty. */
  tables: SampleColumns
  /** The elements of column `name` for samples `start` to `end` (exclusive). */
  column: (name: PerSampleColumn, start: number, end: number) => (number | null)[]
}

/**
 * The samples column-wise, relative to the window's start: sample i is the i-th element of every column; probe ids
 * and messages are stored once each and indexed (a window repeats a few of them thousands of times). The tables and
 * the sparse alerts take one pass; each column is made when asked for, a batch of samples at a time. Pure.
 */
function columnsInBatches(samples: readonly HealthSample[], windowStartedAt: string): ColumnsInBatches {
  // The samples there are now: a window still sampling may add more, which these columns leave out.
  const count = samples.length
  const probeIds = new Map<string, number>()
  const messages = new Map<string, number>()
  const alerts: SampleColumns['alerts'] = []
  for (let index = 0; index < count; index++) {
    const sample = samples[index] as HealthSample
    if (!probeIds.has(sample.probe)) probeIds.set(sample.probe, probeIds.size)
    if (!messages.has(sample.message)) messages.set(sample.message, messages.size)
    if (sample.alerts) alerts.push({ sample: index, alerts: sample.alerts })
  }
  const windowStart = Date.parse(windowStartedAt)
  const startOf = (i: number): number =>
    i < 0 ? windowStart : Date.parse((samples[i] as HealthSample).startedAt)
  const cell: Record<PerSampleColumn, (sample: HealthSample, i: number) => number | null> = {
    probe: sample => probeIds.get(sample.probe) as number,
    round: sample => sample.round,
    status: sample => STATUS_CODES.indexOf(sample.status),
    value: sample => sample.value,
    // From the previous sample's start (the first sample's: from the window's start).
    startOffsetMs: (sample, i) => Date.parse(sample.startedAt) - startOf(i - 1),
    durationMs: sample => Date.parse(sample.finishedAt) - Date.parse(sample.startedAt),
    message: sample => messages.get(sample.message) as number
  }
  // Key order as the schema lists them, which is the order in the file.
  const tables: SampleColumns = {
    count,
    probeIds: [...probeIds.keys()],
    probe: [],
    round: [],
    status: [],
    value: [],
    startOffsetMs: [],
    durationMs: [],
    messages: [...messages.keys()],
    message: [],
    alerts
  }
  return {
    tables,
    column: (name, start, end) => {
      const of = cell[name]
      const values: (number | null)[] = []
      for (let i = start; i < Math.min(end, count); i++) values.push(of(samples[i] as HealthSample, i))
      return values
    }
  }
}

/** The samples column-wise, every column whole (see columnsInBatches). Pure. */
export function sampleColumns(samples: readonly HealthSample[], windowStartedAt: string): SampleColumns {
  const { tables, column } = columnsInBatches(samples, windowStartedAt)
  const whole = { ...tables }
  for (const name of PER_SAMPLE_COLUMNS)
    (whole as Record<PerSampleColumn, unknown>)[name] = column(name, 0, tables.count)
  return whole
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

/** The file a health window is written as (format 2: samples column-wise), its columns whole. Pure. */
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

/**
 * health-window.json as the evidence store writes a long window: `head` is the file with its per-sample columns empty
 * (everything else in place: the probe and message tables, the alerts, `count`), and `column` gives a column for a
 * batch of samples. The file is `head` with each column the concatenation of its batches, byte for byte the file
 * `healthWindowFile` builds whole; a 100,000-sample window is never held column-wise whole.
 */
export interface HealthWindowFileInBatches {
  readonly head: HealthWindowFile
  /** The key of `head` that holds the columns. */
  readonly columnsKey: 'sampleColumns'
  readonly columnNames: readonly PerSampleColumn[]
  /** How many samples; each column has this many elements. */
  readonly rows: number
  /** Samples per batch the store asks for. */
  readonly rowsPerBatch: number
  /** The elements of column `name` for samples `start` to `end` (exclusive). */
  column(name: PerSampleColumn, start: number, end: number): (number | null)[]
}

/** True for a record given as HealthWindowFileInBatches. */
export function isFileInBatches(record: object): record is HealthWindowFileInBatches {
  return (record as Partial<HealthWindowFileInBatches>).columnsKey === 'sampleColumns' && 'head' in record
}

/**
 * The file a health window is written as, its per-sample columns made a batch at a time as the store writes them:
 * the samples `record` holds now (a window still sampling may add more, which this file leaves out). Pure.
 */
export function healthWindowFileInBatches(
  record: HealthWindowRecord,
  rowsPerBatch = SAMPLE_BATCH
): HealthWindowFileInBatches {
  const { samples, rollback, ...rest } = record
  const { tables, column } = columnsInBatches(samples, record.startedAt)
  return {
    head: { ...rest, schemaVersion: 2, sampleColumns: tables, rollback },
    columnsKey: 'sampleColumns',
    columnNames: PER_SAMPLE_COLUMNS,
    rows: tables.count,
    rowsPerBatch,
    column
  }
}

/** The health window of a file of either format: format 1 held the samples as objects, format 2 holds columns. Pure. */
export function healthWindowOfFile(file: HealthWindowFile | HealthWindowFileV1): HealthWindowRecord {
  if (file.schemaVersion === 1) return file
  const { sampleColumns: columns, rollback, ...rest } = file
  return { ...rest, samples: samplesOfColumns(columns, file.startedAt), rollback }
}

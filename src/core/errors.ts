/** A mistake the user can fix (bad flag, bad config, bad tag): exit code 2, message says what to change. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** The config file is invalid; `problems` holds one line per problem, each naming the JSON path. */
export class ConfigError extends UsageError {
  override name = 'ConfigError'
  constructor(
    readonly file: string,
    readonly problems: string[]
  ) {
    super(`Invalid config ${file}:\n${problems.map(p => `  - ${p}`).join('\n')}`)
  }
}

/** Evidence about to be written does not match its schema: an internal defect, never written to disk. */
export class EvidenceSchemaError extends Error {
  override name = 'EvidenceSchemaError'
  constructor(
    readonly artifact: string,
    readonly problems: string[]
  ) {
    super(`Evidence ${artifact} does not match its schema: ${problems.join('; ')}`)
  }
}

/** A traffic router refused a change, could not be reached in time, or read back something else than was asked. */
export class TrafficRouterError extends Error {
  override name = 'TrafficRouterError'
}

/** Exhaustiveness check for switch statements over unions. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`)
}

/** The message of anything thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

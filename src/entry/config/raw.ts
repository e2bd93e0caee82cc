// The config as YAML gives it after the schema check: key names as written, every optional key still optional.
// The shapes are generated from schemas/config.schema.json (src/core/generated/config.ts, npm run generate:types), the
// schema the loader checks the YAML against; the normalized ReleaseConfig (core/config.ts) is derived from them.
import type { Analysis, ConfigFile } from '../../core/generated/config.js'

export type {
  Analysis as RawAnalysis,
  CanaryStep as RawCanaryStep,
  ConfigFile as RawConfig,
  HttpCheck as RawHttpCheck,
  Probe as RawProbe,
  Step as RawStep,
  Strategy as RawStrategy
} from '../../core/generated/config.js'

/** One baseline-versus-canary metric as written. */
export type RawCompare = NonNullable<Analysis['compare']>[number]

/** One service under `services` as written. */
export type RawService = ConfigFile['services'][string]

/** One upstream artifact under `prerequisites` as written. */
export type RawPrerequisite = NonNullable<ConfigFile['prerequisites']>[number]

/** The `health` section as written. */
export type RawHealth = ConfigFile['health']

/** One webhook under `notify` as written. */
export type RawNotify = NonNullable<ConfigFile['notify']>[number]

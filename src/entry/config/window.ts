import type { WindowPolicy } from '../../core/config.js'
import { DEFAULT_WINDOW_TIMEZONE } from '../../core/defaults.js'
import { validateWindowPolicy } from '../../phases/readiness/window-validate.js'
import type { NormalizeContext } from './context.js'
import type { RawConfig } from './raw.js'

/** When production releases may start; bad times, days or zones are reported now, not at release time. */
export function normalizeWindow(context: NormalizeContext, raw: RawConfig['window']): WindowPolicy {
  const window: WindowPolicy = {
    timezone: raw?.timezone ?? DEFAULT_WINDOW_TIMEZONE,
    allow: raw?.allow ?? [],
    freeze: raw?.freeze ?? []
  }
  context.problems.push(...validateWindowPolicy(window, '$.window'))
  return window
}

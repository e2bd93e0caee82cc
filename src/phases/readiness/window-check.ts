import type { ProtocolContext } from '../../core/context.js'
import type { WindowCheck } from '../../core/records/index.js'
import { evaluateWindow } from './window.js'

/**
 * Whether production may be changed now: inside a window and outside every freeze, or overridden on the record.
 * Checked by readiness and again right before production (an approval can take hours).
 */
export function checkWindow(ctx: ProtocolContext): WindowCheck {
  const now = ctx.clock.now()
  const evaluation = evaluateWindow(ctx.config.window, now)
  const override =
    !evaluation.allowed && ctx.windowOverride
      ? { by: ctx.windowOverride.by, reason: ctx.windowOverride.reason, at: now.toISOString() }
      : null
  return {
    allowed: evaluation.allowed,
    reason: evaluation.reason,
    nextAllowedAt: evaluation.nextAllowedAt?.toISOString() ?? null,
    override
  }
}

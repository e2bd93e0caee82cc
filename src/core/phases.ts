/** The protocol's phases, runnable one at a time (as workflow steps) or all together. */
export const PHASES = ['readiness', 'staging', 'production', 'stabilize', 'report'] as const
/** A phase name (`stabilize` is the health window's phase, named as the action's `phase` input and the CLI take it). */
export type PhaseName = (typeof PHASES)[number]

/** The gate a phase stands behind: its evidence comes from the phase that gate closes. */
export const GATE_BEFORE = { staging: 1, production: 2, stabilize: 3 } as const

/** The phase whose evidence a phase continues from. */
export const PHASE_BEFORE = { staging: 'readiness', production: 'staging', stabilize: 'production' } as const

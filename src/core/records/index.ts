// Evidence record shapes, one module per protocol step. Each JSON artifact matches a schema in schemas/evidence/,
// checked before every write; the types are generated from those schemas (src/core/generated/, npm run generate:types).
export * from './common.js'
export * from './validation.js'
export * from './analysis.js'
export * from './rollout.js'
export * from './rollback.js'
export * from './readiness.js'
export * from './staging.js'
export * from './production.js'
export * from './health-window.js'
export * from './report.js'

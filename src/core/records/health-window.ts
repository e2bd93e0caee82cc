// Phase 4: the health window. The shape comes from schemas/evidence/health-window.schema.json.
export type { HealthWindowRecord } from '../generated/health-window.js'

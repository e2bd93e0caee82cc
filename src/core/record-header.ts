import type { SchemaVersion } from './generated/common.js'

/** The version every evidence schema names in its `schemaVersion` const (schemas/evidence/common.schema.json). */
export const EVIDENCE_SCHEMA_VERSION: SchemaVersion = 1

/**
 * The fields every evidence record starts with. Each schema repeats them with its own `artifact` constant rather
 * than sharing a header definition, so this one shape is written here, from the generated version type.
 */
export interface EvidenceHeader<Artifact extends string, Tag extends string | null> {
  schemaVersion: SchemaVersion
  artifact: Artifact
  tag: Tag
  generatedAt: string
}

/** The header of an evidence record: the schema's version, the artifact's name, the release, and when it was written. */
export function recordHeader<Artifact extends string, Tag extends string | null>(
  artifact: Artifact,
  tag: Tag,
  generatedAt: Date
): EvidenceHeader<Artifact, Tag> {
  return { schemaVersion: EVIDENCE_SCHEMA_VERSION, artifact, tag, generatedAt: generatedAt.toISOString() }
}

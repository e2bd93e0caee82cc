import type { DefaultArtifactClient } from '@actions/artifact'

/** The artifact calls the evidence transfer makes. */
export type ArtifactCalls = Pick<
  DefaultArtifactClient,
  'uploadArtifact' | 'listArtifacts' | 'downloadArtifact'
>

/**
 * The artifact client, loaded on its first call: @actions/artifact (with the Azure blob SDK) is most of the action's
 * bundle, and the action should start before it is needed (a post step with nothing to upload never loads it).
 */
export function lazyArtifactClient(): ArtifactCalls {
  let loading: Promise<DefaultArtifactClient> | undefined
  const client = (): Promise<DefaultArtifactClient> =>
    (loading ??= import('@actions/artifact').then(module => new module.DefaultArtifactClient()))
  return {
    uploadArtifact: async (...args) => (await client()).uploadArtifact(...args),
    listArtifacts: async (...args) => (await client()).listArtifacts(...args),
    downloadArtifact: async (...args) => (await client()).downloadArtifact(...args)
  }
}

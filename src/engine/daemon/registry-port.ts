import type { Result } from '../kernel/errors'
import type { LayerFiles } from '../fs/types'
import type { ImageConfigBlob } from './state'

/** One layer of a manifest, as the daemon downloads it. */
export interface ManifestLayer {
  digest: string // "sha256:…" of the compressed blob (pull progress IDs are its first 12 hex)
  diffId: string // "sha256:…" of the uncompressed content
  key: string // catalog key, so the files can be regenerated after a restore
  compressedSize: number
  size: number
  files: () => LayerFiles
}

export interface RegistryManifest {
  /** "library/node" */
  repository: string
  digest: string // manifest digest
  imageId: string
  blob: ImageConfigBlob
  layers: ManifestLayer[]
  size: number
}

/** What the daemon needs of a registry: resolve "library/node" + "latest" (or a digest). */
export interface RegistryPort {
  resolve(repository: string, tagOrDigest: string): Result<RegistryManifest>
  /** Files of a catalog layer by key (for restoring a snapshot). */
  layerFiles(key: string): LayerFiles | null
}

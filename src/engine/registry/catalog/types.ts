import type { LayerFiles } from '../../fs/types'

/**
 * The built-in stand-in for Docker Hub is data: adding an image or a tag is adding an entry
 * of these shapes to a file in this folder.
 */

/** A layer as the registry serves it. Layers with the same `key` are the same blob everywhere. */
export interface CatalogLayer {
  /** Unique, stable name, e.g. "debian-bookworm-20251208"; shared layers reuse one object. */
  key: string
  /** Compressed bytes on the wire (pull progress "Downloading" totals). */
  compressedSize: number
  /** Uncompressed bytes on disk (these add up to the SIZE `docker images` shows). */
  size: number
  /** The files a learner would look at in this layer (a realistic selection, not the whole tree). */
  files: () => LayerFiles
}

/** OCI image config as Docker Hub serves it (the `config` object of the image config blob). */
export interface OciImageConfig {
  User?: string
  ExposedPorts?: Record<string, Record<string, never>>
  Env?: string[]
  Entrypoint?: string[] | null
  Cmd?: string[] | null
  Volumes?: Record<string, Record<string, never>>
  WorkingDir?: string
  Labels?: Record<string, string> | null
  StopSignal?: string
  ArgsEscaped?: boolean
  Shell?: string[]
  Healthcheck?: { Test: string[]; Interval?: number; Timeout?: number; StartPeriod?: number; Retries?: number }
  OnBuild?: string[] | null
}

export interface HistoryEntry {
  created: string // RFC 3339
  created_by?: string
  comment?: string
  empty_layer?: boolean
}

/** One image build (one manifest) and every tag that points at it. */
export interface CatalogImage {
  /** Repository path on the registry: "library/node", "devwikirepo/envnodecolorapp". */
  repository: string
  tags: string[]
  created: string // RFC 3339, the upstream build time
  architecture: 'amd64'
  os: 'linux'
  config: OciImageConfig
  /** Oldest first. Each non-empty history entry corresponds to one layer, in order. */
  layers: CatalogLayer[]
  history: HistoryEntry[]
  /** Bytes `docker images` shows as SIZE (sum of layer sizes; kept explicit for checking). */
  size: number
}

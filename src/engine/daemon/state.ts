import type { LayerFiles } from '../fs/types'
import type { OciImageConfig, HistoryEntry } from '../registry/catalog/types'

/** The image config blob (what the image ID is the sha256 of). */
export interface ImageConfigBlob {
  architecture: string
  config: OciImageConfig
  created: string
  history: HistoryEntry[]
  os: string
  rootfs: { type: 'layers'; diff_ids: string[] }
}

export interface ImageRecord {
  id: string // "sha256:<64hex>"
  blob: ImageConfigBlob
  repoDigests: string[] // "node@sha256:…"
  size: number
  parent: string // "" or parent image id (local builds)
  lastTagTime: number // ms, 0 when never tagged locally
}

/** Where a layer's files come from: the catalog (regenerated on demand) or stored here. */
export type LayerSource = { catalog: string } | { files: LayerFiles }

export interface LayerRecord {
  diffId: string
  size: number
  source: LayerSource
}

export interface PortBinding {
  HostIp: string
  HostPort: string
}

export interface ContainerConfig {
  Hostname: string
  Domainname: string
  User: string
  AttachStdin: boolean
  AttachStdout: boolean
  AttachStderr: boolean
  ExposedPorts?: Record<string, Record<string, never>>
  Tty: boolean
  OpenStdin: boolean
  StdinOnce: boolean
  Env: string[]
  Cmd: string[] | null
  Image: string
  Volumes: Record<string, Record<string, never>> | null
  WorkingDir: string
  Entrypoint: string[] | null
  OnBuild: string[] | null
  Labels: Record<string, string>
  StopSignal?: string
}

export interface HostConfig {
  /** `-v` specs as the CLI sent them (relative host paths made absolute); absent = null. */
  Binds?: string[]
  /** `--mount` specs (mount.Mount, the fields we model). */
  Mounts?: MountSpec[]
  NetworkMode: string
  PortBindings: Record<string, PortBinding[]>
  AutoRemove: boolean
  PublishAllPorts: boolean
  RestartPolicy: { Name: string; MaximumRetryCount: number }
}

/** One `--mount` as the API carries it (moby api/types/mount.Mount). */
export interface MountSpec {
  Type: 'volume' | 'bind'
  Source: string
  Target: string
  ReadOnly?: boolean
}

/** A mount of a container (moby MountPoint, as `docker inspect` shows it under Mounts). */
export interface MountRecord {
  Type: 'volume' | 'bind'
  /** The volume's name (volumes only). */
  Name?: string
  /** The host path of a bind mount; for a volume, its name again (the Mountpoint is derived). */
  Source: string
  Destination: string
  Mode: string
  RW: boolean
}

/** A local volume: its files live here, as plain data. */
export interface VolumeRecord {
  name: string
  created: number
  labels: Record<string, string> | null
  options: Record<string, string> | null
  files: LayerFiles
}

export type ContainerStatusName = 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead'

export interface ContainerState {
  Status: ContainerStatusName
  Running: boolean
  Paused: boolean
  Restarting: boolean
  OOMKilled: boolean
  Dead: boolean
  Pid: number
  ExitCode: number
  Error: string
  StartedAt: number // ms; 0 = never ("0001-01-01T00:00:00Z")
  FinishedAt: number
}

export interface LogEntry {
  stream: 'stdout' | 'stderr'
  time: number
  text: string
}

export interface ContainerRecord {
  id: string // 64 hex
  name: string // without the leading "/"
  created: number
  path: string
  args: string[]
  config: ContainerConfig
  hostConfig: HostConfig
  image: string // "sha256:…"
  state: ContainerState
  /** The writable copy-on-write layer. */
  upper: LayerFiles
  logs: LogEntry[]
  /** Ports bound while running ("80/tcp" → bindings with the chosen host ports). */
  ports: Record<string, PortBinding[]>
  ipAddress: string
  restartCount: number
  /** Networks the container is connected to (name → endpoint settings); absent = NetworkMode only. */
  networks?: Record<string, EndpointRecord>
  /** Volumes and bind mounts, in the order they were given (absent = none). */
  mounts?: MountRecord[]
}

/** A container's endpoint settings on one network (moby EndpointSettings, the parts we model). */
export interface EndpointRecord {
  aliases: string[]
}

/** A user-defined network (the predefined bridge, host and none are not stored). */
export interface NetworkRecord {
  id: string
  name: string
  driver: string
  created: number
  subnet: string
  gateway: string
  internal: boolean
  attachable: boolean
  labels: Record<string, string>
  options: Record<string, string>
}

/** One BuildKit cache entry (src/engine/builder/cache.ts): the layer a step made, and when. */
export interface BuildCacheRecord {
  diffId: string
  created: number
}

export interface DaemonState {
  version: 1
  images: Record<string, ImageRecord>
  /** Canonical reference ("docker.io/library/node:latest") → image ID, in tagging order. */
  tags: Record<string, string>
  layers: Record<string, LayerRecord>
  containers: Record<string, ContainerRecord>
  /** User-defined networks by ID (absent in snapshots from before networks existed). */
  networks?: Record<string, NetworkRecord>
  /** docker build's cache (cache key → layer); absent until the first build. */
  buildCache?: Record<string, BuildCacheRecord>
  /** Local volumes by name (absent until the first one). */
  volumes?: Record<string, VolumeRecord>
}

export function emptyState(): DaemonState {
  return { version: 1, images: {}, tags: {}, layers: {}, containers: {} }
}

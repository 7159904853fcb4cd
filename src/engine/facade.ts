/**
 * What the faces (UI store, headless runner, tests) see of the engine besides the terminal:
 * a read-only snapshot for panels and a change subscription. Panels select from the snapshot;
 * only the terminal writes program output.
 */
export interface ImageRow {
  id: string // "sha256:<64hex>"
  repoTags: string[] // familiar "node:latest"; empty for <none>
  size: number
  created: number // ms
  containers: number
}

export type ContainerStatus = 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead'

export interface ContainerRow {
  id: string // 64 hex
  name: string // without the leading "/"
  image: string // as the user gave it
  command: string // as docker ps shows it, quoted and truncated
  status: ContainerStatus
  statusText: string // "Up 5 seconds", "Exited (0) 2 minutes ago"
  ports: string // the PORTS column text
  created: number
}

export interface PortRow {
  container: string // name
  containerId: string
  hostIp: string
  hostPort: number
  containerPort: number
  proto: 'tcp' | 'udp' | 'sctp'
}

export interface PullLayerRow {
  id: string // 12 hex
  status: string // "Downloading", "Extracting", "Pull complete", "Already exists"…
  current: number
  total: number
}

export interface PullRow {
  ref: string // familiar "node:latest"
  layers: PullLayerRow[]
}

export interface PanelSnapshot {
  images: ImageRow[]
  containers: ContainerRow[]
  ports: PortRow[]
  pulls: PullRow[]
}

export interface EngineFacade {
  panelSnapshot(): PanelSnapshot
  /** Called after every change (coalesce in the store if needed). */
  subscribe(listener: () => void): () => void
}

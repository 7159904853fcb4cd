import { RootFs } from '../fs/rootfs'
import type { LayerFiles } from '../fs/types'
import { daemonError, fail, ok, type Result } from '../kernel/errors'
import type { CancelToken, Clock, Random } from '../kernel/ports'
import type { ProgramRegistry } from '../process/machine'
import { VirtualNetwork } from '../network/virtual-network'
import { Emitter, type DaemonEvent } from './events'
import { toImageRef, type ImageRef } from './image-ref'
import { findContainer, findImageById, tagsOf } from './lookup'
import { runPullProgress, type PullMessage } from './pull'
import type { RegistryPort } from './registry-port'
import { familiarize } from './refs'
import { emptyState, type ContainerRecord, type DaemonState, type ImageRecord } from './state'
import { ContainerRuntime } from './runtime'
import { createContainer, type CreateSpec } from './create'
import type { PanelSnapshot, PullRow } from '../facade'
import { panelSnapshot } from './panel-snapshot'

export interface DaemonOptions {
  clock: Clock
  random: Random
  registry: RegistryPort
  programs: ProgramRegistry
  /** Simulated registry bandwidth; Infinity makes pulls instant. */
  pullBytesPerSecond?: number
  state?: DaemonState
  hostFs?: RootFs
}

export interface PullResult {
  image: ImageRecord
  ref: ImageRef
  digest: string
  downloaded: boolean
}

/**
 * The daemon: plain serialisable state plus the live processes of running containers. Every
 * public method returns errors as values worded as dockerd words them.
 */
export class Daemon {
  state: DaemonState
  readonly events = new Emitter<DaemonEvent>()
  readonly network = new VirtualNetwork()
  readonly clock: Clock
  readonly random: Random
  readonly registry: RegistryPort
  readonly programs: ProgramRegistry
  pullBytesPerSecond: number
  readonly runtime: ContainerRuntime
  /** The host's filesystem, for bind mounts (`-v /path:/x`); set by createEngine. */
  hostFs?: RootFs
  private readonly pulls = new Map<string, PullRow>()
  private layerFilesCache = new Map<string, LayerFiles>()
  private names: NameIndex | null = null

  constructor(o: DaemonOptions) {
    this.clock = o.clock
    this.random = o.random
    this.registry = o.registry
    this.programs = o.programs
    this.pullBytesPerSecond = o.pullBytesPerSecond ?? 40_000_000
    this.state = o.state ?? emptyState()
    this.hostFs = o.hostFs
    this.runtime = new ContainerRuntime(this)
    this.network.sleep = (ms) => this.clock.sleep(ms)
    this.network.isBooting = (id) => (this.runtime.machineOf(id)?.bootWork ?? 0) > 0
  }

  emit(e: DaemonEvent): void {
    if (e.type === 'container' && this.names) {
      const c = this.state.containers[e.id]
      if (e.action === 'create' && c) this.names.index(c)
      else if (e.action === 'destroy') this.names.forget(e.id)
      else if (e.action === 'rename') this.names = null
    }
    this.events.emit(e)
  }

  // ---- images ---------------------------------------------------------------------------------

  /** moby GetImage: a reference (name[:tag] / @digest), then an ID or unique ID prefix. */
  findImage(input: string): ImageRecord | null {
    const r = toImageRef(input)
    if (r.ok) {
      if (r.value.digest) {
        const want = `${r.value.familiarName}@${r.value.digest}`
        const hit = Object.values(this.state.images).find((i) => i.repoDigests.includes(want))
        if (hit) return hit
      } else {
        const id = this.state.tags[r.value.canonical]
        if (id && this.state.images[id]) return this.state.images[id]!
      }
    }
    return findImageById(this.state, input)
  }

  imageTags(imageId: string): string[] {
    return tagsOf(this.state, imageId).map(familiarize)
  }

  layerFiles(diffId: string): LayerFiles {
    const cached = this.layerFilesCache.get(diffId)
    if (cached) return cached
    const rec = this.state.layers[diffId]
    let files: LayerFiles = {}
    if (rec) files = 'files' in rec.source ? rec.source.files : (this.registry.layerFiles(rec.source.catalog) ?? {})
    this.layerFilesCache.set(diffId, files)
    return files
  }

  imageRootLayers(image: ImageRecord): LayerFiles[] {
    return image.blob.rootfs.diff_ids.map((d) => this.layerFiles(d))
  }

  /** A read-only view of an image's filesystem. */
  imageFs(image: ImageRecord): RootFs {
    return new RootFs(this.imageRootLayers(image), {}, () => this.clock.now())
  }

  pullRows(): PullRow[] {
    return [...this.pulls.values()]
  }

  async pull(ref: ImageRef, emit: (m: PullMessage) => void, cancel?: CancelToken): Promise<Result<PullResult>> {
    const tagOrDigest = ref.digest ?? ref.tag ?? 'latest'
    if (ref.domain !== 'docker.io') {
      return fail(
        daemonError(
          'not-found',
          `Get "https://${ref.domain}/v2/": dial tcp: lookup ${ref.domain.replace(/:\d+$/, '')}: no such host`,
        ),
      )
    }
    const resolved = this.registry.resolve(ref.path, tagOrDigest)
    if (!resolved.ok) return resolved
    const m = resolved.value
    emit({ id: ref.digest ?? tagOrDigest, status: `Pulling from ${ref.path}` })
    const existing = this.state.images[m.imageId]
    const upToDate = existing !== undefined && (ref.digest !== undefined || this.state.tags[ref.canonical] === m.imageId)
    if (!upToDate) {
      const row: PullRow = { ref: ref.familiar, layers: [] }
      this.pulls.set(ref.canonical, row)
      const track = (msg: PullMessage) => {
        if (msg.id) {
          let l = row.layers.find((x) => x.id === msg.id)
          if (!l) row.layers.push((l = { id: msg.id, status: '', current: 0, total: 0 }))
          l.status = msg.status
          l.current = msg.progress?.current ?? (msg.status === 'Pull complete' ? l.total : l.current)
          l.total = msg.progress?.total ?? l.total
        }
        emit(msg)
        this.emit({ type: 'pull-progress', ref: ref.familiar })
      }
      const r = await runPullProgress({
        manifest: m,
        present: (d) => d in this.state.layers,
        bytesPerSecond: this.pullBytesPerSecond,
        sleep: (ms, c) => this.clock.sleep(ms, c),
        emit: track,
        cancel,
      })
      this.pulls.delete(ref.canonical)
      this.emit({ type: 'pull-progress', ref: ref.familiar })
      if (!r.ok) return r
      for (const l of m.layers) {
        if (!this.state.layers[l.diffId]) this.state.layers[l.diffId] = { diffId: l.diffId, size: l.size, source: { catalog: l.key } }
      }
    }
    const repoDigest = `${ref.familiarName}@${m.digest}`
    const image: ImageRecord = existing ?? { id: m.imageId, blob: m.blob, repoDigests: [], size: m.size, parent: '', lastTagTime: 0 }
    if (!image.repoDigests.includes(repoDigest)) image.repoDigests.push(repoDigest)
    this.state.images[image.id] = image
    if (!ref.digest) this.setTag(ref.canonical, image.id)
    emit({ status: `Digest: ${m.digest}` })
    emit({ status: `Status: ${upToDate ? 'Image is up to date' : 'Downloaded newer image'} for ${ref.familiar}` })
    this.emit({ type: 'image', action: 'pull', id: image.id })
    return ok({ image, ref, digest: m.digest, downloaded: !upToDate })
  }

  /** Point a canonical tag at an image; the image it left may become dangling (<none>). */
  setTag(canonical: string, imageId: string): void {
    const prev = this.state.tags[canonical]
    delete this.state.tags[canonical]
    this.state.tags[canonical] = imageId
    const img = this.state.images[imageId]
    if (img && prev !== imageId) img.lastTagTime = this.clock.now()
    this.emit({ type: 'image', action: 'tag', id: imageId })
  }

  // ---- containers -----------------------------------------------------------------------------

  createContainer(spec: CreateSpec): Result<ContainerRecord> {
    return createContainer(this, spec)
  }

  /**
   * The container holding `name`, other than `selfId`. Looked up in a name index built from the
   * table on demand: creations add to it, a rename drops it, and every hit is checked against
   * the table, so removed containers never count.
   */
  containerNamed(name: string, selfId = ''): ContainerRecord | undefined {
    const all = this.state.containers
    if (this.names?.table !== all) {
      this.names = new NameIndex(all)
      for (const id in all) this.names.index(all[id]!)
    }
    const c = this.names.byName.get(name)
    return c && all[c.id] === c && c.name === name && c.id !== selfId ? c : undefined
  }

  findContainer(input: string): Result<ContainerRecord> {
    return findContainer(this.state, input)
  }

  containersByNewest(): ContainerRecord[] {
    // Containers created in the same millisecond (a frozen clock) keep their creation order,
    // newest first: the table is in creation order, and the sort is stable.
    return Object.values(this.state.containers)
      .reverse()
      .sort((a, b) => b.created - a.created)
  }

  panelSnapshot(): PanelSnapshot {
    return panelSnapshot(this)
  }

  subscribe(listener: () => void): () => void {
    return this.events.on(() => listener())
  }
}

/** Container names of one container table (names are unique), and each indexed ID's name. */
class NameIndex {
  readonly byName = new Map<string, ContainerRecord>()
  private readonly nameOf = new Map<string, string>()
  constructor(readonly table: DaemonState['containers']) {}

  index(c: ContainerRecord): void {
    this.forget(c.id)
    this.byName.set(c.name, c)
    this.nameOf.set(c.id, c.name)
  }

  forget(id: string): void {
    const name = this.nameOf.get(id)
    if (name === undefined) return
    this.nameOf.delete(id)
    if (this.byName.get(name)?.id === id) this.byName.delete(name)
  }
}

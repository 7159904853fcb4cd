import { RootFs } from '../fs/rootfs'
import type { LayerFiles } from '../fs/types'
import { daemonError, fail, ok, type Result } from '../kernel/errors'
import { randomHex } from '../kernel/ports'
import type { Daemon } from './daemon'
import type { ContainerRecord, VolumeRecord } from './state'

/** moby volume/local: a volume's data directory on the daemon host. */
export const volumeMountpoint = (name: string): string => `/var/lib/docker/volumes/${name}/_data`

/** The label moby (23+) puts on anonymous volumes; `volume prune` removes only these by default. */
export const ANONYMOUS_LABEL = 'com.docker.volume.anonymous'

const VALID_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/

/** moby daemon/volume/local/local.go validateName, wrapped as the volume service's OpErr ("create NAME: …"). */
export function validateVolumeName(name: string): Result<void> {
  if (name.length === 1) {
    return fail(daemonError('invalid-argument', `create ${name}: volume name is too short, names should be at least two alphanumeric characters`, 125))
  }
  if (!VALID_NAME.test(name)) {
    return fail(
      daemonError(
        'invalid-argument',
        `create ${name}: "${name}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`,
        125,
      ),
    )
  }
  return ok(undefined)
}

export function volumeTable(d: Daemon): Record<string, VolumeRecord> {
  return (d.state.volumes ??= {})
}

export function findVolume(d: Daemon, name: string): VolumeRecord | undefined {
  return d.state.volumes?.[name]
}

export interface VolumeCreateOptions {
  name?: string
  labels?: Record<string, string> | null
  options?: Record<string, string> | null
  anonymous?: boolean
}

/** moby volume service Create: an existing name is returned as it is (create is idempotent). */
export function createVolume(d: Daemon, o: VolumeCreateOptions = {}): Result<VolumeRecord> {
  const table = volumeTable(d)
  if (o.name !== undefined) {
    const v = validateVolumeName(o.name)
    if (!v.ok) return v
    if (table[o.name]) return ok(table[o.name]!)
  }
  const name = o.name ?? randomHex(d.random, 64)
  const labels = o.anonymous ? { ...(o.labels ?? {}), [ANONYMOUS_LABEL]: '' } : (o.labels ?? null)
  const rec: VolumeRecord = { name, created: d.clock.now(), labels, options: o.options ?? null, files: {} }
  table[name] = rec
  d.emit({ type: 'volume', action: 'create', id: name })
  return ok(rec)
}

/** Containers (IDs) that mount the volume, running or not. */
export function volumeUsers(d: Daemon, name: string): string[] {
  return Object.values(d.state.containers)
    .filter((c) => c.mounts?.some((m) => m.Type === 'volume' && m.Name === name))
    .map((c) => c.id)
}

/** `docker volume rm`: "get NAME: no such volume", "remove NAME: volume is in use - [ID]". */
export function removeVolume(d: Daemon, name: string, force = false): Result<void> {
  const v = findVolume(d, name)
  if (!v) {
    if (force) return ok(undefined)
    return fail(daemonError('not-found', `get ${name}: no such volume`))
  }
  const users = volumeUsers(d, name)
  if (users.length) return fail(daemonError('conflict', `remove ${name}: volume is in use - [${users.join(' ')}]`))
  delete volumeTable(d)[name]
  d.emit({ type: 'volume', action: 'destroy', id: name })
  return ok(undefined)
}

/** Bytes a volume's files hold (what `Total reclaimed space` counts). */
export function volumeSize(v: VolumeRecord): number {
  let n = 0
  for (const e of Object.values(v.files)) if (e.type === 'file') n += e.size ?? e.data.length
  return n
}

export const isAnonymous = (v: VolumeRecord): boolean => v.labels !== null && ANONYMOUS_LABEL in v.labels

/** moby 28 VolumesPrune: unused anonymous volumes; with `all` (`-a`), every unused volume. */
export function pruneVolumes(d: Daemon, all: boolean): { names: string[]; reclaimed: number } {
  const names: string[] = []
  let reclaimed = 0
  for (const v of Object.values(volumeTable(d))) {
    if ((!all && !isAnonymous(v)) || volumeUsers(d, v.name).length) continue
    reclaimed += volumeSize(v)
    names.push(v.name)
    removeVolume(d, v.name)
  }
  return { names, reclaimed }
}

/** `docker rm -v` / `--rm`: the container's anonymous volumes go with it, unless still in use. */
export function removeAnonymousVolumes(d: Daemon, c: ContainerRecord): void {
  for (const m of c.mounts ?? []) {
    const v = m.Type === 'volume' && m.Name ? findVolume(d, m.Name) : undefined
    if (v && isAnonymous(v) && volumeUsers(d, v.name).length === 0) removeVolume(d, v.name)
  }
}

/** One RootFs per volume's files, shared by every container that mounts it (one directory index). */
const volumeFsCache = new WeakMap<LayerFiles, RootFs>()

export function volumeFs(d: Daemon, v: VolumeRecord): RootFs {
  let fs = volumeFsCache.get(v.files)
  if (!fs) volumeFsCache.set(v.files, (fs = new RootFs([], v.files, () => d.clock.now())))
  return fs
}

/** moby CopyImagePathContent: a new, empty volume first receives the image's files at the mount path. */
export function populateVolume(v: VolumeRecord, image: RootFs, destination: string): void {
  if (Object.keys(v.files).length || !image.isDir(destination)) return
  const base = image.resolve(destination)
  for (const p of image.walk(base)) {
    const e = image.lstat(p)
    if (e) v.files[p.slice(base.length)] = { ...e }
  }
}

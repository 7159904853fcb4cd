import type { Mount, RootFs } from '../fs/rootfs'
import { normalize } from '../fs/path'
import { daemonError, fail, ok, type Result } from '../kernel/errors'
import type { Daemon } from './daemon'
import type { ContainerConfig, ContainerRecord, ImageRecord, MountRecord, MountSpec } from './state'
import { createVolume, findVolume, populateVolume, validateVolumeName, volumeFs } from './volumes'

/** A mount decided at create time, before any volume exists. */
interface Planned {
  type: 'volume' | 'bind'
  /** Volume name ('' = a new anonymous one) or host path. */
  source: string
  destination: string
  mode: string
  rw: boolean
  /** `-v` binds must exist or are created on the host; `--mount` binds must exist. */
  createHostPath: boolean
  copy: boolean
}

const err = (message: string) => fail(daemonError('invalid-argument', message, 125))

const VALID_MODES = new Set(['ro', 'rw', 'z', 'Z', 'nocopy', 'shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate'])

/** moby volume/mounts/linux_parser.go ParseMountRaw: `SRC:DST[:MODE]` from `-v`. */
function parseBind(spec: string): Result<Planned> {
  const parts = spec.split(':')
  if (parts.length < 2 || parts.length > 3 || !parts[0] || !parts[1]) return err(`invalid volume specification: '${spec}'`)
  const [src, dst, mode = ''] = parts as [string, string, string?]
  const type = src.startsWith('/') ? 'bind' : 'volume'
  if (mode && !mode.split(',').every((m) => VALID_MODES.has(m))) return err(`invalid mode: ${mode}`)
  if (!dst.startsWith('/')) {
    return err(`invalid volume specification: '${spec}': invalid mount config for type "${type}": invalid mount path: '${dst}' mount path must be absolute`)
  }
  if (type === 'volume') {
    const v = validateVolumeName(src)
    if (!v.ok) return v
  }
  const modes = mode.split(',')
  return ok({
    type,
    source: type === 'bind' ? normalize(src) : src,
    destination: normalize(dst),
    mode,
    rw: !modes.includes('ro'),
    createHostPath: true,
    copy: !modes.includes('nocopy'),
  })
}

/** moby linux_parser.go parseMountSpec: the `--mount` form. */
function parseMountSpec(d: Daemon, m: MountSpec): Result<Planned> {
  const bad = (why: string) => err(`invalid mount config for type "${m.Type}": ${why}`)
  if (!m.Target) return bad('field Target must not be empty')
  if (!m.Target.startsWith('/')) return bad(`invalid mount path: '${m.Target}' mount path must be absolute`)
  if (m.Type === 'bind') {
    if (!m.Source) return bad('field Source must not be empty')
    if (!m.Source.startsWith('/')) return bad(`invalid mount path: '${m.Source}' mount path must be absolute`)
    if (!d.hostFs?.exists(m.Source)) return bad(`bind source path does not exist: ${m.Source}`)
  } else if (m.Source) {
    const v = validateVolumeName(m.Source)
    if (!v.ok) return v
  }
  const source = m.Type === 'bind' ? normalize(m.Source) : m.Source
  return ok({ type: m.Type, source, destination: normalize(m.Target), mode: '', rw: !m.ReadOnly, createHostPath: false, copy: true })
}

export interface MountRequest {
  binds: string[]
  mounts: MountSpec[]
}

/**
 * moby daemon/volumes.go registerMountPoints: `-v`, `--mount`, then the config's Volumes (the
 * image's VOLUME lines and `-v /path`) that nothing else covers, as anonymous volumes. Named
 * volumes are created on first use; a new, empty one is filled from the image (CopyData).
 */
export function createMounts(d: Daemon, req: MountRequest, config: ContainerConfig, image: ImageRecord): Result<MountRecord[]> {
  const planned: Planned[] = []
  for (const b of req.binds) {
    const p = parseBind(b)
    if (!p.ok) return p
    planned.push(p.value)
  }
  for (const m of req.mounts) {
    const p = parseMountSpec(d, m)
    if (!p.ok) return p
    planned.push(p.value)
  }
  const seen = new Set<string>()
  for (const p of planned) {
    if (seen.has(p.destination)) return err(`Duplicate mount point: ${p.destination}`)
    seen.add(p.destination)
  }
  for (const dst of Object.keys(config.Volumes ?? {})) {
    const at = normalize(dst)
    if (!seen.has(at)) planned.push({ type: 'volume', source: '', destination: at, mode: '', rw: true, createHostPath: false, copy: true })
  }
  const imageFs = d.imageFs(image)
  const out: MountRecord[] = []
  for (const p of planned) {
    if (p.type === 'bind') {
      // `-v /missing:/x`: the daemon creates the host directory (as root), as dockerd does
      if (p.createHostPath && d.hostFs && !d.hostFs.exists(p.source)) d.hostFs.mkdir(p.source, { recursive: true })
      out.push({ Type: 'bind', Source: p.source, Destination: p.destination, Mode: p.mode, RW: p.rw })
      continue
    }
    const anonymous = p.source === ''
    const v = createVolume(d, anonymous ? { anonymous: true } : { name: p.source })
    if (!v.ok) return v
    if (p.copy) populateVolume(v.value, imageFs, p.destination)
    // registerMountPoints: a `-v` volume without a mode gets "z"; --mount and anonymous ones keep ""
    const fromBind = !anonymous && req.binds.length > 0 && planned.indexOf(p) < req.binds.length
    out.push({ Type: 'volume', Name: v.value.name, Source: v.value.name, Destination: p.destination, Mode: fromBind ? p.mode || 'z' : p.mode, RW: p.rw })
  }
  return ok(out)
}

/** The container's mount table for its RootFs (volumes that have gone, or binds without a host, are skipped). */
export function mountTable(d: Daemon, c: ContainerRecord): Map<string, Mount> | null {
  if (!c.mounts?.length) return null
  const table = new Map<string, Mount>()
  for (const m of c.mounts) {
    let fs: RootFs | undefined
    let source = '/'
    if (m.Type === 'volume') {
      const v = findVolume(d, m.Name ?? m.Source)
      if (v) fs = volumeFs(d, v)
    } else if (d.hostFs) {
      fs = d.hostFs
      try {
        source = d.hostFs.resolve(m.Source)
      } catch {
        continue
      }
    }
    if (fs) table.set(m.Destination, { fs, source, readOnly: !m.RW })
  }
  return table
}

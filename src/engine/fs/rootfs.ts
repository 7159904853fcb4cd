import { ancestors, basename, dirname, normalize } from './path'
import { FsError, type DirEntry, type Entry, type FileEntry, type LayerEntry, type LayerFiles } from './types'

/** Children names per directory, computed once per immutable layer. */
const childIndex = new WeakMap<object, Map<string, Set<string>>>()

function indexOf(files: Readonly<LayerFiles>): Map<string, Set<string>> {
  let idx = childIndex.get(files)
  if (!idx) {
    idx = new Map()
    for (const p of Object.keys(files)) addChild(idx, p)
    childIndex.set(files, idx)
  }
  return idx
}

function addChild(idx: Map<string, Set<string>>, p: string): void {
  const d = dirname(p)
  let set = idx.get(d)
  if (!set) idx.set(d, (set = new Set()))
  set.add(basename(p))
}

/**
 * Another filesystem seen at a path of this one: a volume or a bind mount (`docker run -v`).
 * Like a Linux mount, everything at or below the mount point is the mounted filesystem's.
 */
export interface Mount {
  fs: RootFs
  /** The directory (or file) inside `fs` that appears at the mount point. */
  source: string
  readOnly?: boolean
}

interface MountHit {
  at: string
  mount: Mount
  /** The path inside the mounted filesystem. */
  inner: string
}

export interface WriteOptions {
  mode?: number
  append?: boolean
  uid?: number
  gid?: number
  program?: string
}

/**
 * A copy-on-write union of read-only layers (bottom first) and one writable upper layer,
 * with overlayfs semantics: whiteouts delete, opaque directories hide what is below.
 * Layers are shared between containers and never copied; only `upper` is ever written.
 */
export class RootFs {
  private upperIndex: Map<string, Set<string>> | null = null

  /**
   * Called after each change to the upper layer with the path written or removed. Unset except
   * on the host's workspace, where a face (the editor) listens; the engine itself never does.
   */
  onChange?: (path: string) => void

  /**
   * Mount points (container path → mount). Lookups and writes at or below one go to the mounted
   * filesystem (the longest mount point wins); paths are still resolved in this filesystem's view,
   * so an absolute symlink inside a volume points into the container, as it does under Linux.
   */
  mounts: ReadonlyMap<string, Mount> | null = null

  constructor(
    readonly lowers: readonly Readonly<LayerFiles>[],
    readonly upper: LayerFiles,
    private readonly now: () => number = () => 0,
  ) {}

  // ---- lookup -------------------------------------------------------------------------------

  /** The mount holding an already-resolved path, if any. */
  private mountOf(path: string): MountHit | null {
    if (!this.mounts) return null
    let best: MountHit | null = null
    for (const [at, mount] of this.mounts) {
      if (path !== at && !path.startsWith(at === '/' ? '/' : `${at}/`)) continue
      if (best && best.at.length >= at.length) continue
      const rest = path.slice(at.length)
      best = { at, mount, inner: rest ? normalize(`${mount.source}/${rest}`) : mount.source }
    }
    return best
  }

  /** Run an operation on the mounted filesystem, reporting errors with this view's path. */
  private onMount<T>(hit: MountHit, original: string, write: boolean, op: (fs: RootFs, inner: string) => T): T {
    // mount(8) -o ro: every change below the mount point fails with EROFS
    if (write && hit.mount.readOnly) throw new FsError('EROFS', original)
    try {
      return op(hit.mount.fs, hit.inner)
    } catch (e) {
      if (e instanceof FsError) throw new FsError(e.code, original)
      throw e
    }
  }

  /** Names in directory `dir` that lead to a mount point (readdir lists them, as Linux does). */
  private mountNamesIn(dir: string): string[] {
    if (!this.mounts) return []
    const prefix = dir === '/' ? '/' : `${dir}/`
    const out: string[] = []
    for (const at of this.mounts.keys()) if (at.startsWith(prefix) && at !== prefix) out.push(at.slice(prefix.length).split('/')[0]!)
    return out
  }

  /** A directory the runtime made to hold a mount point (runc creates missing mount targets). */
  private mountParent(path: string): Entry | null {
    if (!this.mounts) return null
    for (const at of this.mounts.keys()) if (at.startsWith(`${path}/`)) return MOUNT_PARENT
    return null
  }

  /** The entry at an already-resolved path, or null. */
  private raw(path: string): Entry | null {
    const hit = this.mountOf(path)
    if (hit) return hit.mount.fs.lstat(hit.inner)
    if (path === '/') return ROOT
    const anc = ancestors(path)
    const layers = [this.upper, ...[...this.lowers].reverse()]
    for (const files of layers) {
      const e = files[path]
      if (e) return e.type === 'whiteout' ? this.mountParent(path) : e.type === 'dir' || !this.mounts ? e : (this.mountParent(path) ?? e)
      for (const a of anc) {
        const ae = files[a]
        if (ae && (ae.type === 'whiteout' || (ae.type === 'dir' && ae.opaque))) return this.mountParent(path)
        if (ae && ae.type !== 'dir') return this.mountParent(path)
      }
    }
    return this.mountParent(path)
  }

  /** Resolve symlinks in every component (and in the last one when `followLast`). */
  resolve(path: string, followLast = true, depth = 0): string {
    if (depth > 40) throw new FsError('ELOOP', path)
    const parts = normalize(path).split('/').filter(Boolean)
    let cur = '/'
    for (let i = 0; i < parts.length; i++) {
      const next = cur === '/' ? `/${parts[i]}` : `${cur}/${parts[i]}`
      const e = this.raw(next)
      const last = i === parts.length - 1
      if (e && e.type === 'symlink' && (!last || followLast)) {
        const target = e.target.startsWith('/') ? e.target : `${cur}/${e.target}`
        const rest = parts.slice(i + 1).join('/')
        return this.resolve(rest ? `${target}/${rest}` : target, followLast, depth + 1)
      }
      if (!last && e && e.type !== 'dir') throw new FsError('ENOTDIR', next)
      cur = next
    }
    return cur
  }

  lstat(path: string): Entry | null {
    try {
      return this.raw(this.resolve(path, false))
    } catch {
      return null
    }
  }

  stat(path: string): Entry | null {
    try {
      return this.raw(this.resolve(path, true))
    } catch {
      return null
    }
  }

  exists(path: string): boolean {
    return this.stat(path) !== null
  }

  isDir(path: string): boolean {
    return this.stat(path)?.type === 'dir'
  }

  readFile(path: string): string {
    const p = this.resolve(path)
    const e = this.raw(p)
    if (!e) throw new FsError('ENOENT', path)
    if (e.type === 'dir') throw new FsError('EISDIR', path)
    return (e as FileEntry).data
  }

  readdir(path: string): string[] {
    const p = this.resolve(path)
    const e = this.raw(p)
    if (!e) throw new FsError('ENOENT', path)
    if (e.type !== 'dir') throw new FsError('ENOTDIR', path)
    const hit = this.mountOf(p)
    if (hit) {
      const inner = this.onMount(hit, path, false, (fs, q) => fs.readdir(q))
      return [...new Set([...inner, ...this.mountNamesIn(p)])].sort()
    }
    const names = new Set<string>(this.mountNamesIn(p))
    if (!this.upperIndex) this.upperIndex = indexOf({ ...this.upper })
    const layers: Map<string, Set<string>>[] = [this.upperIndex, ...[...this.lowers].reverse().map(indexOf)]
    for (const idx of layers) for (const n of idx.get(p) ?? []) names.add(n)
    const prefix = p === '/' ? '/' : `${p}/`
    return [...names].filter((n) => this.raw(prefix + n) !== null).sort()
  }

  // ---- writes (always into the upper layer) ---------------------------------------------------

  private put(path: string, entry: LayerEntry): void {
    this.upper[path] = entry
    this.upperIndex = null
    this.onChange?.(path)
  }

  private parentMustBeDir(p: string, original: string): void {
    const d = dirname(p)
    const de = this.raw(d)
    if (!de) throw new FsError('ENOENT', original)
    if (de.type !== 'dir') throw new FsError('ENOTDIR', original)
  }

  private meta(mode: number, o?: WriteOptions) {
    return { mode: o?.mode ?? mode, uid: o?.uid ?? 0, gid: o?.gid ?? 0, mtime: this.now() }
  }

  writeFile(path: string, data: string, o?: WriteOptions): void {
    const p = this.resolve(path)
    const hit = this.mountOf(p)
    if (hit) return this.onMount(hit, path, true, (fs, q) => fs.writeFile(q, data, o))
    const existing = this.raw(p)
    if (existing?.type === 'dir') throw new FsError('EISDIR', path)
    if (!existing) this.parentMustBeDir(p, path)
    const prev = existing as FileEntry | null
    const content = o?.append && prev ? prev.data + data : data
    const entry: FileEntry = {
      type: 'file',
      ...this.meta(prev?.mode ?? 0o644, { uid: prev?.uid, gid: prev?.gid, ...o }),
      data: content,
    }
    if (o?.program ?? (prev?.program && o?.append)) entry.program = o?.program ?? prev?.program
    this.put(p, entry)
  }

  mkdir(path: string, o: { recursive?: boolean; mode?: number } = {}): void {
    const p = this.resolve(path)
    const e = this.raw(p)
    if (e) {
      if (o.recursive && e.type === 'dir') return
      throw new FsError('EEXIST', path)
    }
    const hit = this.mountOf(p)
    if (hit) {
      // the parents of `p` up to the mount point are already resolved in this view
      const rel = p.slice(hit.at.length)
      return this.onMount(hit, path, true, (fs, q) =>
        o.recursive && rel ? this.mkdirBelow(fs, hit.mount.source, rel, o.mode) : fs.mkdir(q, o),
      )
    }
    if (o.recursive) {
      for (const a of ancestors(p)) {
        const ae = this.raw(a)
        if (!ae) this.putDir(a, o.mode)
        else if (ae.type !== 'dir') throw new FsError('ENOTDIR', path)
      }
    } else this.parentMustBeDir(p, path)
    this.putDir(p, o.mode)
  }

  /** mkdir -p of `rel` under `base` inside a mounted filesystem. */
  private mkdirBelow(fs: RootFs, base: string, rel: string, mode?: number): void {
    let cur = base
    for (const part of rel.split('/').filter(Boolean)) {
      cur = cur === '/' ? `/${part}` : `${cur}/${part}`
      const e = fs.lstat(cur)
      if (!e) fs.mkdir(cur, { mode })
      else if (e.type !== 'dir') throw new FsError('ENOTDIR', cur)
    }
  }

  private putDir(p: string, mode = 0o755): void {
    // Re-creating a directory that a lower layer had (and that we whited out) must not bring
    // its old contents back: overlayfs marks such a directory opaque.
    const hidden = this.upper[p]?.type === 'whiteout'
    const entry: DirEntry = { type: 'dir', ...this.meta(mode) }
    if (hidden) entry.opaque = true
    this.put(p, entry)
  }

  symlink(target: string, path: string): void {
    const p = this.resolve(path, false)
    if (this.raw(p)) throw new FsError('EEXIST', path)
    const hit = this.mountOf(p)
    if (hit) return this.onMount(hit, path, true, (fs, q) => fs.symlink(target, q))
    this.parentMustBeDir(p, path)
    this.put(p, { type: 'symlink', target, ...this.meta(0o777) })
  }

  chmod(path: string, mode: number): void {
    const p = this.resolve(path)
    const e = this.raw(p)
    if (!e) throw new FsError('ENOENT', path)
    const hit = this.mountOf(p)
    if (hit) return this.onMount(hit, path, true, (fs, q) => fs.chmod(q, mode))
    this.put(p, { ...e, mode, mtime: this.now() })
  }

  /** Remove a file, link or (with `recursive`, or when empty) a directory. */
  remove(path: string, o: { recursive?: boolean } = {}): void {
    const p = this.resolve(path, false)
    if (p === '/') throw new FsError('EACCES', path)
    const e = this.raw(p)
    if (!e) throw new FsError('ENOENT', path)
    // a mount point cannot go while mounted: rm gets EBUSY (rm -r first empties the mount)
    if (this.mounts?.has(p)) {
      if (o.recursive && e.type === 'dir') for (const n of this.readdir(p)) this.remove(`${p}/${n}`, o)
      throw new FsError('EBUSY', path)
    }
    const hit = this.mountOf(p)
    if (hit) {
      for (const n of e.type === 'dir' ? this.mountNamesIn(p) : []) this.remove(`${p}/${n}`, o)
      return this.onMount(hit, path, true, (fs, q) => fs.remove(q, o))
    }
    if (e.type === 'dir') {
      const kids = this.readdir(p)
      if (kids.length && !o.recursive) throw new FsError('ENOTEMPTY', path)
      for (const k of Object.keys(this.upper)) if (k.startsWith(p + '/')) delete this.upper[k]
    }
    if (this.inLowers(p)) this.put(p, { type: 'whiteout' })
    else {
      delete this.upper[p]
      this.upperIndex = null
      this.onChange?.(p)
    }
  }

  private inLowers(p: string): boolean {
    const saved = this.upper[p]
    delete this.upper[p]
    const anc = ancestors(p)
    // Temporarily ignoring the upper entry, would the path still be visible from below?
    const upperHides = anc.some((a) => {
      const ae = this.upper[a]
      return ae !== undefined && (ae.type === 'whiteout' || (ae.type === 'dir' && ae.opaque === true))
    })
    let found = false
    if (!upperHides) {
      for (const files of [...this.lowers].reverse()) {
        const e = files[p]
        if (e) {
          found = e.type !== 'whiteout'
          break
        }
      }
    }
    if (saved) this.upper[p] = saved
    return found
  }

  rename(from: string, to: string): void {
    const src = this.resolve(from, false)
    const e = this.raw(src)
    if (!e) throw new FsError('ENOENT', from)
    let dst = this.resolve(to, false)
    if (this.raw(dst)?.type === 'dir') dst = `${dst === '/' ? '' : dst}/${basename(src)}`
    const from_ = this.mountOf(src)
    const to_ = this.mountOf(dst)
    if (this.mounts?.has(src)) throw new FsError('EBUSY', from)
    // rename(2) never crosses filesystems: mv then falls back to copy + remove
    if (from_?.mount !== to_?.mount) throw new FsError('EXDEV', from)
    if (from_ && to_) return this.onMount(from_, from, true, (fs, q) => fs.rename(q, to_.inner))
    this.parentMustBeDir(dst, to)
    if (e.type === 'dir') {
      const stack = [src]
      const moves: [string, Entry][] = []
      while (stack.length) {
        const d = stack.pop()!
        for (const n of this.readdir(d)) {
          const child = `${d}/${n}`
          const ce = this.raw(child)!
          moves.push([child, ce])
          if (ce.type === 'dir') stack.push(child)
        }
      }
      this.remove(src, { recursive: true })
      this.put(dst, { ...e, opaque: undefined } as Entry)
      for (const [p, ce] of moves) this.put(dst + p.slice(src.length), ce)
    } else {
      this.remove(src)
      this.put(dst, e)
    }
  }

  /** Every visible path below `dir` (depth first, sorted), for copy, diff and walk. */
  walk(dir = '/'): string[] {
    const out: string[] = []
    const visit = (d: string) => {
      for (const n of this.readdir(d)) {
        const p = d === '/' ? `/${n}` : `${d}/${n}`
        out.push(p)
        if (this.raw(p)?.type === 'dir') visit(p)
      }
    }
    visit(this.resolve(dir))
    return out
  }
}

const ROOT: DirEntry = { type: 'dir', mode: 0o755, uid: 0, gid: 0, mtime: 0 }
const MOUNT_PARENT: DirEntry = { type: 'dir', mode: 0o755, uid: 0, gid: 0, mtime: 0 }

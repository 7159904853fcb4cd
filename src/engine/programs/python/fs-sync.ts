import type { RootFs } from '../../fs/rootfs'
import type { Entry, LayerEntry } from '../../fs/types'
import type { PyEntry } from './port'

/** Kernel filesystems the interpreter host provides itself (and a container has no files in). */
const SKIP = /^\/(proc|sys|dev)(\/|$)/

function toPy(path: string, e: Entry | null): PyEntry {
  if (!e) return { path, kind: 'gone' }
  if (e.type === 'dir') return { path, kind: 'dir', mode: e.mode, mtime: e.mtime }
  if (e.type === 'symlink') return { path, kind: 'symlink', target: e.target, mtime: e.mtime }
  return { path, kind: 'file', data: e.data, mode: e.mode, mtime: e.mtime }
}

/**
 * Keeps an interpreter's copy of a container filesystem in step with the container's RootFs:
 * everything is copied in at start; before each step the entries the container changed since
 * (only its upper layer can change: the image layers are read-only) go in again; after each
 * step the interpreter's changes are written back, so `docker exec c cat` sees them.
 */
export class ContainerFiles {
  private seen = new Map<string, LayerEntry>()

  constructor(private readonly fs: RootFs) {}

  /** The whole visible filesystem, parents before children. */
  all(): PyEntry[] {
    this.remember()
    return this.fs.walk('/').filter((p) => !SKIP.test(p)).map((p) => toPy(p, this.fs.lstat(p)))
  }

  /** What changed in the container (another process, `docker cp`) since the last sync. */
  incoming(): PyEntry[] {
    const upper = this.fs.upper
    const changed = new Set<string>()
    for (const [p, e] of Object.entries(upper)) if (this.seen.get(p) !== e) changed.add(p)
    for (const p of this.seen.keys()) if (!(p in upper)) changed.add(p)
    this.remember()
    return [...changed].filter((p) => !SKIP.test(p)).sort().map((p) => toPy(p, this.fs.lstat(p)))
  }

  /** Write the interpreter's changes into the container's upper layer. */
  apply(changes: PyEntry[]): void {
    for (const c of changes) {
      try {
        this.applyOne(c)
      } catch {
        // A change the container cannot take (a file where a directory is) is dropped, as a
        // failed write-back on a real overlay would leave the lower entry in place.
      }
    }
    this.remember()
  }

  private applyOne(c: PyEntry): void {
    const fs = this.fs
    const parent = c.path.slice(0, c.path.lastIndexOf('/')) || '/'
    if (c.kind !== 'gone' && !fs.exists(parent)) fs.mkdir(parent, { recursive: true })
    const cur = fs.lstat(c.path)
    switch (c.kind) {
      case 'gone':
        if (cur) fs.remove(c.path, { recursive: true })
        return
      case 'dir':
        if (cur && cur.type !== 'dir') fs.remove(c.path)
        if (!fs.lstat(c.path)) fs.mkdir(c.path, { mode: c.mode })
        else if (cur && cur.type === 'dir' && cur.mode !== c.mode) fs.chmod(c.path, c.mode)
        return
      case 'symlink':
        if (cur) fs.remove(c.path, { recursive: true })
        fs.symlink(c.target, c.path)
        return
      case 'file':
        if (cur && cur.type !== 'file') fs.remove(c.path, { recursive: true })
        fs.writeFile(c.path, c.data, { mode: c.mode })
    }
  }

  private remember(): void {
    this.seen = new Map(Object.entries(this.fs.upper))
  }
}

import type { PyEntry } from '../../engine/programs/python/port'

/** The part of Emscripten's FS API we use (pyodide.FS). */
export interface EmFS {
  readdir(path: string): string[]
  lstat(path: string): { mode: number; size: number; mtime: Date | number }
  isDir(mode: number): boolean
  isFile(mode: number): boolean
  isLink(mode: number): boolean
  readlink(path: string): string
  readFile(path: string, o: { encoding: 'utf8' }): string
  writeFile(path: string, data: string): void
  mkdir(path: string, mode?: number): void
  symlink(target: string, path: string): void
  unlink(path: string): void
  rmdir(path: string): void
  chmod(path: string, mode: number): void
  utime(path: string, atime: number, mtime: number): void
  chdir(path: string): void
}

/**
 * Paths the interpreter owns and a container never overrides: the standard library lives in
 * /lib (a container's /lib, often a symlink to usr/lib, would hide it), and the kernel trees.
 */
const PROTECTED = /^\/(lib|dev|proc|sys)(\/|$)/

interface Seen {
  kind: 'file' | 'dir' | 'symlink'
  mtime: number
  size: number
  mode: number
}

function stamp(v: Date | number): number {
  return typeof v === 'number' ? v : v.getTime()
}

/**
 * One container's files inside the interpreter's in-memory filesystem: `inject` copies entries
 * in, `scan` reports what Python changed since (by mtime and size, which every write moves,
 * because injected files get the container's mtime), `view` is the whole container view, kept
 * so a shared interpreter can switch between containers.
 */
export class MemfsView {
  private seen = new Map<string, Seen>()
  readonly view = new Map<string, PyEntry>()

  constructor(
    private readonly fs: EmFS,
    /** Paths the interpreter had before any container: never reported, never removed. */
    private readonly pristine: ReadonlySet<string>,
  ) {}

  inject(entries: PyEntry[]): void {
    for (const e of entries) {
      if (PROTECTED.test(e.path) || e.path === '/') continue
      try {
        this.injectOne(e)
      } catch {
        // An entry Emscripten refuses (a name under a file) is skipped, not fatal.
      }
    }
  }

  private injectOne(e: PyEntry): void {
    const fs = this.fs
    const cur = this.stat(e.path)
    if (e.kind === 'gone') {
      if (cur) this.removeTree(e.path)
      return
    }
    this.mkdirs(e.path.slice(0, e.path.lastIndexOf('/')))
    if (cur && (cur.kind !== e.kind || e.kind === 'symlink')) this.removeTree(e.path)
    if (e.kind === 'dir') {
      if (!this.stat(e.path)) fs.mkdir(e.path, e.mode & 0o7777)
    } else if (e.kind === 'symlink') fs.symlink(e.target, e.path)
    else {
      fs.writeFile(e.path, e.data)
      fs.chmod(e.path, e.mode & 0o7777)
      fs.utime(e.path, e.mtime, e.mtime)
    }
    this.view.set(e.path, e)
    const st = this.stat(e.path)
    if (st) this.seen.set(e.path, st)
  }

  /** What Python created, changed or removed since the last inject/scan, parents first. */
  scan(): PyEntry[] {
    const out: PyEntry[] = []
    const found = new Set<string>()
    const visit = (dir: string) => {
      let names: string[]
      try {
        names = this.fs.readdir(dir)
      } catch {
        return
      }
      for (const n of names.sort()) {
        if (n === '.' || n === '..') continue
        const p = dir === '/' ? `/${n}` : `${dir}/${n}`
        if (PROTECTED.test(p)) continue
        const st = this.stat(p)
        if (!st) continue
        const before = this.seen.get(p)
        if (before || !this.pristine.has(p)) {
          found.add(p)
          if (!before || before.kind !== st.kind || before.mtime !== st.mtime || before.size !== st.size || before.mode !== st.mode) {
            const e = this.entry(p, st)
            out.push(e)
            this.view.set(p, e)
            this.seen.set(p, st)
          }
        }
        if (st.kind === 'dir') visit(p)
      }
    }
    visit('/')
    for (const p of [...this.seen.keys()]) {
      if (found.has(p)) continue
      out.push({ path: p, kind: 'gone' })
      this.seen.delete(p)
      this.view.delete(p)
    }
    return out
  }

  /** Take this container's files out (before another container's go in). */
  clear(): void {
    // The interpreter's cwd may be one of these directories; MEMFS refuses to remove it (EBUSY).
    this.fs.chdir('/')
    const paths = [...this.seen.keys()].sort().reverse()
    for (const p of paths) {
      try {
        if (!this.pristine.has(p)) this.removeTree(p)
      } catch {
        // Emscripten throws ErrnoError objects; whatever stays is overwritten by the next view.
      }
    }
    this.seen.clear()
  }

  /** Put this container's files back after `clear`. */
  restore(): void {
    const entries = [...this.view.values()].sort((a, b) => (a.path < b.path ? -1 : 1))
    this.inject(entries)
  }

  private entry(p: string, st: Seen): PyEntry {
    if (st.kind === 'dir') return { path: p, kind: 'dir', mode: st.mode, mtime: st.mtime }
    if (st.kind === 'symlink') return { path: p, kind: 'symlink', target: this.fs.readlink(p), mtime: st.mtime }
    return { path: p, kind: 'file', data: this.fs.readFile(p, { encoding: 'utf8' }), mode: st.mode, mtime: st.mtime }
  }

  private stat(p: string): Seen | null {
    try {
      const s = this.fs.lstat(p)
      const kind = this.fs.isLink(s.mode) ? 'symlink' : this.fs.isDir(s.mode) ? 'dir' : 'file'
      return { kind, mtime: stamp(s.mtime), size: kind === 'dir' ? 0 : s.size, mode: s.mode & 0o7777 }
    } catch {
      return null
    }
  }

  private mkdirs(dir: string): void {
    if (!dir || dir === '/' || this.stat(dir)) return
    this.mkdirs(dir.slice(0, dir.lastIndexOf('/')))
    this.fs.mkdir(dir)
  }

  private removeTree(p: string): void {
    const st = this.stat(p)
    if (!st) return
    if (st.kind === 'dir') {
      for (const n of this.fs.readdir(p)) if (n !== '.' && n !== '..') this.removeTree(`${p}/${n}`)
      if (!this.pristine.has(p)) this.fs.rmdir(p)
    } else this.fs.unlink(p)
    this.seen.delete(p)
    this.view.delete(p)
  }
}

/** Every path the interpreter's filesystem has before a container's files go in. */
export function pristinePaths(fs: EmFS): Set<string> {
  const out = new Set<string>()
  const visit = (dir: string) => {
    for (const n of fs.readdir(dir)) {
      if (n === '.' || n === '..') continue
      const p = dir === '/' ? `/${n}` : `${dir}/${n}`
      if (PROTECTED.test(p)) continue
      out.add(p)
      if (fs.isDir(fs.lstat(p).mode)) visit(p)
    }
  }
  visit('/')
  return out
}

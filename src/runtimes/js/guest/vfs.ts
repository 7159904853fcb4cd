import type { FsWriteOp, SnapshotEntry } from '../../../engine/programs/node/sandbox-port'

/**
 * A Node-style filesystem error: `ENOENT: no such file or directory, open '/x'`, a plain Error
 * (util.inspect would name a subclass) with Node's properties in Node's order.
 */
export function fsError(code: string, syscall: string, path: string): Error {
  const e = new Error(`${code}: ${FS_MESSAGES[code] ?? 'error'}, ${syscall} '${path}'`)
  return Object.assign(e, { errno: -(ERRNO[code] ?? 1), code, syscall, path })
}

const FS_MESSAGES: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EEXIST: 'file already exists',
  ENOTDIR: 'not a directory',
  EISDIR: 'illegal operation on a directory',
  ENOTEMPTY: 'directory not empty',
  ELOOP: 'too many symbolic links encountered',
}
const ERRNO: Record<string, number> = { ENOENT: 2, EEXIST: 17, ENOTDIR: 20, EISDIR: 21, ENOTEMPTY: 39, ELOOP: 40 }

export function normalizePath(p: string): string {
  const out: string[] = []
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') out.pop()
    else out.push(part)
  }
  return '/' + out.join('/')
}

const parentOf = (p: string) => normalizePath(p + '/..')

/**
 * The container's files inside the sandbox: the snapshot taken when `node` started, changed by
 * this process's own writes, each of which is also reported to the host.
 */
export class Vfs {
  constructor(
    private readonly entries: Record<string, SnapshotEntry>,
    private readonly report: (op: FsWriteOp) => void,
    private readonly now: () => number,
  ) {}

  /** Follow symlinks in every component. */
  resolve(path: string, followLast = true, depth = 0): string {
    if (depth > 40) throw fsError('ELOOP', 'stat', path)
    const parts = normalizePath(path).split('/').filter(Boolean)
    let cur = ''
    for (let i = 0; i < parts.length; i++) {
      const next = `${cur}/${parts[i]}`
      const e = this.entries[next]
      if (e?.type === 'symlink' && (i < parts.length - 1 || followLast)) {
        const target = e.target.startsWith('/') ? e.target : `${cur || '/'}/${e.target}`
        const rest = parts.slice(i + 1).join('/')
        return this.resolve(rest ? `${target}/${rest}` : target, followLast, depth + 1)
      }
      cur = next
    }
    return cur || '/'
  }

  entry(path: string, followLast = true): SnapshotEntry | undefined {
    return this.entries[this.resolve(path, followLast)]
  }

  readFile(path: string): string {
    const e = this.entry(path)
    if (!e) throw fsError('ENOENT', 'open', path)
    if (e.type === 'dir') throw fsError('EISDIR', 'read', path)
    return e.type === 'file' ? e.data : ''
  }

  writeFile(path: string, data: string, append = false): void {
    const p = this.resolve(path)
    const e = this.entries[p]
    if (e?.type === 'dir') throw fsError('EISDIR', 'open', path)
    const parent = this.entries[parentOf(p)]
    if (!e && parent?.type !== 'dir') throw fsError(parent ? 'ENOTDIR' : 'ENOENT', 'open', path)
    const prev = e?.type === 'file' ? e.data : ''
    this.entries[p] = { type: 'file', data: append ? prev + data : data, mode: e?.type === 'file' ? e.mode : 0o644, mtime: this.now() }
    this.report({ op: 'write', path: p, data, append: append || undefined })
  }

  readdir(path: string): string[] {
    const p = this.resolve(path)
    const e = this.entries[p]
    if (!e) throw fsError('ENOENT', 'scandir', path)
    if (e.type !== 'dir') throw fsError('ENOTDIR', 'scandir', path)
    const prefix = p === '/' ? '/' : p + '/'
    const names: string[] = []
    for (const k of Object.keys(this.entries)) {
      if (k.startsWith(prefix) && k.length > prefix.length && !k.slice(prefix.length).includes('/')) names.push(k.slice(prefix.length))
    }
    return names.sort()
  }

  mkdir(path: string, recursive: boolean): string | undefined {
    const p = this.resolve(path)
    if (this.entries[p]) {
      if (recursive && this.entries[p]!.type === 'dir') return undefined
      throw fsError('EEXIST', 'mkdir', path)
    }
    const parent = parentOf(p)
    if (!this.entries[parent]) {
      if (!recursive) throw fsError('ENOENT', 'mkdir', path)
      this.mkdir(parent, true)
    }
    this.entries[p] = { type: 'dir', mode: 0o755, mtime: this.now() }
    this.report({ op: 'mkdir', path: p, recursive: recursive || undefined })
    return p
  }

  remove(path: string, o: { dir: boolean; recursive?: boolean; force?: boolean; syscall: string }): void {
    const p = this.resolve(path, false)
    const e = this.entries[p]
    if (!e) {
      if (o.force) return
      throw fsError('ENOENT', o.syscall, path)
    }
    if (e.type === 'dir' && !o.dir) throw fsError('EISDIR', o.syscall, path)
    if (e.type !== 'dir' && o.dir && !o.recursive) throw fsError('ENOTDIR', o.syscall, path)
    const prefix = p + '/'
    const children = Object.keys(this.entries).filter((k) => k.startsWith(prefix))
    if (children.length && !o.recursive) throw fsError('ENOTEMPTY', o.syscall, path)
    for (const k of [p, ...children]) delete this.entries[k]
    this.report({ op: 'remove', path: p, recursive: o.recursive || undefined })
  }

  rename(from: string, to: string): void {
    const a = this.resolve(from, false)
    const b = this.resolve(to, false)
    if (!this.entries[a]) throw fsError('ENOENT', 'rename', from)
    for (const k of Object.keys(this.entries)) {
      if (k === a || k.startsWith(a + '/')) {
        this.entries[b + k.slice(a.length)] = this.entries[k]!
        delete this.entries[k]
      }
    }
    this.report({ op: 'rename', from: a, to: b })
  }
}

import { fsError, type Vfs } from '../vfs'
import { Buffer } from './buffer'

type Encoding = string | { encoding?: string | null; flag?: string } | undefined | null

const encodingOf = (o: Encoding) => (typeof o === 'string' ? o : (o?.encoding ?? null))

const enc = new TextEncoder()

/** fs.Stats of one entry (`shown` is the path as the caller gave it, for the error). */
function statEntry(vfs: Vfs, path: string, shown: string, follow: boolean) {
  const e = vfs.entry(path, follow)
  if (!e) throw fsError('ENOENT', follow ? 'stat' : 'lstat', shown)
  const size = e.type === 'file' ? enc.encode(e.data).length : e.type === 'dir' ? 4096 : e.target.length
  const mtime = new Date('mtime' in e ? e.mtime : 0)
  const mode = (e.type === 'dir' ? 0o040000 : e.type === 'symlink' ? 0o120000 : 0o100000) | ('mode' in e ? e.mode : 0o777)
  return {
    dev: 2049, mode, nlink: 1, uid: 0, gid: 0, rdev: 0, blksize: 4096, ino: 0, size, blocks: Math.ceil(size / 512),
    atimeMs: mtime.getTime(), mtimeMs: mtime.getTime(), ctimeMs: mtime.getTime(), birthtimeMs: mtime.getTime(),
    atime: mtime, mtime, ctime: mtime, birthtime: mtime,
    isFile: () => e.type === 'file',
    isDirectory: () => e.type === 'dir',
    isSymbolicLink: () => e.type === 'symlink',
    isFIFO: () => false, isSocket: () => false, isBlockDevice: () => false, isCharacterDevice: () => false,
  }
}

/** The promise (`fs.promises.x`) and callback (`fs.x(…, cb)`) forms of each `xSync`. */
function asyncForms(sync: Record<string, unknown>) {
  const promises: Record<string, unknown> = {}
  const callbacks: Record<string, unknown> = {}
  for (const name of Object.keys(sync)) {
    if (name === 'existsSync') continue
    const fn = sync[name] as (...a: unknown[]) => unknown
    const base = name.replace(/Sync$/, '')
    promises[base] = (...args: unknown[]) => new Promise((res, rej) => {
      try {
        res(fn(...args))
      } catch (e) {
        rej(e)
      }
    })
    callbacks[base] = (...args: unknown[]) => {
      const cb = args.pop()
      if (typeof cb !== 'function') throw Object.assign(new TypeError('The "cb" argument must be of type function. Received undefined'), { code: 'ERR_INVALID_ARG_TYPE' })
      let result: unknown
      try {
        result = fn(...args)
      } catch (e) {
        queueMicrotask(() => cb(e))
        return
      }
      queueMicrotask(() => cb(null, result))
    }
  }
  return { promises, callbacks }
}

/**
 * Node's `fs` over the sandbox's copy of the container's files (sync, callback and promise
 * forms of the common calls). Text only:  without an encoding, reads return the
 * UTF-8 bytes as a Buffer, as Node does.
 */
export function makeFs(vfs: Vfs, resolve: (p: string) => string) {
  const dataOf = (d: unknown) => (typeof d === 'string' ? d : d instanceof Uint8Array ? new TextDecoder().decode(d) : String(d))
  const p = (path: unknown) => {
    if (typeof path !== 'string') throw Object.assign(new TypeError(`The "path" argument must be of type string. Received ${typeof path}`), { code: 'ERR_INVALID_ARG_TYPE' })
    return resolve(path)
  }
  const statOf = (path: string, follow: boolean) => statEntry(vfs, p(path), path, follow)
  const sync = {
    readFileSync(path: string, o?: Encoding) {
      const text = vfs.readFile(p(path))
      return encodingOf(o) ? text : Buffer.from(text)
    },
    writeFileSync(path: string, data: unknown, o?: Encoding) {
      vfs.writeFile(p(path), dataOf(data), typeof o === 'object' && o?.flag === 'a')
    },
    appendFileSync(path: string, data: unknown) {
      vfs.writeFile(p(path), dataOf(data), true)
    },
    existsSync(path: string) {
      try {
        return vfs.entry(p(path)) !== undefined
      } catch {
        return false
      }
    },
    readdirSync(path: string, o?: { withFileTypes?: boolean }) {
      const names = vfs.readdir(p(path))
      if (!o?.withFileTypes) return names
      return names.map((name) => {
        const s = statOf(`${p(path)}/${name}`, false)
        return { name, parentPath: p(path), path: p(path), isFile: s.isFile, isDirectory: s.isDirectory, isSymbolicLink: s.isSymbolicLink }
      })
    },
    mkdirSync(path: string, o?: { recursive?: boolean } | number) {
      return vfs.mkdir(p(path), typeof o === 'object' && !!o?.recursive)
    },
    statSync: (path: string) => statOf(path, true),
    lstatSync: (path: string) => statOf(path, false),
    unlinkSync(path: string) {
      vfs.remove(p(path), { dir: false, syscall: 'unlink' })
    },
    rmdirSync(path: string, o?: { recursive?: boolean }) {
      vfs.remove(p(path), { dir: true, recursive: o?.recursive, syscall: 'rmdir' })
    },
    rmSync(path: string, o?: { recursive?: boolean; force?: boolean }) {
      vfs.remove(p(path), { dir: !!o?.recursive, recursive: o?.recursive, force: o?.force, syscall: 'rm' })
    },
    renameSync(from: string, to: string) {
      vfs.rename(p(from), p(to))
    },
    copyFileSync(from: string, to: string) {
      vfs.writeFile(p(to), vfs.readFile(p(from)))
    },
    accessSync(path: string) {
      if (!vfs.entry(p(path))) throw fsError('ENOENT', 'access', path)
    },
    realpathSync: (path: string) => vfs.resolve(p(path)),
  }
  const { promises, callbacks } = asyncForms(sync)
  const exists = (path: string, cb: (ok: boolean) => void) => queueMicrotask(() => cb(sync.existsSync(path)))
  const constants = { F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1 }
  return { ...sync, ...callbacks, exists, promises, constants }
}

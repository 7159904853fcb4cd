/**
 * COPY/ADD into a new layer (buildkit llb.Copy with AllowWildcard, CopyDirContentsOnly,
 * CreateDestPath): a directory source copies its contents; several sources, a wildcard or a
 * dest ending in "/" make dest a directory; missing sources fail the cache-key computation.
 */
import type { RootFs } from '../fs/rootfs'
import type { Entry, LayerFiles } from '../fs/types'
import { sha256Hex } from '../kernel/hash'
import { cleanRel, globRegex } from './context'

/** Where sources come from: the context's file map or another stage's root filesystem. */
export interface CopySource {
  /** rel path ("" = root) → entry, or null. */
  get(rel: string): Entry | null
  /** Every rel path (for wildcards and directory contents). */
  list(): string[]
}

export function fsSource(fs: RootFs): CopySource {
  return {
    get: (rel) => (rel === '' ? { type: 'dir', mode: 0o755, uid: 0, gid: 0, mtime: 0 } : fs.lstat('/' + rel)),
    list: () => fs.walk('/').map((p) => p.slice(1)),
  }
}

export function mapSource(files: ReadonlyMap<string, Entry>): CopySource {
  return {
    get: (rel) => (rel === '' ? { type: 'dir', mode: 0o755, uid: 0, gid: 0, mtime: 0 } : (files.get(rel) ?? null)),
    list: () => [...files.keys()].sort(),
  }
}

export interface CopyOptions {
  uid: number | null
  gid: number | null
  chmod: number | null
  now: number
}

export type CopyResult = { ok: true; files: LayerFiles; checksum: string } | { ok: false; missing: string }

const hasMeta = (s: string) => /[*?[\\]/.test(s)

export function copyFiles(src: CopySource, srcs: string[], destAbs: string, destIsDirHint: boolean, target: RootFs, o: CopyOptions): CopyResult {
  const matches: string[] = []
  for (const s of srcs) {
    const rel = cleanRel(s)
    if (hasMeta(rel)) {
      const re = globRegex(rel)
      const found = src.list().filter((p) => re.test(p))
      if (found.length === 0) return { ok: false, missing: '/' + rel }
      matches.push(...found)
    } else {
      if (!src.get(rel)) return { ok: false, missing: '/' + rel }
      matches.push(rel)
    }
  }
  const dest = destAbs === '/' ? '' : destAbs.replace(/\/+$/, '')
  const destIsDir = destIsDirHint || matches.length > 1 || srcs.some((s) => hasMeta(s)) || target.isDir(destAbs)
  const files: LayerFiles = {}
  const sums: string[] = []
  const own = (e: Entry): Entry => {
    const c = { ...e, uid: o.uid ?? e.uid, gid: o.gid ?? e.gid }
    if (o.chmod !== null && c.type !== 'symlink') c.mode = o.chmod
    return c
  }
  const mkdirs = (abs: string) => {
    const parts = abs.split('/').filter(Boolean)
    let p = ''
    for (const seg of parts) {
      p += '/' + seg
      if (!files[p] && !target.isDir(p)) files[p] = { type: 'dir', mode: 0o755, uid: o.uid ?? 0, gid: o.gid ?? 0, mtime: o.now }
    }
  }
  const put = (abs: string, e: Entry, rel: string) => {
    mkdirs(abs.slice(0, abs.lastIndexOf('/')))
    files[abs] = own(e)
    sums.push(`${rel}\0${e.type}\0${e.type === 'file' ? sha256Hex(e.data) + (e.program ?? '') : e.type === 'symlink' ? e.target : ''}\0${e.mode}`)
  }
  for (const rel of matches) {
    const e = src.get(rel)!
    if (e.type === 'dir') {
      const base = destIsDir || matches.length === 1 ? dest : dest
      mkdirs(base || '/')
      const prefix = rel === '' ? '' : rel + '/'
      for (const p of src.list()) {
        if (!p.startsWith(prefix) || p === rel) continue
        const child = src.get(p)
        if (child) put(`${base}/${p.slice(prefix.length)}`, child, p)
      }
    } else {
      const name = rel.slice(rel.lastIndexOf('/') + 1)
      put(destIsDir ? `${dest}/${name}` : dest || '/' + name, e, rel)
    }
  }
  return { ok: true, files, checksum: sha256Hex(sums.join('\n')) }
}

import type { LayerFiles } from '../../fs/types'
import type { CatalogLayer, HistoryEntry } from './types'

/** Milliseconds since the epoch of an RFC 3339 UTC time ("2025-12-08T00:00:00Z"); no Date in the engine. */
export function epochMs(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?Z$/.exec(iso)
  if (!m) throw new Error(`not an RFC 3339 UTC time: ${iso}`)
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number]
  const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0
  // Days from civil (Howard Hinnant's algorithm).
  const yy = mo <= 2 ? y - 1 : y
  const era = Math.floor(yy / 400)
  const yoe = yy - era * 400
  const doy = Math.floor((153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  const days = era * 146097 + doe - 719468
  return ((days * 24 + h) * 60 + mi) * 60_000 + s * 1000 + ms
}

/** Builds one layer's file map; parents of every path are added as directories. */
export class LayerBuilder {
  private readonly out: LayerFiles = {}
  constructor(readonly mtime: number) {}

  dir(path: string, mode = 0o755, uid = 0, gid = 0): this {
    this.parents(path)
    if (!this.out[path]) this.out[path] = { type: 'dir', mode, uid, gid, mtime: this.mtime }
    return this
  }
  /** Several directories with the default owner and mode. */
  dirs(...paths: string[]): this {
    for (const p of paths) this.dir(p)
    return this
  }
  file(path: string, data: string, mode = 0o644, uid = 0, gid = 0): this {
    this.parents(path)
    this.out[path] = { type: 'file', data, mode, uid, gid, mtime: this.mtime }
    return this
  }
  /** An executable that stands for a binary: running it starts the built-in `program`. */
  exe(path: string, program: string, size: number): this {
    this.parents(path)
    this.out[path] = { type: 'file', data: '', program, size, mode: 0o755, uid: 0, gid: 0, mtime: this.mtime }
    return this
  }
  /** A binary we never run (libraries, loaders): only its size matters. */
  blob(path: string, size: number, mode = 0o755): this {
    this.parents(path)
    this.out[path] = { type: 'file', data: '', size, mode, uid: 0, gid: 0, mtime: this.mtime }
    return this
  }
  link(path: string, target: string): this {
    this.parents(path)
    this.out[path] = { type: 'symlink', target, mode: 0o777, uid: 0, gid: 0, mtime: this.mtime }
    return this
  }
  /** Executables named after their own command, all in one directory. */
  exes(dir: string, sizes: Record<string, number>): this {
    for (const [name, size] of Object.entries(sizes)) this.exe(`${dir}/${name}`, name, size)
    return this
  }
  build(): LayerFiles {
    return this.out
  }
  private parents(path: string): void {
    let i = path.indexOf('/', 1)
    while (i > 0) {
      const p = path.slice(0, i)
      if (!this.out[p]) this.out[p] = { type: 'dir', mode: 0o755, uid: 0, gid: 0, mtime: this.mtime }
      i = path.indexOf('/', i + 1)
    }
  }
}

/**
 * A catalog layer whose files are built on first use and then kept: the same object is
 * shared by every image that has this layer, so its key (and diff ID) is shared too.
 */
export function layer(
  key: string,
  created: string,
  sizes: { compressed: number; size: number },
  fill: (b: LayerBuilder) => void,
): CatalogLayer {
  let cached: LayerFiles | undefined
  return {
    key,
    compressedSize: sizes.compressed,
    size: sizes.size,
    files: () => {
      if (!cached) {
        const b = new LayerBuilder(epochMs(created))
        fill(b)
        cached = b.build()
      }
      return cached
    },
  }
}

/** BuildKit writes this comment on every history row it creates. */
export const BUILDKIT = 'buildkit.dockerfile.v0'

/** A history row that made a layer. */
export function step(created: string, createdBy: string, comment = BUILDKIT): HistoryEntry {
  return comment ? { created, created_by: createdBy, comment } : { created, created_by: createdBy }
}

/** A 0-byte history row (ENV, LABEL, CMD, …). */
export function meta(created: string, createdBy: string, comment = BUILDKIT): HistoryEntry {
  return comment
    ? { created, created_by: createdBy, comment, empty_layer: true }
    : { created, created_by: createdBy, empty_layer: true }
}

export const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

/** `key=value` lines, as os-release and similar files are written. */
export function lines(...rows: string[]): string {
  return rows.join('\n') + '\n'
}

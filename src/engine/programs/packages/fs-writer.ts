import type { RootFs } from '../../fs/rootfs'

/** One file a package puts on disk (our stand-in for a member of the .deb/.apk/.whl archive). */
export type PkgFile =
  | { path: string; kind: 'file'; data: string; mode?: number }
  | { path: string; kind: 'exe'; program: string; size: number }
  | { path: string; kind: 'link'; target: string }
  | { path: string; kind: 'dir'; mode?: number }

/** A small builder so the catalogs read like file lists. */
export class FileList {
  readonly files: PkgFile[] = []
  file(path: string, data: string, mode?: number): this {
    this.files.push({ path, kind: 'file', data, mode })
    return this
  }
  exe(path: string, program: string, size: number): this {
    this.files.push({ path, kind: 'exe', program, size })
    return this
  }
  link(path: string, target: string): this {
    this.files.push({ path, kind: 'link', target })
    return this
  }
  dir(path: string, mode?: number): this {
    this.files.push({ path, kind: 'dir', mode })
    return this
  }
}

function ensureDir(fs: RootFs, dir: string): void {
  if (!fs.isDir(dir)) fs.mkdir(dir, { recursive: true })
}

/**
 * Unpack files into the container: every write goes through the RootFs, so it lands in the
 * writable layer (the image layers are shared and never change). Returns the paths written,
 * for dpkg's .list file. Symlinked directories (merged /usr) are followed like tar does.
 */
export function unpack(fs: RootFs, files: readonly PkgFile[]): string[] {
  const written: string[] = []
  for (const f of files) {
    const slash = f.path.lastIndexOf('/')
    ensureDir(fs, f.path.slice(0, slash) || '/')
    if (f.kind === 'dir') {
      ensureDir(fs, f.path)
    } else if (f.kind === 'link') {
      if (fs.lstat(f.path)) fs.remove(f.path)
      fs.symlink(f.target, f.path)
    } else if (f.kind === 'file') {
      fs.writeFile(f.path, f.data, { mode: f.mode ?? 0o644 })
    } else {
      fs.writeFile(f.path, '', { mode: 0o755, program: f.program })
      // A binary's size is what ls and docker diff report; the RootFs keeps it on the entry.
      const entry = fs.upper[fs.resolve(f.path)]
      if (entry?.type === 'file') entry.size = f.size
    }
    written.push(f.path)
  }
  return written
}

/** Append text to a file, creating it (and its directory) if needed. */
export function appendFile(fs: RootFs, path: string, text: string): void {
  ensureDir(fs, path.slice(0, path.lastIndexOf('/')) || '/')
  fs.writeFile(path, text, { append: true })
}

export function readText(fs: RootFs, path: string): string | null {
  try {
    return fs.readFile(path)
  } catch {
    return null
  }
}

/**
 * Filesystem entries. Layers are plain objects keyed by absolute, normalised path, so engine
 * state stays serialisable. A regular file either holds text or names a built-in program
 * (our stand-in for an ELF binary: running it starts that program).
 */
export interface EntryMeta {
  mode: number // permission bits, e.g. 0o755
  uid: number
  gid: number
  mtime: number // ms since epoch
}

export interface FileEntry extends EntryMeta {
  type: 'file'
  data: string
  /** Built-in program this executable runs (see src/engine/programs). */
  program?: string
  /** Size to report when larger than the stored text (binaries we do not store). */
  size?: number
}
export interface DirEntry extends EntryMeta {
  type: 'dir'
  /** Overlay "opaque" directory: hides everything below it in lower layers. */
  opaque?: boolean
}
export interface SymlinkEntry extends EntryMeta {
  type: 'symlink'
  target: string
}
/** Overlay whiteout: the path is deleted in this layer. */
export interface WhiteoutEntry {
  type: 'whiteout'
}

export type Entry = FileEntry | DirEntry | SymlinkEntry
export type LayerEntry = Entry | WhiteoutEntry

/** path → entry. Paths are absolute and normalised ("/etc/os-release"); "/" itself is implicit. */
export type LayerFiles = Record<string, LayerEntry>

export interface Layer {
  /** "sha256:<64hex>" of the layer's canonical serialisation (its diff ID). */
  readonly diffId: string
  readonly files: Readonly<LayerFiles>
  /** Uncompressed size Docker reports for this layer. */
  readonly size: number
}

export interface StatResult {
  path: string
  entry: Entry
}

export type FsErrorCode =
  | 'ENOENT'
  | 'ENOTDIR'
  | 'EISDIR'
  | 'EEXIST'
  | 'ENOTEMPTY'
  | 'EINVAL'
  | 'ELOOP'
  | 'EACCES'
  | 'EROFS'
  | 'EXDEV'
  | 'EBUSY'

export class FsError extends Error {
  constructor(
    readonly code: FsErrorCode,
    readonly path: string,
  ) {
    super(`${code}: ${path}`)
  }
  /** The strerror text, as coreutils and runtimes print it. */
  get reason(): string {
    return FS_REASONS[this.code]
  }
}

export const FS_REASONS: Record<FsErrorCode, string> = {
  ENOENT: 'No such file or directory',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  EEXIST: 'File exists',
  ENOTEMPTY: 'Directory not empty',
  EINVAL: 'Invalid argument',
  ELOOP: 'Too many levels of symbolic links',
  EACCES: 'Permission denied',
  EROFS: 'Read-only file system',
  EXDEV: 'Invalid cross-device link',
  EBUSY: 'Device or resource busy',
}

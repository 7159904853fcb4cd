import type { RootFs } from '../../fs/rootfs'
import { basename, resolvePath } from '../../fs/path'
import type { Entry } from '../../fs/types'

export interface CopyEnd {
  fs: RootFs
  cwd: string
  path: string
  /** Set when this end is inside a container (for error texts). */
  container?: string
}

/** "web:/etc/hosts" → container + path; anything without a colon before a slash is a host path. */
export function parseCopyArg(arg: string): { container?: string; path: string } {
  if (arg.startsWith('/') || arg.startsWith('.')) return { path: arg }
  const i = arg.indexOf(':')
  if (i <= 0) return { path: arg }
  return { container: arg.slice(0, i), path: arg.slice(i + 1) || '/' }
}

const TAR_BLOCK = 512

/**
 * Copy a file or a directory tree the way `docker cp` does (through a tar stream), and report
 * the size of that stream, which is what the CLI's "Successfully copied" line shows.
 */
export function copyBetween(src: CopyEnd, dst: CopyEnd): { ok: true; tarBytes: number } | { ok: false; message: string } {
  const from = resolvePath(src.cwd, src.path)
  const entry = src.fs.stat(from)
  if (!entry) {
    return {
      ok: false,
      message: src.container
        ? `Error response from daemon: Could not find the file ${from} in container ${src.container}`
        : `lstat ${from}: no such file or directory`,
    }
  }
  let target = resolvePath(dst.cwd, dst.path)
  const existing = dst.fs.stat(target)
  if (existing?.type === 'dir') target = `${target === '/' ? '' : target}/${basename(from)}`
  else if (!dst.fs.isDir(resolvePath(target, '..'))) {
    return {
      ok: false,
      message: dst.container
        ? `Error response from daemon: Could not find the file ${resolvePath(target, '..')} in container ${dst.container}`
        : `lstat ${resolvePath(target, '..')}: no such file or directory`,
    }
  }
  if (entry.type === 'file' && dst.path.endsWith('/') && !existing) {
    return { ok: false, message: `Error response from daemon: destination directory ${target} does not exist` }
  }
  let bytes = 2 * TAR_BLOCK
  const copyOne = (d: string, e: Entry) => {
    bytes += TAR_BLOCK
    if (e.type === 'dir') {
      if (!dst.fs.isDir(d)) dst.fs.mkdir(d, { mode: e.mode })
    } else if (e.type === 'file') {
      dst.fs.writeFile(d, e.data, { mode: e.mode, program: e.program })
      bytes += Math.ceil((e.size ?? e.data.length) / TAR_BLOCK) * TAR_BLOCK
    } else if (e.type === 'symlink' && !dst.fs.lstat(d)) dst.fs.symlink(e.target, d)
  }
  copyOne(target, entry)
  if (entry.type === 'dir') {
    for (const p of src.fs.walk(from)) {
      const e = src.fs.lstat(p)
      if (e) copyOne(target + p.slice(from.length), e)
    }
  }
  return { ok: true, tarBytes: bytes }
}

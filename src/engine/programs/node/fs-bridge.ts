import type { RootFs } from '../../fs/rootfs'
import type { FsWriteOp, SnapshotEntry } from './sandbox-port'

/**
 * The container's filesystem as plain data for the sandbox. Executables that stand for a
 * built-in program (our ELF binaries) come through as empty files: reading /usr/local/bin/node
 * from JavaScript yields nothing useful in real life either.
 */
export function snapshotFs(fs: RootFs): Record<string, SnapshotEntry> {
  const out: Record<string, SnapshotEntry> = { '/': { type: 'dir', mode: 0o755, mtime: 0 } }
  for (const path of fs.walk('/')) {
    const e = fs.lstat(path)
    if (!e) continue
    if (e.type === 'dir') out[path] = { type: 'dir', mode: e.mode, mtime: e.mtime }
    else if (e.type === 'symlink') out[path] = { type: 'symlink', target: e.target }
    else out[path] = { type: 'file', data: e.program ? '' : e.data, mode: e.mode, mtime: e.mtime }
  }
  return out
}

/** Replay one sandbox write onto the container's RootFs. Failures are the sandbox's to report. */
export function applyFsOp(fs: RootFs, op: FsWriteOp, uid: number): void {
  try {
    switch (op.op) {
      case 'write':
        fs.writeFile(op.path, op.data, { append: op.append, mode: op.mode, uid, gid: uid })
        break
      case 'mkdir':
        fs.mkdir(op.path, { recursive: op.recursive })
        break
      case 'remove':
        fs.remove(op.path, { recursive: op.recursive })
        break
      case 'rename':
        fs.rename(op.from, op.to)
        break
    }
  } catch {
    // the sandbox checked the same conditions on its copy and already threw to the user
  }
}

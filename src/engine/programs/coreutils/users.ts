import type { RootFs } from '../../fs/rootfs'

function table(fs: RootFs, path: string): string[][] {
  try {
    return fs
      .readFile(path)
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split(':'))
  } catch {
    return []
  }
}

/** User name for a uid from the container's /etc/passwd; the number when unknown (as ls shows it). */
export function userName(fs: RootFs, uid: number): string {
  return table(fs, '/etc/passwd').find((f) => f[2] === String(uid))?.[0] ?? String(uid)
}

export function groupName(fs: RootFs, gid: number): string {
  return table(fs, '/etc/group').find((f) => f[2] === String(gid))?.[0] ?? String(gid)
}

export function primaryGid(fs: RootFs, uid: number): number {
  const g = table(fs, '/etc/passwd').find((f) => f[2] === String(uid))?.[3]
  return g === undefined ? uid : Number(g)
}

/** Supplementary groups: those in /etc/group listing the user by name. */
export function groupsOf(fs: RootFs, user: string): { gid: number; name: string }[] {
  return table(fs, '/etc/group')
    .filter((f) => (f[3] ?? '').split(',').includes(user))
    .map((f) => ({ gid: Number(f[2]), name: f[0]! }))
}

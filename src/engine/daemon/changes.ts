import { ancestors } from '../fs/path'
import type { LayerFiles } from '../fs/types'
import { RootFs } from '../fs/rootfs'

export interface Change {
  kind: 'A' | 'C' | 'D'
  path: string
}

/**
 * moby's archive.Changes over overlay: every path in the writable layer is Added, Changed
 * (it existed below) or Deleted (a whiteout); directories above a change count as Changed.
 */
export function layerChanges(lowers: LayerFiles[], upper: LayerFiles): Change[] {
  const below = new RootFs(lowers, {})
  const out = new Map<string, Change['kind']>()
  for (const [path, e] of Object.entries(upper)) {
    if (e.type === 'whiteout') out.set(path, 'D')
    else out.set(path, below.lstat(path) ? 'C' : 'A')
    for (const a of ancestors(path)) if (!out.has(a) && below.lstat(a)) out.set(a, 'C')
  }
  // an unchanged directory entry that only exists because a child was written stays out
  for (const [path, kind] of out) {
    const e = upper[path]
    if (kind === 'C' && e?.type === 'dir') {
      const lower = below.lstat(path)
      if (lower?.type === 'dir' && lower.mode === e.mode && !hasChild(out, path)) out.delete(path)
    }
  }
  return [...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([path, kind]) => ({ kind, path }))
}

function hasChild(all: Map<string, unknown>, dir: string): boolean {
  for (const p of all.keys()) if (p.startsWith(dir + '/')) return true
  return false
}

/**
 * The learner's workspace as the editor sees it: the host filesystem under the home directory,
 * and a way to hear about changes, whoever makes them (the editor, the shell, `docker cp`).
 *
 * The engine calls `RootFs.onChange` after every write to the host's upper layer; one listener
 * fans that out here, coalesced to one notification per task (a `cp -r` writes many paths).
 */
import type { RootFs } from '../../engine/fs/rootfs'

export interface Workspace {
  /** `/home/learner` */
  readonly root: string
  readonly fs: RootFs
  /** Bumped once per burst of changes; cheap to compare in render. */
  version(): number
  /** `listener` runs after a burst of changes; returns the unsubscribe. */
  watch(listener: () => void): () => void
}

export function createWorkspace(fs: RootFs, root: string, onAnyChange: () => void = () => {}): Workspace {
  const listeners = new Set<() => void>()
  let version = 0
  let queued = false
  fs.onChange = () => {
    version++
    onAnyChange()
    if (queued) return
    queued = true
    queueMicrotask(() => {
      queued = false
      for (const l of [...listeners]) l()
    })
  }
  return {
    root,
    fs,
    version: () => version,
    watch(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

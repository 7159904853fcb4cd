import type { DaemonState } from '../../engine/daemon/state'
import type { LayerFiles } from '../../engine/fs/types'
import type { StorageLike } from '../../store'

/** What survives a reload: the daemon's plain state, the workspace files and the seed. */
export interface SavedSession {
  version: 1
  seed: number
  daemon: DaemonState
  workspace: LayerFiles
}

const KEY = 'wharf:session:v1'

export function loadSnapshot(storage: StorageLike | null): SavedSession | null {
  if (!storage) return null
  try {
    const raw = storage.getItem(KEY)
    if (!raw) return null
    const parsed = JSON.parse(raw) as SavedSession
    return parsed.version === 1 && parsed.daemon?.version === 1 ? parsed : null
  } catch {
    return null
  }
}

let timer: ReturnType<typeof setTimeout> | undefined

/** Save at most twice a second; storage may be absent or full (iframes): then nothing is saved. */
export function saveSnapshotSoon(storage: StorageLike | null, take: () => Omit<SavedSession, 'version'>): void {
  if (!storage || timer !== undefined) return
  timer = setTimeout(() => {
    timer = undefined
    try {
      storage.setItem(KEY, JSON.stringify({ version: 1, ...take() }))
    } catch {
      // quota exceeded or storage disabled: the session simply is not kept
    }
  }, 500)
}

export function clearSnapshot(storage: StorageLike | null): void {
  try {
    storage?.removeItem?.(KEY)
  } catch {
    // ignore
  }
}

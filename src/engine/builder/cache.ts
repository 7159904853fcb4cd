/**
 * The build cache, kept in daemon state as plain data: cache key (sha256 over the parent key,
 * the instruction and its inputs) → the layer it produced and when (so a cached rebuild keeps
 * the layer times and yields the same image ID).
 */
import type { Daemon } from '../daemon/daemon'
import type { BuildCacheRecord } from '../daemon/state'

export function buildCache(d: Daemon): Record<string, BuildCacheRecord> {
  return (d.state.buildCache ??= {})
}

import type { CancelToken } from '../kernel/ports'
import { cliError, fail, ok, type Result } from '../kernel/errors'
import type { RegistryManifest } from './registry-port'

/** One jsonmessage as the daemon streams it during a pull (moby pkg/jsonmessage). */
export interface PullMessage {
  id?: string
  status: string
  progress?: { current: number; total: number }
}

export interface PullPlanOptions {
  manifest: RegistryManifest
  /** Which layer diff IDs are already on disk. */
  present: (diffId: string) => boolean
  /** Simulated network speed; Infinity pulls instantly. */
  bytesPerSecond: number
  sleep: (ms: number, cancel?: CancelToken) => Promise<boolean>
  emit: (m: PullMessage) => void
  cancel?: CancelToken
}

const MAX_CONCURRENT_DOWNLOADS = 3 // dockerd's default max-concurrent-downloads
const TICK_MS = 100
const EXTRACT_SPEEDUP = 4 // extraction runs faster than the simulated network

interface LayerProgress {
  id: string
  compressed: number
  size: number
  downloaded: number
  extracted: number
  phase: 'waiting' | 'downloading' | 'downloaded' | 'extracting' | 'done'
}

/**
 * Replays what dockerd's graphdriver puller reports: "Pulling fs layer" for every missing layer,
 * "Waiting" beyond the three concurrent downloads, Downloading with progress, "Verifying Checksum",
 * "Download complete", then Extracting in layer order and "Pull complete".
 */
export async function runPullProgress(o: PullPlanOptions): Promise<Result<void>> {
  const layers: LayerProgress[] = []
  for (const l of o.manifest.layers) {
    const id = l.digest.slice('sha256:'.length, 'sha256:'.length + 12)
    if (o.present(l.diffId)) {
      o.emit({ id, status: 'Already exists' })
      continue
    }
    if (layers.some((x) => x.id === id)) continue
    layers.push({ id, compressed: l.compressedSize, size: l.size, downloaded: 0, extracted: 0, phase: 'waiting' })
    o.emit({ id, status: 'Pulling fs layer' })
  }
  layers.forEach((l, i) => i >= MAX_CONCURRENT_DOWNLOADS && o.emit({ id: l.id, status: 'Waiting' }))

  if (!Number.isFinite(o.bytesPerSecond)) {
    for (const l of layers) {
      o.emit({ id: l.id, status: 'Verifying Checksum' })
      o.emit({ id: l.id, status: 'Download complete' })
    }
    for (const l of layers) o.emit({ id: l.id, status: 'Pull complete' })
    return ok(undefined)
  }

  const perTick = (o.bytesPerSecond * TICK_MS) / 1000
  while (layers.some((l) => l.phase !== 'done')) {
    if (o.cancel?.cancelled) return fail(cliError('cancelled', 'context canceled'))
    // downloads: the first three unfinished layers share the bandwidth
    const active = layers.filter((l) => l.phase === 'waiting' || l.phase === 'downloading').slice(0, MAX_CONCURRENT_DOWNLOADS)
    for (const l of active) {
      l.phase = 'downloading'
      l.downloaded = Math.min(l.compressed, l.downloaded + perTick / active.length)
      if (l.downloaded >= l.compressed) {
        l.phase = 'downloaded'
        o.emit({ id: l.id, status: 'Verifying Checksum' })
        o.emit({ id: l.id, status: 'Download complete' })
      } else o.emit({ id: l.id, status: 'Downloading', progress: { current: Math.round(l.downloaded), total: l.compressed } })
    }
    // extraction: strictly in layer order, each waiting for the one below it
    const next = layers.find((l) => l.phase !== 'done')
    if (next && (next.phase === 'downloaded' || next.phase === 'extracting')) {
      next.phase = 'extracting'
      next.extracted = Math.min(next.size, next.extracted + perTick * EXTRACT_SPEEDUP)
      if (next.extracted >= next.size) {
        next.phase = 'done'
        o.emit({ id: next.id, status: 'Pull complete' })
      } else o.emit({ id: next.id, status: 'Extracting', progress: { current: Math.round(next.extracted), total: next.size } })
    }
    const stillGoing = layers.some((l) => l.phase !== 'done')
    if (stillGoing && !(await o.sleep(TICK_MS, o.cancel))) return fail(cliError('cancelled', 'context canceled'))
  }
  return ok(undefined)
}

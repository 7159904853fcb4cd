import { humanDuration } from '../cli/format/units'
import type { ContainerRecord } from './state'

/** moby daemon/container/state.go State.String(): the STATUS column. */
export function statusText(c: ContainerRecord, now: number): string {
  const s = c.state
  if (s.Running) {
    const up = `Up ${humanDuration(now - s.StartedAt)}`
    return s.Paused ? `${up} (Paused)` : up
  }
  if (s.Status === 'removing') return 'Removal In Progress'
  if (s.Status === 'dead') return 'Dead'
  if (s.StartedAt === 0) return 'Created'
  return `Exited (${s.ExitCode}) ${humanDuration(now - s.FinishedAt)} ago`
}

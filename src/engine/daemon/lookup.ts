import { daemonError, fail, ok, type Result } from '../kernel/errors'
import type { ContainerRecord, DaemonState, ImageRecord } from './state'

const HEX = /^[0-9a-f]+$/

/**
 * moby's container lookup: a full ID, then an exact name, then a unique ID prefix
 * (daemon/container/view.go, daemon/container.go GetContainer).
 */
export function findContainer(state: DaemonState, input: string): Result<ContainerRecord> {
  if (input === '') return fail(daemonError('not-found', 'No such container: '))
  const byId = state.containers[input]
  if (byId) return ok(byId)
  const name = input.startsWith('/') ? input.slice(1) : input
  for (const c of Object.values(state.containers)) if (c.name === name) return ok(c)
  if (HEX.test(input)) {
    const matches = Object.values(state.containers).filter((c) => c.id.startsWith(input))
    if (matches.length === 1) return ok(matches[0]!)
    if (matches.length > 1) return fail(daemonError('invalid-argument', `multiple IDs found with provided prefix: ${input}`))
  }
  return fail(daemonError('not-found', `No such container: ${input}`))
}

/** Image by ID or unique ID prefix ("sha256:" optional). */
export function findImageById(state: DaemonState, input: string): ImageRecord | null {
  const hex = input.startsWith('sha256:') ? input.slice(7) : input
  if (!HEX.test(hex) || hex.length === 0) return null
  const full = state.images[`sha256:${hex}`]
  if (full) return full
  const matches = Object.values(state.images).filter((i) => i.id.slice(7).startsWith(hex))
  return matches.length === 1 ? matches[0]! : null
}

export function tagsOf(state: DaemonState, imageId: string): string[] {
  return Object.entries(state.tags)
    .filter(([, id]) => id === imageId)
    .map(([ref]) => ref)
}

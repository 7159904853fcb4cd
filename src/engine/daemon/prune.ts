import type { Daemon } from './daemon'
import { removeImageRecord } from './image-delete'
import { familiarize } from './refs'
import { layerSize } from './commit'

/** moby ContainersPrune: every container not running; their IDs and their writable layers' bytes. */
export async function pruneContainers(d: Daemon): Promise<{ ids: string[]; reclaimed: number }> {
  const ids: string[] = []
  let reclaimed = 0
  for (const c of d.containersByNewest()) {
    if (c.state.Running) continue
    const rw = layerSize(c.upper)
    const r = await d.runtime.removeChecked(c, c.id, false)
    if (r.ok) {
      ids.push(c.id)
      reclaimed += rw
    }
  }
  return { ids, reclaimed }
}

/**
 * moby ImagesPrune: dangling images (or, with `all`, every image no container uses), never one
 * with children; the "untagged:"/"deleted:" lines and the bytes of layers that went with them.
 */
export function pruneImages(d: Daemon, all: boolean): { lines: string[]; reclaimed: number } {
  const used = new Set(Object.values(d.state.containers).map((c) => c.image))
  const lines: string[] = []
  let reclaimed = 0
  const layerBytes = () => Object.values(d.state.layers).reduce((n, l) => n + l.size, 0)
  for (const image of Object.values(d.state.images)) {
    if (used.has(image.id) || !d.state.images[image.id]) continue
    const tags = Object.entries(d.state.tags).filter(([, id]) => id === image.id).map(([t]) => t)
    if (tags.length && !all) continue
    if (Object.values(d.state.images).some((i) => i.parent === image.id)) continue
    for (const t of tags) {
      delete d.state.tags[t]
      lines.push(`untagged: ${familiarize(t)}`)
    }
    for (const rd of image.repoDigests) lines.push(`untagged: ${rd}`)
    const before = layerBytes()
    lines.push(...removeImageRecord(d, image, true).map((l) => l.replace(/^Deleted:/, 'deleted:')))
    reclaimed += before - layerBytes()
  }
  return { lines, reclaimed }
}

/** moby NetworksPrune: user-defined networks no container is connected to; returns their names. */
export function pruneNetworks(d: Daemon): string[] {
  const inUse = new Set(Object.values(d.state.containers).flatMap((c) => Object.keys(c.networks ?? {})))
  const gone = Object.values(d.state.networks ?? {}).filter((n) => !inUse.has(n.name))
  for (const n of gone) delete d.state.networks![n.id]
  return gone.map((n) => n.name)
}

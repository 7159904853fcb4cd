import { daemonError, fail, ok, type Result } from '../kernel/errors'
import { sha256Hex } from '../kernel/hash'
import type { Daemon } from './daemon'
import { toImageRef } from './image-ref'
import { familiarize } from './refs'
import type { ImageRecord } from './state'

/** Layer chain IDs (image-spec): chain(0) = diff(0); chain(n) = sha256(chain(n-1) + " " + diff(n)). */
export function chainIds(diffIds: string[]): string[] {
  const out: string[] = []
  for (const d of diffIds) out.push(out.length ? `sha256:${sha256Hex(`${out[out.length - 1]} ${d}`)}` : d)
  return out
}

const short = (id: string) => id.replace(/^sha256:/, '').slice(0, 12)

/**
 * moby daemon/images/image_delete.go ImageDelete, graphdriver flavour: untag by reference,
 * delete by ID, with its conflict rules, returning the "Untagged:"/"Deleted:" lines.
 */
export function deleteImage(d: Daemon, input: string, force: boolean, prune = true): Result<string[]> {
  const image = d.findImage(input)
  if (!image) {
    const r = toImageRef(input)
    const shown = r.ok && !/^[0-9a-f]{1,64}$/.test(input) ? r.value.familiar : input
    return fail(daemonError('not-found', `No such image: ${shown}`))
  }
  const users = Object.values(d.state.containers).filter((c) => c.image === image.id)
  const tags = Object.entries(d.state.tags).filter(([, id]) => id === image.id).map(([t]) => t)
  const ref = toImageRef(input)
  const byName = ref.ok && !image.id.slice(7).startsWith(input.replace(/^sha256:/, '')) && tags.includes(ref.value.canonical)
  const lines: string[] = []
  if (byName && ref.ok) {
    const last = tags.length === 1
    if (last && users.length && !force) {
      return fail(
        daemonError(
          'conflict',
          `conflict: unable to remove repository reference "${input}" (must force) - container ${short(users[0]!.id)} is using its referenced image ${short(image.id)}`,
        ),
      )
    }
    delete d.state.tags[ref.value.canonical]
    lines.push(`Untagged: ${familiarize(ref.value.canonical)}`)
    d.emit({ type: 'image', action: 'untag', id: image.id })
    if (!last || users.length) return ok(lines)
    for (const rd of image.repoDigests) lines.push(`Untagged: ${rd}`)
  } else {
    const running = users.find((c) => c.state.Running)
    if (running) {
      return fail(daemonError('conflict', `conflict: unable to delete ${short(image.id)} (cannot be forced) - image is being used by running container ${short(running.id)}`))
    }
    if (hasChildren(d, image)) {
      return fail(daemonError('conflict', `conflict: unable to delete ${short(image.id)} (cannot be forced) - image has dependent child images`))
    }
    const repos = new Set(tags.map((t) => t.slice(0, t.lastIndexOf(':'))))
    if (repos.size > 1 && !force) {
      return fail(daemonError('conflict', `conflict: unable to delete ${short(image.id)} (must be forced) - image is referenced in multiple repositories`))
    }
    if (users.length && !force) {
      return fail(daemonError('conflict', `conflict: unable to delete ${short(image.id)} (must be forced) - image is being used by stopped container ${short(users[0]!.id)}`))
    }
    for (const t of tags) {
      delete d.state.tags[t]
      lines.push(`Untagged: ${familiarize(t)}`)
    }
    for (const rd of image.repoDigests) lines.push(`Untagged: ${rd}`)
    if (users.length) return ok(lines)
  }
  lines.push(...removeImageRecord(d, image, prune))
  return ok(lines)
}

function hasChildren(d: Daemon, image: ImageRecord): boolean {
  return Object.values(d.state.images).some((i) => i.parent === image.id)
}

/** Drop the image and every layer no other image still uses; returns the "Deleted:" lines. */
export function removeImageRecord(d: Daemon, image: ImageRecord, prune = true): string[] {
  delete d.state.images[image.id]
  const lines = [`Deleted: ${image.id}`]
  const stillUsed = new Set(Object.values(d.state.images).flatMap((i) => chainIds(i.blob.rootfs.diff_ids)))
  const chain = chainIds(image.blob.rootfs.diff_ids)
  for (let i = chain.length - 1; i >= 0; i--) {
    if (stillUsed.has(chain[i]!)) break
    lines.push(`Deleted: ${chain[i]}`)
  }
  const usedDiffs = new Set(Object.values(d.state.images).flatMap((i) => i.blob.rootfs.diff_ids))
  for (const diff of image.blob.rootfs.diff_ids) if (!usedDiffs.has(diff)) delete d.state.layers[diff]
  if (prune && image.parent && d.state.images[image.parent]) {
    const parent = d.state.images[image.parent]!
    const tagged = Object.values(d.state.tags).includes(parent.id)
    if (!tagged && !hasChildren(d, parent)) lines.push(...removeImageRecord(d, parent, prune))
  }
  d.emit({ type: 'image', action: 'delete', id: image.id })
  return lines
}

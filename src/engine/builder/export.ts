/**
 * "exporting to image" through moby's graphdriver exporter (daemon/internal/builder-next/
 * exporter/mobyexporter): `exporting layers`, `writing image sha256:…`, `naming to …`.
 * Times: a layer's history entry keeps its creation time; metadata-only entries take the time
 * of the layer before them (normalizeLayersAndHistory); the image's `created` is the last one.
 */
import type { Daemon } from '../daemon/daemon'
import { toImageRef } from '../daemon/image-ref'
import type { ImageRecord } from '../daemon/state'
import { sha256Hex } from '../kernel/hash'
import { formatRfc3339Nano } from '../kernel/time'
import type { Progress } from './progress/model'
import type { StageState } from './stage'

export function exportImage(d: Daemon, st: StageState, tags: string[], progress: Progress): string {
  const v = progress.start('exporting to image')
  v.status('exporting layers', { done: true })
  const blob = st.blob
  let last = ''
  blob.history.forEach((h, i) => {
    const t = st.times.get(i)
    if (t !== undefined) h.created = formatRfc3339Nano(t)
    else if (!h.created) h.created = last
    last = h.created
  })
  blob.created = last
  const id = `sha256:${sha256Hex(JSON.stringify(blob))}`
  v.status(`writing image ${id}`, { done: true })
  if (!d.state.images[id]) {
    const size = blob.rootfs.diff_ids.reduce((n, x) => n + (d.state.layers[x]?.size ?? 0), 0)
    const image: ImageRecord = { id, blob, repoDigests: [], size, parent: '', lastTagTime: 0 }
    d.state.images[id] = image
  }
  for (const t of tags) {
    const r = toImageRef(t)
    if (!r.ok) continue
    // ParseNormalizedNamed(tag).String(): no ":latest" added
    const shown = r.value.canonical.replace(/:latest$/, t.endsWith(':latest') ? ':latest' : '')
    v.status(`naming to ${shown}`, { done: true })
    d.setTag(r.value.canonical, id)
  }
  v.done()
  d.emit({ type: 'image', action: 'build', id })
  return id
}

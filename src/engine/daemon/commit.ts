import { daemonError, fail, ok, type Result } from '../kernel/errors'
import { sha256Hex } from '../kernel/hash'
import { formatRfc3339Nano } from '../kernel/time'
import { diffIdOf } from '../registry/registry'
import type { LayerFiles } from '../fs/types'
import type { Daemon } from './daemon'
import type { ImageConfigBlob, ImageRecord } from './state'
import type { ImageRef } from './image-ref'
import type { ContainerRecord } from './state'
import { utf8Length } from '../kernel/utf8'

/** Bytes a layer adds on disk (what docker images and history show as its size). */
export function layerSize(files: LayerFiles): number {
  let n = 0
  for (const e of Object.values(files)) if (e.type === 'file') n += e.size ?? utf8Length(e.data)
  return n
}

/**
 * docker commit (moby daemon/commit.go): the writable layer becomes a new layer on top of the
 * container's image; the container's Config becomes the image config; one history entry.
 */
export function commitContainer(
  d: Daemon,
  c: ContainerRecord,
  o: { ref?: ImageRef; message?: string; author?: string },
): Result<ImageRecord> {
  const base = d.state.images[c.image]
  if (!base) return fail(daemonError('not-found', `No such image: ${c.image}`))
  const files: LayerFiles = JSON.parse(JSON.stringify(c.upper))
  const diffId = diffIdOf(files)
  const size = layerSize(files)
  if (!d.state.layers[diffId]) d.state.layers[diffId] = { diffId, size, source: { files } }
  const now = d.clock.now()
  const cfg = c.config
  const blob: ImageConfigBlob = {
    architecture: base.blob.architecture,
    config: {
      ...(cfg.User ? { User: cfg.User } : {}),
      ...(cfg.ExposedPorts ? { ExposedPorts: cfg.ExposedPorts } : {}),
      Env: cfg.Env,
      Entrypoint: cfg.Entrypoint,
      Cmd: cfg.Cmd,
      WorkingDir: cfg.WorkingDir,
      Labels: Object.keys(cfg.Labels).length ? cfg.Labels : null,
      ...(cfg.StopSignal ? { StopSignal: cfg.StopSignal } : {}),
    },
    created: formatRfc3339Nano(now),
    history: [
      ...base.blob.history,
      { created: formatRfc3339Nano(now), created_by: [c.path, ...c.args].join(' '), ...(o.message ? { comment: o.message } : {}) },
    ],
    os: base.blob.os,
    rootfs: { type: 'layers', diff_ids: [...base.blob.rootfs.diff_ids, diffId] },
  }
  const id = `sha256:${sha256Hex(JSON.stringify(blob))}`
  const image: ImageRecord = { id, blob, repoDigests: [], size: base.size + size, parent: base.id, lastTagTime: 0 }
  d.state.images[id] = image
  if (o.ref) d.setTag(o.ref.canonical, id)
  d.emit({ type: 'image', action: 'build', id })
  return ok(image)
}

/**
 * FROM <image>: resolved like BuildKit's image source in moby (local image store first, then the
 * registry). Layers the registry provides are unpacked into the layer store without adding the
 * image to `docker images` (graphdriver, Engine 28).
 */
import type { Daemon } from '../daemon/daemon'
import { toImageRef } from '../daemon/image-ref'
import type { ImageConfigBlob } from '../daemon/state'
import type { VertexHandle } from './progress/model'

export interface ResolvedBase {
  canonical: string
  /** "@sha256:…" suffix for the step name ("" for a local image without a digest). */
  digest: string
  imageId: string
  blob: ImageConfigBlob
  /** Make the layers available; true when they all were already there (the step is CACHED). */
  install(v: VertexHandle): boolean
}

export type BaseResult = { ok: true; value: ResolvedBase } | { ok: false; error: string }

export function resolveBase(d: Daemon, input: string): BaseResult {
  const r = toImageRef(input)
  if (!r.ok) return { ok: false, error: `failed to parse stage name "${input}": invalid reference format` }
  const ref = r.value
  const local = d.findImage(input)
  if (local && !ref.digest) {
    const rd = local.repoDigests.find((x) => x.startsWith(ref.familiarName + '@'))
    return {
      ok: true,
      value: {
        canonical: ref.canonical,
        digest: rd ? rd.slice(rd.indexOf('@') + 1) : '',
        imageId: local.id,
        blob: local.blob,
        install: () => true,
      },
    }
  }
  const notFound = `${input}: failed to resolve source metadata for ${ref.canonical}: ${ref.canonical}: not found`
  if (ref.domain !== 'docker.io') return { ok: false, error: notFound }
  const m = d.registry.resolve(ref.path, ref.digest ?? ref.tag ?? 'latest')
  if (!m.ok) return { ok: false, error: notFound }
  const man = m.value
  return {
    ok: true,
    value: {
      canonical: ref.canonical,
      digest: man.digest,
      imageId: man.imageId,
      blob: man.blob,
      install: (v) => {
        let present = true
        for (const l of man.layers) {
          if (d.state.layers[l.diffId]) continue
          present = false
          v.status(l.digest, { current: l.compressedSize, total: l.compressedSize, done: true })
        }
        for (const l of man.layers) {
          if (d.state.layers[l.diffId]) continue
          v.status(`extracting ${l.digest}`, { done: true })
          d.state.layers[l.diffId] = { diffId: l.diffId, size: l.size, source: { catalog: l.key } }
        }
        return present
      },
    },
  }
}

import type { RegistryManifest, RegistryPort } from '../daemon/registry-port'
import type { LayerFiles } from '../fs/types'
import { CATALOG } from './catalog'
import type { CatalogLayer } from './catalog/types'
import { parse } from './reference'
import { resolveManifest, type ResolvedImage } from './registry'

/** The catalog registry in the shape the daemon's RegistryPort asks for. */
export function catalogRegistry(): RegistryPort {
  let layersByKey: Map<string, CatalogLayer> | undefined
  const manifests = new Map<ResolvedImage, RegistryManifest>()
  const toManifest = (r: ResolvedImage): RegistryManifest => {
    let m = manifests.get(r)
    if (!m) {
      m = {
        repository: r.image.repository,
        digest: r.manifestDigest,
        imageId: r.id,
        blob: JSON.parse(r.configJson) as RegistryManifest['blob'],
        layers: r.layers.map((l) => ({
          digest: l.digest,
          diffId: l.diffId,
          key: l.layer.key,
          compressedSize: l.layer.compressedSize,
          size: l.layer.size,
          files: l.layer.files,
        })),
        size: r.image.size,
      }
      manifests.set(r, m)
    }
    return m
  }
  return {
    resolve(repository, tagOrDigest) {
      const sep = tagOrDigest.includes(':') ? '@' : ':'
      const ref = parse(`docker.io/${repository}${sep}${tagOrDigest}`)
      if (!ref.ok) return ref
      const r = resolveManifest(ref.value)
      return r.ok ? { ok: true, value: toManifest(r.value) } : r
    },
    layerFiles(key: string): LayerFiles | null {
      if (!layersByKey) {
        layersByKey = new Map()
        for (const img of CATALOG) for (const l of img.layers) layersByKey.set(l.key, l)
      }
      return layersByKey.get(key)?.files() ?? null
    },
  }
}

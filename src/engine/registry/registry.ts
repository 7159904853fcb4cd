import type { LayerEntry, LayerFiles } from '../fs/types'
import { daemonError, fail, ok, type Result } from '../kernel/errors'
import { sha256Hex } from '../kernel/hash'
import { CATALOG } from './catalog'
import type { CatalogImage, CatalogLayer } from './catalog/types'
import { DEFAULT_DOMAIN, type Reference } from './reference'

/**
 * The registry: resolves a reference against the catalog and gives every blob a content
 * address. Diff IDs hash a canonical serialisation of a layer's files, layer digests hash a
 * distinct "compressed blob" serialisation, image IDs hash the image config JSON and manifest
 * digests hash the manifest JSON, so equal content always yields equal IDs.
 */

export const MEDIA_TYPES = {
  manifest: 'application/vnd.docker.distribution.manifest.v2+json',
  config: 'application/vnd.docker.container.image.v1+json',
  layer: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
} as const

export interface ResolvedLayer {
  readonly layer: CatalogLayer
  /** "sha256:…" of the uncompressed content (rootfs.diff_ids). */
  readonly diffId: string
  /** "sha256:…" of the compressed blob; pull progress shows its first 12 hex. */
  readonly digest: string
}

export interface ResolvedImage {
  readonly image: CatalogImage
  /** "sha256:…" of the image config JSON: the image ID. */
  readonly id: string
  readonly configJson: string
  readonly manifestJson: string
  /** "sha256:…" of the manifest: what `Digest:` and RepoDigests show. */
  readonly manifestDigest: string
  readonly layers: readonly ResolvedLayer[]
}

const layerCache = new Map<CatalogLayer, ResolvedLayer>()
const imageCache = new Map<CatalogImage, ResolvedImage>()

function serialiseEntry(path: string, e: LayerEntry): string {
  switch (e.type) {
    case 'whiteout':
      return `${path}\0whiteout`
    case 'dir':
      return `${path}\0dir\0${e.mode.toString(8)}\0${e.uid}\0${e.gid}\0${e.mtime}${e.opaque ? '\0opaque' : ''}`
    case 'symlink':
      return `${path}\0symlink\0${e.target}\0${e.uid}\0${e.gid}\0${e.mtime}`
    case 'file':
      return `${path}\0file\0${e.mode.toString(8)}\0${e.uid}\0${e.gid}\0${e.mtime}\0${e.program ?? ''}\0${e.size ?? ''}\0${e.data}`
  }
}

/** The canonical serialisation of a layer: entries sorted by path, one per line. */
export function serialiseLayer(files: LayerFiles): string {
  return Object.keys(files)
    .sort()
    .map((p) => serialiseEntry(p, files[p]!))
    .join('\n')
}

/** The diff ID of a set of files (also what the image store uses for layers it creates). */
export function diffIdOf(files: LayerFiles): string {
  return `sha256:${sha256Hex(serialiseLayer(files))}`
}

export function resolveLayer(layer: CatalogLayer): ResolvedLayer {
  let r = layerCache.get(layer)
  if (!r) {
    const diffId = diffIdOf(layer.files())
    // The wire blob is a different byte stream from the tar it unpacks to, so it has its own digest.
    const digest = `sha256:${sha256Hex(`gzip\0${layer.compressedSize}\0${diffId}`)}`
    r = { layer, diffId, digest }
    layerCache.set(layer, r)
  }
  return r
}

/** The image config blob, keys in the order Docker Hub's configs use. */
export function imageConfigJson(image: CatalogImage, diffIds: readonly string[]): string {
  return JSON.stringify({
    architecture: image.architecture,
    config: image.config,
    created: image.created,
    history: image.history,
    os: image.os,
    rootfs: { type: 'layers', diff_ids: diffIds },
  })
}

export function resolveImage(image: CatalogImage): ResolvedImage {
  let r = imageCache.get(image)
  if (!r) {
    const layers = image.layers.map(resolveLayer)
    const configJson = imageConfigJson(image, layers.map((l) => l.diffId))
    const id = `sha256:${sha256Hex(configJson)}`
    const manifestJson = JSON.stringify(
      {
        schemaVersion: 2,
        mediaType: MEDIA_TYPES.manifest,
        config: { mediaType: MEDIA_TYPES.config, size: configJson.length, digest: id },
        layers: layers.map((l) => ({ mediaType: MEDIA_TYPES.layer, size: l.layer.compressedSize, digest: l.digest })),
      },
      null,
      3,
    )
    r = { image, id, configJson, manifestJson, manifestDigest: `sha256:${sha256Hex(manifestJson)}`, layers }
    imageCache.set(image, r)
  }
  return r
}

let byRepository: Map<string, CatalogImage[]> | undefined
function repositories(): Map<string, CatalogImage[]> {
  if (!byRepository) {
    byRepository = new Map()
    for (const img of CATALOG) {
      const list = byRepository.get(img.repository) ?? []
      list.push(img)
      byRepository.set(img.repository, list)
    }
  }
  return byRepository
}

/** Repository paths the registry knows ("library/node", …). */
export function knownRepositories(): string[] {
  return [...repositories().keys()]
}

/**
 * Resolve a (normalised) reference to a manifest, as the daemon's pull does; a reference without
 * tag or digest means `latest`. Errors carry the graphdriver daemon's text (moby distribution/errors.go).
 */
export function resolveManifest(ref: Reference): Result<ResolvedImage> {
  const images = ref.domain === DEFAULT_DOMAIN ? repositories().get(ref.path) : undefined
  if (!images) {
    if (ref.domain !== DEFAULT_DOMAIN) {
      // The playground has no network beyond its own registry: other hosts fail as an unknown host would.
      return fail(daemonError('not-found', `Get "https://${ref.domain}/v2/": dial tcp: lookup ${ref.domain.replace(/:\d+$/, '')}: no such host`))
    }
    return fail(
      daemonError(
        'not-found',
        `pull access denied for ${ref.familiarName()}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`,
      ),
    )
  }
  let found: CatalogImage | undefined
  if (ref.digest) {
    found = images.find((img) => resolveImage(img).manifestDigest === ref.digest)
  } else {
    const tag = ref.tag ?? 'latest'
    found = images.find((img) => img.tags.includes(tag))
  }
  if (!found) {
    const shown = ref.tag || ref.digest ? ref.familiar() : `${ref.familiarName()}:latest`
    return fail(daemonError('not-found', `manifest for ${shown} not found: manifest unknown: manifest unknown`))
  }
  return ok(resolveImage(found))
}

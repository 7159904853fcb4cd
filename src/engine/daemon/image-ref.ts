import { parseReference } from '../registry/reference'
import type { Result } from '../kernel/errors'

/** A parsed image reference in the shapes the daemon keys its tables by. */
export interface ImageRef {
  /** "docker.io" */
  domain: string
  /** "library/node" */
  path: string
  tag?: string
  digest?: string
  /** "docker.io/library/node:latest" (tag defaulted to latest unless a digest is given) */
  canonical: string
  /** "node:latest" */
  familiar: string
  /** "node" */
  familiarName: string
}

/** Parse like distribution/reference.ParseNormalizedNamed + TagNameOnly. */
export function toImageRef(input: string): Result<ImageRef> {
  const r = parseReference(input)
  if (!r.ok) return r
  const { domain, path, digest } = r.value
  const tag = r.value.tag ?? (digest ? undefined : 'latest')
  const name = `${domain}/${path}`
  const familiarName = domain === 'docker.io' ? (path.startsWith('library/') ? path.slice(8) : path) : name
  const suffix = (tag ? `:${tag}` : '') + (digest ? `@${digest}` : '')
  return {
    ok: true,
    value: { domain, path, tag, digest, canonical: name + suffix, familiar: familiarName + suffix, familiarName },
  }
}

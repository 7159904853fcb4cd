import { cliError, fail, ok, type DockerError, type Result } from '../kernel/errors'

/**
 * Image references as distribution/reference v0.6.0 (vendored by Docker 28.5) parses them:
 * `ParseNormalizedNamed` (familiar names → docker.io/library/…), `Parse` (the grammar of
 * regexp.go), `FamiliarString`, `TagNameOnly` and `ParseDockerRef`.
 */
export interface Reference {
  readonly kind: 'named'
  /** "docker.io", "localhost:5000", "" for a reference parsed without normalisation. */
  readonly domain: string
  /** "library/node", "devwikirepo/envnodecolorapp". */
  readonly path: string
  readonly tag?: string
  readonly digest?: string
  /** Name(): "docker.io/library/node". */
  readonly name: string
  /** String(): name[:tag][@digest], e.g. "docker.io/library/node:latest". */
  canonical(): string
  /** FamiliarString(): "node:latest", "devwikirepo/envnodecolorapp", "localhost:5000/x:1". */
  familiar(): string
  /** FamiliarName(): the familiar name without tag or digest ("node"). */
  familiarName(): string
}

/** A bare digest (ParseAnyReference of "sha256:…" or a 64-hex image ID). */
export interface DigestReference {
  readonly kind: 'digest'
  readonly digest: string
}

export const DEFAULT_DOMAIN = 'docker.io'
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io'
const OFFICIAL_PREFIX = 'library/'
export const DEFAULT_TAG = 'latest'
export const NAME_TOTAL_LENGTH_MAX = 255

// regexp.go, transcribed.
const ALNUM = '[a-z0-9]+'
const SEPARATOR = '(?:[._]|__|[-]+)'
const PATH_COMPONENT = `${ALNUM}(?:${SEPARATOR}${ALNUM})*`
const REMOTE_NAME = `${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])'
const DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`
const HOST = `(?:${DOMAIN_NAME}|\\[(?:[a-fA-F0-9:]+)\\])`
const DOMAIN_AND_PORT = `${HOST}(?::[0-9]+)?`
const NAME = `(?:${DOMAIN_AND_PORT}/)?${REMOTE_NAME}`
const TAG = '[\\w][\\w.-]{0,127}'
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}'
const REFERENCE_RE = new RegExp(`^(${NAME})(?::(${TAG}))?(?:@(${DIGEST}))?$`)
const ANCHORED_NAME_RE = new RegExp(`^(?:(${DOMAIN_AND_PORT})/)?(${REMOTE_NAME})$`)
const IDENTIFIER_RE = /^[a-f0-9]{64}$/
const TAG_RE = new RegExp(`^${TAG}$`)

/** Errors as Go's errors.New texts; the docker CLI prints them bare. */
export const REFERENCE_ERRORS = {
  invalidFormat: 'invalid reference format',
  nameContainsUppercase: 'repository name must be lowercase',
  nameEmpty: 'repository name must have at least one component',
  nameTooLong: `repository name must not be more than ${NAME_TOTAL_LENGTH_MAX} characters`,
  tagInvalid: 'invalid tag format',
  digestInvalidFormat: 'invalid checksum digest format',
  digestInvalidLength: 'invalid checksum digest length',
  digestUnsupported: 'unsupported digest algorithm',
} as const

const refError = (message: string): DockerError => cliError('invalid-reference', message)

// go-digest: the algorithms Docker registers and the hex length each requires.
const DIGEST_HEX_LENGTH: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 }

function validateDigest(d: string): string | null {
  const i = d.indexOf(':')
  if (i <= 0 || i + 1 === d.length) return REFERENCE_ERRORS.digestInvalidFormat
  const algorithm = d.slice(0, i)
  const encoded = d.slice(i + 1)
  const length = DIGEST_HEX_LENGTH[algorithm]
  if (length === undefined) return REFERENCE_ERRORS.digestUnsupported
  if (encoded.length !== length) return REFERENCE_ERRORS.digestInvalidLength
  return /^[a-f0-9]+$/.test(encoded) ? null : REFERENCE_ERRORS.digestInvalidFormat
}

function makeReference(domain: string, path: string, tag?: string, digest?: string): Reference {
  const name = domain ? `${domain}/${path}` : path
  const suffix = (tag ? `:${tag}` : '') + (digest ? `@${digest}` : '')
  const familiarName = () => {
    if (domain !== DEFAULT_DOMAIN) return name
    const rest = path.startsWith(OFFICIAL_PREFIX) ? path.slice(OFFICIAL_PREFIX.length) : path
    return rest.includes('/') ? path : rest
  }
  return {
    kind: 'named',
    domain,
    path,
    ...(tag ? { tag } : {}),
    ...(digest ? { digest } : {}),
    name,
    canonical: () => name + suffix,
    familiar: () => familiarName() + suffix,
    familiarName,
  }
}

/** reference.Parse: the raw grammar, no normalisation. */
export function parse(s: string): Result<Reference> {
  const m = REFERENCE_RE.exec(s)
  if (!m) {
    if (s === '') return fail(refError(REFERENCE_ERRORS.nameEmpty))
    const lower = s.toLowerCase()
    if (lower !== s && REFERENCE_RE.test(lower)) return fail(refError(REFERENCE_ERRORS.nameContainsUppercase))
    return fail(refError(REFERENCE_ERRORS.invalidFormat))
  }
  const [, name = '', tag, digest] = m
  const nm = ANCHORED_NAME_RE.exec(name)
  const domain = nm?.[1] ?? ''
  const path = nm ? (nm[2] ?? '') : name
  if (path.length > NAME_TOTAL_LENGTH_MAX) return fail(refError(REFERENCE_ERRORS.nameTooLong))
  if (digest) {
    const err = validateDigest(digest)
    if (err) return fail(refError(err))
  }
  return ok(makeReference(domain, path, tag || undefined, digest || undefined))
}

/** splitDockerDomain: decides whether the first component is a registry host. */
function splitDockerDomain(name: string): [string, string] {
  const slash = name.indexOf('/')
  if (slash < 0) return [DEFAULT_DOMAIN, OFFICIAL_PREFIX + name]
  const maybeDomain = name.slice(0, slash)
  const rest = name.slice(slash + 1)
  let domain: string
  let remote: string
  // Same order as Go's switch: index.docker.io is checked before "contains a dot".
  if (maybeDomain === LEGACY_DEFAULT_DOMAIN) {
    ;[domain, remote] = [DEFAULT_DOMAIN, rest]
  } else if (maybeDomain === 'localhost' || /[.:]/.test(maybeDomain) || maybeDomain.toLowerCase() !== maybeDomain) {
    ;[domain, remote] = [maybeDomain, rest]
  } else {
    ;[domain, remote] = [DEFAULT_DOMAIN, name]
  }
  if (domain === DEFAULT_DOMAIN && !remote.includes('/')) remote = OFFICIAL_PREFIX + remote
  return [domain, remote]
}

/** reference.ParseNormalizedNamed: what `docker pull`/`run`/`tag` apply to user input. */
export function parseReference(s: string): Result<Reference> {
  if (IDENTIFIER_RE.test(s)) {
    return fail(refError(`invalid repository name (${s}), cannot specify 64-byte hexadecimal strings`))
  }
  const [domain, remainder] = splitDockerDomain(s)
  const colon = remainder.indexOf(':')
  const remote = colon >= 0 ? remainder.slice(0, colon) : remainder
  if (remote.toLowerCase() !== remote) {
    return fail(refError(`invalid reference format: repository name (${remote}) must be lowercase`))
  }
  return parse(`${domain}/${remainder}`)
}

/** reference.ParseAnyReference: a 64-hex ID or a full digest is a digest reference. */
export function parseAnyReference(s: string): Result<Reference | DigestReference> {
  if (IDENTIFIER_RE.test(s)) return ok({ kind: 'digest', digest: `sha256:${s}` })
  if (new RegExp(`^${DIGEST}$`).test(s) && validateDigest(s) === null) return ok({ kind: 'digest', digest: s })
  return parseReference(s)
}

/** reference.TagNameOnly: a name without tag or digest gets `:latest`. */
export function withDefaultTag(ref: Reference): Reference {
  return ref.tag || ref.digest ? ref : makeReference(ref.domain, ref.path, DEFAULT_TAG)
}

/** reference.WithTag. */
export function withTag(ref: Reference, tag: string): Result<Reference> {
  if (!TAG_RE.test(tag)) return fail(refError(REFERENCE_ERRORS.tagInvalid))
  return ok(makeReference(ref.domain, ref.path, tag, ref.digest))
}

/** reference.ParseDockerRef: normalised, `latest` added, and a tag dropped when a digest is given. */
export function parseDockerRef(s: string): Result<Reference> {
  const r = parseReference(s)
  if (!r.ok) return r
  const ref = r.value
  if (ref.tag && ref.digest) return ok(makeReference(ref.domain, ref.path, undefined, ref.digest))
  return ok(withDefaultTag(ref))
}

/** reference.FamiliarString. */
export function familiarString(ref: Reference): string {
  return ref.familiar()
}

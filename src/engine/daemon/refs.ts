/** Canonical "docker.io/library/node:latest" → familiar "node:latest" (distribution/reference FamiliarString). */
export function familiarize(canonical: string): string {
  if (canonical.startsWith('docker.io/library/')) return canonical.slice('docker.io/library/'.length)
  if (canonical.startsWith('docker.io/')) return canonical.slice('docker.io/'.length)
  return canonical
}

/** "library/node" → "node" */
export function familiarRepo(path: string): string {
  return path.startsWith('library/') ? path.slice('library/'.length) : path
}

export function splitTag(canonical: string): { repo: string; tag: string } {
  const i = canonical.lastIndexOf(':')
  const slash = canonical.lastIndexOf('/')
  if (i > slash) return { repo: canonical.slice(0, i), tag: canonical.slice(i + 1) }
  return { repo: canonical, tag: '' }
}

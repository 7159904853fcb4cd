import type { Daemon } from '../../daemon/daemon'
import type { ImageRowData } from './image-context'

const KEYS = new Set(['dangling', 'label', 'before', 'since', 'reference', 'until'])

/** Shell-style match of one path segment pattern (Go path.Match, as the reference filter uses). */
function pathMatch(pattern: string, name: string): boolean {
  const re = '^' + pattern.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]') + '$'
  return new RegExp(re).test(name)
}

/** moby image list filters: `reference` (docker images REPO[:TAG]), `dangling`, `label`. */
export function filterImageRows(
  d: Daemon,
  rows: ImageRowData[],
  filters: Map<string, string[]>,
): { ok: true; list: ImageRowData[] } | { ok: false; message: string } {
  for (const k of filters.keys()) if (!KEYS.has(k)) return { ok: false, message: `invalid filter '${k}'` }
  let list = rows
  const refs = filters.get('reference')
  if (refs) {
    list = list.filter((r) =>
      refs.some((ref) => {
        if (r.repository === '<none>') return false
        const colon = ref.lastIndexOf(':')
        const hasTag = colon > ref.lastIndexOf('/')
        const repo = hasTag ? ref.slice(0, colon) : ref
        const tag = hasTag ? ref.slice(colon + 1) : '*'
        return pathMatch(repo, r.repository) && pathMatch(tag, r.tag)
      }),
    )
  }
  const dangling = filters.get('dangling')
  if (dangling) {
    const want = dangling.includes('true')
    list = list.filter((r) => (d.imageTags(r.image.id).length === 0) === want)
  }
  const labels = filters.get('label')
  if (labels) {
    list = list.filter((r) =>
      labels.some((l) => {
        const [k, v] = l.split('=', 2) as [string, string | undefined]
        const have = r.image.blob.config.Labels ?? {}
        return k in have && (v === undefined || have[k] === v)
      }),
    )
  }
  return { ok: true, list }
}

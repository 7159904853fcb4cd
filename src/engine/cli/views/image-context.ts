import type { Daemon } from '../../daemon/daemon'
import type { ImageRecord } from '../../daemon/state'
import { humanDuration, humanSizeWithPrecision } from '../format/units'
import { goStruct } from '../template/values'
import { parseRfc3339 } from '../../kernel/time'
import { goTimeString } from './container-context'

export const IMAGE_HEADERS: Record<string, string> = {
  Repository: 'REPOSITORY',
  Tag: 'TAG',
  Digest: 'DIGEST',
  ID: 'IMAGE ID',
  CreatedSince: 'CREATED',
  CreatedAt: 'CREATED AT',
  Size: 'SIZE',
  Containers: 'CONTAINERS',
  SharedSize: 'SHARED SIZE',
  UniqueSize: 'UNIQUE SIZE',
  VirtualSize: 'VIRTUAL SIZE',
}

export const DEFAULT_IMAGES_FORMAT = 'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}\t{{.Size}}'
export const DEFAULT_IMAGES_DIGEST_FORMAT =
  'table {{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}\t{{.Size}}'

export interface ImageRowData {
  image: ImageRecord
  repository: string
  tag: string
  digest: string
}

/** One row per (repository, tag); an untagged image is one <none> <none> row. */
export function imageRows(d: Daemon, images: ImageRecord[]): ImageRowData[] {
  const rows: ImageRowData[] = []
  for (const image of images) {
    const tags = d.imageTags(image.id)
    const digestOf = (repo: string) => image.repoDigests.find((r) => r.startsWith(`${repo}@`))?.split('@')[1] ?? '<none>'
    if (!tags.length) {
      const dig = image.repoDigests[0]
      rows.push({ image, repository: dig ? dig.split('@')[0]! : '<none>', tag: '<none>', digest: dig ? dig.split('@')[1]! : '<none>' })
      continue
    }
    for (const t of tags) {
      const i = t.lastIndexOf(':')
      const repo = t.slice(0, i)
      rows.push({ image, repository: repo, tag: t.slice(i + 1), digest: digestOf(repo) })
    }
  }
  return rows
}

/** docker/cli formatter.ImageContext. */
export function imageContext(d: Daemon, row: ImageRowData, o: { trunc: boolean; containers: number }) {
  const created = parseRfc3339(row.image.blob.created)
  const ctx = {
    ID: () => (o.trunc ? row.image.id.slice(7, 19) : row.image.id),
    Repository: () => row.repository,
    Tag: () => row.tag,
    Digest: () => row.digest,
    CreatedSince: () => `${humanDuration(d.clock.now() - created)} ago`,
    CreatedAt: () => goTimeString(created),
    Size: () => humanSizeWithPrecision(row.image.size, 3),
    Containers: () => (o.containers ? String(o.containers) : 'N/A'),
    VirtualSize: () => humanSizeWithPrecision(row.image.size, 3),
    SharedSize: () => 'N/A',
    UniqueSize: () => 'N/A',
  }
  return goStruct(ctx, '*formatter.ImageContext')
}

export function imageJson(ctx: ReturnType<typeof imageContext>): Record<string, string> {
  const keys = ['Containers', 'CreatedAt', 'CreatedSince', 'Digest', 'ID', 'Repository', 'SharedSize', 'Size', 'Tag', 'UniqueSize', 'VirtualSize'] as const
  const out: Record<string, string> = {}
  for (const k of keys) out[k] = ctx[k]()
  return out
}

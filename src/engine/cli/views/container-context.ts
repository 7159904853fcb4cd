import type { Daemon } from '../../daemon/daemon'
import { containerNetworks } from '../../daemon/networks'
import type { ContainerRecord } from '../../daemon/state'
import { statusText } from '../../daemon/status'
import { parseReference } from '../../registry/reference'
import { humanDuration, humanSizeWithPrecision } from '../format/units'
import { ellipsis } from '../format/ellipsis'
import { goStruct } from '../template/values'
import { goQuote } from '../template/gofmt'
import { utcFields } from '../../kernel/time'
import { fullCommand } from './command-column'
import { portsColumn } from './ports-column'

export const CONTAINER_HEADERS: Record<string, string> = {
  ID: 'CONTAINER ID',
  Image: 'IMAGE',
  Command: 'COMMAND',
  CreatedAt: 'CREATED AT',
  RunningFor: 'CREATED',
  Ports: 'PORTS',
  State: 'STATE',
  Status: 'STATUS',
  Size: 'SIZE',
  Names: 'NAMES',
  Labels: 'LABELS',
  Mounts: 'MOUNTS',
  LocalVolumes: 'LOCAL VOLUMES',
  Networks: 'NETWORKS',
  Platform: 'PLATFORM',
}

export const DEFAULT_PS_FORMAT = 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}'

const p2 = (n: number) => String(n).padStart(2, '0')

/** Go's time.Time.String() in UTC: "2024-07-16 04:36:32 +0000 UTC". */
export function goTimeString(ms: number): string {
  const f = utcFields(ms)
  return `${f.year}-${p2(f.month)}-${p2(f.day)} ${p2(f.hour)}:${p2(f.minute)}:${p2(f.second)} +0000 UTC`
}

function imageColumn(c: ContainerRecord, trunc: boolean): string {
  const img = c.config.Image
  if (img === '') return '<no image>'
  if (!trunc) return img
  const imageId = c.image.slice(7, 19)
  const given = img.startsWith('sha256:') ? img.slice(7) : img
  if (/^[0-9a-f]+$/.test(given) && c.image.slice(7).startsWith(given)) return imageId
  // a digest is dropped, a tag kept as typed (docker/cli formatter ContainerContext.Image)
  const r = parseReference(img)
  if (!r.ok) return img
  return r.value.tag ? `${r.value.familiarName()}:${r.value.tag}` : r.value.familiarName()
}

/** docker/cli formatter.ContainerContext: the fields `docker ps --format` can use. */
export function containerContext(d: Daemon, c: ContainerRecord, o: { trunc: boolean; size?: boolean }) {
  const now = d.clock.now()
  const ports = () => portsColumn(c)
  const labels = () =>
    Object.entries(c.config.Labels ?? {})
      .map(([k, v]) => `${k}=${v}`)
      .sort()
      .join(',')
  const ctx = {
    ID: () => (o.trunc ? c.id.slice(0, 12) : c.id),
    Names: () => c.name,
    Image: () => imageColumn(c, o.trunc),
    Command: () => goQuote(o.trunc ? ellipsis(fullCommand(c), 20) : fullCommand(c)),
    CreatedAt: () => goTimeString(c.created),
    RunningFor: () => `${humanDuration(now - c.created)} ago`,
    Ports: ports,
    State: () => c.state.Status,
    Status: () => statusText(c, now),
    Size: () => {
      const rw = Object.values(c.upper).reduce((n, e) => n + (e.type === 'file' ? (e.size ?? e.data.length) : 0), 0)
      const image = d.state.images[c.image]
      return `${humanSizeWithPrecision(rw, 3)} (virtual ${humanSizeWithPrecision(rw + (image?.size ?? 0), 3)})`
    },
    Labels: labels,
    Label: (name: string) => c.config.Labels?.[name] ?? '',
    Mounts: () => '',
    LocalVolumes: () => '0',
    Networks: () => Object.keys(containerNetworks(c)).sort().join(','),
    Platform: () => 'linux/amd64',
  }
  return goStruct(ctx, '*formatter.ContainerContext')
}

/** `--format json`: the context's exported methods, sorted, as docker/cli's reflect marshaller emits them. */
export function containerJson(ctx: ReturnType<typeof containerContext>): Record<string, string> {
  const keys = ['Command', 'CreatedAt', 'ID', 'Image', 'Labels', 'LocalVolumes', 'Mounts', 'Names', 'Networks', 'Platform', 'Ports', 'RunningFor', 'Size', 'State', 'Status'] as const
  const out: Record<string, string> = {}
  for (const k of keys) out[k] = ctx[k]()
  return out
}

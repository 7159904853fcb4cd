import type { VolumeRecord } from '../../daemon/state'
import { volumeMountpoint } from '../../daemon/volumes'
import { formatRfc3339Nano } from '../../kernel/time'

export const VOLUME_HEADERS: Record<string, string> = {
  Name: 'VOLUME NAME',
  Driver: 'DRIVER',
  Scope: 'SCOPE',
  Mountpoint: 'MOUNTPOINT',
  Labels: 'LABELS',
  Links: 'LINKS',
  Size: 'SIZE',
  Group: 'GROUP',
  Availability: 'AVAILABILITY',
  Status: 'STATUS',
}

/** docker/cli formatter/volume.go defaultVolumeQuietFormat / defaultVolumeTableFormat. */
export const DEFAULT_VOLUME_FORMAT = 'table {{.Driver}}\t{{.Name}}'
export const QUIET_VOLUME_FORMAT = '{{.Name}}'

const labelsText = (l: Record<string, string> | null) =>
  Object.entries(l ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(',')

/** docker/cli formatter.volumeContext (Links and Size come only from `system df`: N/A here). */
export function volumeContext(v: VolumeRecord) {
  return {
    Name: () => v.name,
    Driver: () => 'local',
    Scope: () => 'local',
    Mountpoint: () => volumeMountpoint(v.name),
    Labels: () => labelsText(v.labels),
    Label: (k: string) => v.labels?.[k] ?? '',
    Links: () => 'N/A',
    Size: () => 'N/A',
    Group: () => 'N/A',
    Availability: () => 'N/A',
    Status: () => 'N/A',
  }
}

export function volumeJson(ctx: ReturnType<typeof volumeContext>): Record<string, string> {
  const keys = ['Availability', 'Driver', 'Group', 'Labels', 'Links', 'Mountpoint', 'Name', 'Scope', 'Size', 'Status'] as const
  return Object.fromEntries(keys.map((k) => [k, ctx[k]()]))
}

/** volume.Volume as `docker volume inspect` prints it; CreatedAt is the data directory's mtime (RFC 3339, seconds). */
export function volumeInspect(v: VolumeRecord): Record<string, unknown> {
  return {
    CreatedAt: formatRfc3339Nano(Math.floor(v.created / 1000) * 1000),
    Driver: 'local',
    Labels: v.labels,
    Mountpoint: volumeMountpoint(v.name),
    Name: v.name,
    Options: v.options,
    Scope: 'local',
  }
}

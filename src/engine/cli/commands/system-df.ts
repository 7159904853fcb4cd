import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { formatFlag } from './shared-flags'
import { humanSize } from '../format/units'
import { containerSizes } from '../views/container-size'
import { flagStr, printListing } from '../output'
import { goStruct } from '../template/values'

const HEADERS = { Type: 'TYPE', TotalCount: 'TOTAL', Active: 'ACTIVE', Size: 'SIZE', Reclaimable: 'RECLAIMABLE' }
const DEFAULT_FORMAT = 'table {{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}'

/** docker/cli formatter/disk_usage.go: "0B (0%)" style reclaimable column. */
function reclaimable(reclaim: number, total: number, percent = true): string {
  return percent && total > 0 ? `${humanSize(reclaim)} (${Math.floor((reclaim * 100) / total)}%)` : humanSize(reclaim)
}

/** docker system df: images (unique layers counted once), containers' writable layers, volumes, build cache. */
export async function run(cli: CliContext, flags: ParsedFlags, _args: string[]): Promise<number> {
  const d = cli.daemon
  const containers = Object.values(d.state.containers)
  const used = new Set(containers.map((c) => c.image))
  const images = Object.values(d.state.images)
  const layerSize = (ids: string[]) => ids.reduce((n, id) => n + (d.state.layers[id]?.size ?? 0), 0)
  const allLayers = new Set(images.flatMap((i) => i.blob.rootfs.diff_ids))
  const usedLayers = new Set(images.filter((i) => used.has(i.id)).flatMap((i) => i.blob.rootfs.diff_ids))
  const imageTotal = layerSize([...allLayers])
  const imageReclaim = imageTotal - layerSize([...usedLayers])
  const sizes = containers.map((c) => ({ c, rw: containerSizes(d, c).rw }))
  const rwTotal = sizes.reduce((n, x) => n + x.rw, 0)
  const rwReclaim = sizes.filter((x) => !x.c.state.Running).reduce((n, x) => n + x.rw, 0)
  const cache = Object.keys(d.state.buildCache ?? {}).length
  const row = (Type: string, TotalCount: number, Active: number, Size: string, Reclaimable: string) =>
    goStruct({ Type: () => Type, TotalCount: () => String(TotalCount), Active: () => String(Active), Size: () => Size, Reclaimable: () => Reclaimable }, '*formatter.diskUsageContext')
  const rows = [
    row('Images', images.length, images.filter((i) => used.has(i.id)).length, humanSize(imageTotal), reclaimable(imageReclaim, imageTotal)),
    row('Containers', containers.length, containers.filter((c) => c.state.Running).length, humanSize(rwTotal), reclaimable(rwReclaim, rwTotal)),
    row('Local Volumes', 0, 0, '0B', '0B'),
    row('Build Cache', cache, 0, '0B', '0B'),
  ]
  const format = flagStr(flags, 'format') || DEFAULT_FORMAT
  return printListing(cli, format === 'table' ? DEFAULT_FORMAT : format, rows, HEADERS, (r) => ({
    Active: r.Active(),
    Reclaimable: r.Reclaimable(),
    Size: r.Size(),
    TotalCount: r.TotalCount(),
    Type: r.Type(),
  }))
}

/** docker/cli 28.5: `docker system df`. */
export const spec: CommandSpec = {
  path: ['system', 'df'],
  use: 'docker system df [OPTIONS]',
  short: 'Show docker disk usage',
  args: { kind: 'none' },
  flags: [
    { name: 'verbose', short: 'v', type: 'bool', usage: 'Show detailed information on space usage' },
    formatFlag,
  ],
  run,
}

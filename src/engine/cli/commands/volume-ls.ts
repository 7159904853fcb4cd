import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { flagBool, flagList, flagStr, parseFilters, printListing } from '../output'
import { volumeTable, volumeUsers } from '../../daemon/volumes'
import { DEFAULT_VOLUME_FORMAT, QUIET_VOLUME_FORMAT, VOLUME_HEADERS, volumeContext, volumeJson } from '../views/volume-json'
import { naturalLess } from '../format/natural'
import { formatFlag } from './shared-flags'

/** docker/cli volume/list.go: sorted by name (sortorder.NaturalLess); filters name, label, dangling, driver. */
export async function run(cli: CliContext, flags: ParsedFlags, _args: string[]): Promise<number> {
  const parsed = parseFilters(flagList(flags, 'filter'))
  if (!parsed.ok) {
    cli.stderr.write(parsed.message + '\n')
    return 1
  }
  for (const k of parsed.filters.keys()) {
    if (!['name', 'label', 'dangling', 'driver'].includes(k)) {
      cli.stderr.write(`Error response from daemon: invalid filter '${k}'\n`)
      return 1
    }
  }
  const f = parsed.filters
  const any = (k: string, test: (v: string) => boolean) => !f.has(k) || f.get(k)!.some(test)
  const vols = Object.values(volumeTable(cli.daemon))
    .filter((v) => any('name', (x) => v.name.includes(x)))
    .filter(() => any('driver', (x) => x === 'local'))
    .filter((v) => any('dangling', (x) => (x === 'true' || x === '1') === (volumeUsers(cli.daemon, v.name).length === 0)))
    .filter((v) => any('label', (x) => { const [k, val] = x.split('='); return k! in (v.labels ?? {}) && (val === undefined || v.labels![k!] === val) }))
    .sort((a, b) => naturalLess(a.name, b.name))
  let format = flagStr(flags, 'format') || 'table'
  if (flagBool(flags, 'quiet')) format = QUIET_VOLUME_FORMAT
  else if (format === 'table') format = DEFAULT_VOLUME_FORMAT
  return printListing(cli, format, vols.map(volumeContext), VOLUME_HEADERS, volumeJson)
}

/** docker/cli 28.5: `docker volume ls`. */
export const spec: CommandSpec = {
  path: ['volume', 'ls'],
  aliases: [['volume', 'list']],
  use: 'docker volume ls [OPTIONS]',
  short: 'List volumes',
  args: { kind: 'none' },
  flags: [
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Only display volume names' },
    formatFlag,
    { name: 'filter', short: 'f', type: 'filter', usage: 'Provide filter values (e.g. "dangling=true")' },
    { name: 'cluster', type: 'bool', usage: 'Display only cluster volumes, and use cluster volume list formatting', hidden: true },
  ],
  run,
}

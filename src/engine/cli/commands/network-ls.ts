import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { flagBool, flagList, flagStr, parseFilters, printListing } from '../output'
import { listNetworks } from '../../daemon/networks'
import { DEFAULT_NETWORK_FORMAT, NETWORK_HEADERS, networkContext, networkJson } from '../views/network-json'
import { formatFlag } from './shared-flags'
import { naturalLess } from '../format/natural'

export async function run(cli: CliContext, flags: ParsedFlags, _args: string[]): Promise<number> {
  const parsed = parseFilters(flagList(flags, 'filter'))
  if (!parsed.ok) {
    cli.stderr.write(parsed.message + '\n')
    return 1
  }
  for (const k of parsed.filters.keys()) {
    if (!['driver', 'id', 'label', 'name', 'scope', 'type', 'dangling'].includes(k)) {
      cli.stderr.write(`Error response from daemon: invalid filter '${k}'\n`)
      return 1
    }
  }
  const f = parsed.filters
  const any = (k: string, test: (v: string) => boolean) => !f.has(k) || f.get(k)!.some(test)
  const nets = listNetworks(cli.daemon)
    .filter((n) => any('driver', (v) => v === n.driver))
    .filter((n) => any('name', (v) => n.name.includes(v)))
    .filter((n) => any('id', (v) => n.id.startsWith(v)))
    .filter(() => any('scope', (v) => v === 'local'))
    .filter((n) => any('type', (v) => (v === 'builtin') === n.predefined))
    .filter((n) => any('label', (v) => { const [k, val] = v.split('='); return k! in n.labels && (val === undefined || n.labels[k!] === val) }))
    .sort((a, b) => naturalLess(a.name, b.name))
  let format = flagStr(flags, 'format') || 'table'
  if (flagBool(flags, 'quiet')) format = '{{.ID}}'
  else if (format === 'table') format = DEFAULT_NETWORK_FORMAT
  const items = nets.map((n) => networkContext(n, !flagBool(flags, 'no-trunc')))
  return printListing(cli, format, items, NETWORK_HEADERS, networkJson)
}

/** docker/cli 28.5: `docker network ls`. */
export const spec: CommandSpec = {
  path: ['network', 'ls'],
  aliases: [['network', 'list']],
  use: 'docker network ls [OPTIONS]',
  short: 'List networks',
  args: { kind: 'none' },
  flags: [
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Only display network IDs' },
    { name: 'no-trunc', type: 'bool', usage: 'Do not truncate the output' },
    formatFlag,
    { name: 'filter', short: 'f', type: 'filter', usage: 'Provide filter values (e.g. "driver=bridge")' },
  ],
  run,
}

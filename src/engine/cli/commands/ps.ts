import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { formatFlag } from './shared-flags'
import { flagBool, flagInt, flagList, flagStr, parseFilters, printListing } from '../output'
import { CONTAINER_HEADERS, DEFAULT_PS_FORMAT, containerContext, containerJson } from '../views/container-context'
import { filterContainers } from '../views/container-filters'

export async function run(cli: CliContext, flags: ParsedFlags, _args: string[]): Promise<number> {
  const parsed = parseFilters(flagList(flags, 'filter'))
  if (!parsed.ok) {
    cli.stderr.write(parsed.message + '\n')
    return 1
  }
  const last = flagBool(flags, 'latest') ? 1 : flagInt(flags, 'last', -1)
  const all = flagBool(flags, 'all') || last > 0
  const filtered = filterContainers(cli.daemon, cli.daemon.containersByNewest(), parsed.filters)
  if (!filtered.ok) {
    cli.stderr.write(`Error response from daemon: ${filtered.message}\n`)
    return 1
  }
  let list = filtered.list
  if (!all && !parsed.filters.has('status')) list = list.filter((c) => c.state.Running)
  if (last > 0) list = list.slice(0, last)
  const size = flagBool(flags, 'size')
  let format = flagStr(flags, 'format') || 'table'
  if (flagBool(flags, 'quiet')) format = '{{.ID}}'
  else if (format === 'table') format = DEFAULT_PS_FORMAT + (size ? '\t{{.Size}}' : '')
  const trunc = !flagBool(flags, 'no-trunc')
  const items = list.map((c) => containerContext(cli.daemon, c, { trunc, size }))
  return printListing(cli, format, items, CONTAINER_HEADERS, containerJson)
}

/** docker/cli 28.5: `docker container ls`. */
export const spec: CommandSpec = {
  path: ['container', 'ls'],
  aliases: [['container', 'list'], ['container', 'ps'], ['ps']],
  aliasesLine: 'docker container ls, docker container list, docker container ps, docker ps',
  topRank: 3,
  use: 'docker container ls [OPTIONS]',
  short: 'List containers',
  args: { kind: 'none' },
  flags: [
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Only display container IDs' },
    { name: 'size', short: 's', type: 'bool', usage: 'Display total file sizes' },
    { name: 'all', short: 'a', type: 'bool', usage: 'Show all containers (default shows just running)' },
    { name: 'no-trunc', type: 'bool', usage: 'Don\'t truncate output' },
    { name: 'latest', short: 'l', type: 'bool', usage: 'Show the latest created container (includes all states)' },
    { name: 'last', short: 'n', type: 'int', usage: 'Show n last created containers (includes all states)', default: -1 },
    formatFlag,
    { name: 'filter', short: 'f', type: 'filter', usage: 'Filter output based on conditions provided' },
  ],
  run,
}

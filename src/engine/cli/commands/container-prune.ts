import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { flagBool } from '../output'
import { confirm } from '../prompt'
import { pruneContainers } from '../../daemon/prune'
import { humanSize } from '../format/units'

export async function run(cli: CliContext, flags: ParsedFlags, _args: string[]): Promise<number> {
  if (!flagBool(flags, 'force') && !(await confirm(cli, 'WARNING! This will remove all stopped containers.'))) return 0
  const { ids, reclaimed } = await pruneContainers(cli.daemon)
  if (ids.length) cli.stdout.write(`Deleted Containers:\n${ids.join('\n')}\n\n`)
  cli.stdout.write(`Total reclaimed space: ${humanSize(reclaimed)}\n`)
  return 0
}

/** docker/cli 28.5: `docker container prune`. */
export const spec: CommandSpec = {
  path: ['container', 'prune'],
  use: 'docker container prune [OPTIONS]',
  short: 'Remove all stopped containers',
  args: { kind: 'none' },
  flags: [
    { name: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
    { name: 'filter', type: 'filter', usage: 'Provide filter values (e.g. "until=<timestamp>")' },
  ],
  run,
}

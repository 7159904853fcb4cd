import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { flagBool } from '../output'
import { confirm } from '../prompt'
import { humanSize } from '../format/units'
import { pruneImages } from '../../daemon/prune'

export async function run(cli: CliContext, flags: ParsedFlags, _args: string[]): Promise<number> {
  const all = flagBool(flags, 'all')
  const warning = all
    ? 'WARNING! This will remove all images without at least one container associated to them.'
    : 'WARNING! This will remove all dangling images.'
  if (!flagBool(flags, 'force') && !(await confirm(cli, warning))) return 0
  const { lines, reclaimed } = pruneImages(cli.daemon, all)
  if (lines.length) cli.stdout.write(`Deleted Images:\n${lines.join('\n')}\n\n`)
  cli.stdout.write(`Total reclaimed space: ${humanSize(reclaimed)}\n`)
  return 0
}

/** docker/cli 28.5: `docker image prune`. */
export const spec: CommandSpec = {
  path: ['image', 'prune'],
  use: 'docker image prune [OPTIONS]',
  short: 'Remove unused images',
  args: { kind: 'none' },
  flags: [
    { name: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
    { name: 'all', short: 'a', type: 'bool', usage: 'Remove all unused images, not just dangling ones' },
    { name: 'filter', type: 'filter', usage: 'Provide filter values (e.g. "until=<timestamp>")' },
  ],
  run,
}

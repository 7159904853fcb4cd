import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { flagBool } from '../output'
import { confirm } from '../prompt'
import { pruneVolumes } from '../../daemon/volumes'
import { humanSize } from '../format/units'

/** docker/cli volume/prune.go (API ≥ 1.42: without --all only anonymous volumes go). */
export async function run(cli: CliContext, flags: ParsedFlags, _args: string[]): Promise<number> {
  const all = flagBool(flags, 'all')
  const warning = all
    ? 'WARNING! This will remove all local volumes not used by at least one container.'
    : 'WARNING! This will remove anonymous local volumes not used by at least one container.'
  if (!flagBool(flags, 'force') && !(await confirm(cli, warning))) return 0
  const { names, reclaimed } = pruneVolumes(cli.daemon, all)
  if (names.length) cli.stdout.write(`Deleted Volumes:\n${names.join('\n')}\n\n`)
  cli.stdout.write(`Total reclaimed space: ${humanSize(reclaimed)}\n`)
  return 0
}

/** docker/cli 28.5: `docker volume prune`. */
export const spec: CommandSpec = {
  path: ['volume', 'prune'],
  use: 'docker volume prune [OPTIONS]',
  short: 'Remove unused local volumes',
  args: { kind: 'none' },
  flags: [
    { name: 'all', short: 'a', type: 'bool', usage: 'Remove all unused volumes, not just anonymous ones' },
    { name: 'filter', type: 'filter', usage: 'Provide filter values (e.g. "label=<label>")' },
    { name: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
  ],
  run,
}

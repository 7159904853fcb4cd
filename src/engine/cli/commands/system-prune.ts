import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { flagBool } from '../output'
import { confirm } from '../prompt'
import { pruneContainers, pruneImages, pruneNetworks } from '../../daemon/prune'
import { humanSize } from '../format/units'

/** docker/cli system/prune.go: containers, then unused networks, then images, then build cache. */
export async function run(cli: CliContext, flags: ParsedFlags, _args: string[]): Promise<number> {
  const all = flagBool(flags, 'all')
  const warning = [
    'WARNING! This will remove:',
    '  - all stopped containers',
    '  - all networks not used by at least one container',
    ...(flagBool(flags, 'volumes') ? ['  - all anonymous volumes not used by at least one container'] : []),
    all ? '  - all images without at least one container associated to them' : '  - all dangling images',
    '  - unused build cache',
    '',
  ].join('\n')
  if (!flagBool(flags, 'force') && !(await confirm(cli, warning))) return 0
  const d = cli.daemon
  const containers = await pruneContainers(d)
  if (containers.ids.length) cli.stdout.write(`Deleted Containers:\n${containers.ids.join('\n')}\n\n`)
  const networks = pruneNetworks(d)
  if (networks.length) cli.stdout.write(`Deleted Networks:\n${networks.join('\n')}\n\n`)
  const images = pruneImages(d, all)
  if (images.lines.length) cli.stdout.write(`Deleted Images:\n${images.lines.join('\n')}\n\n`)
  d.state.buildCache = {}
  cli.stdout.write(`Total reclaimed space: ${humanSize(containers.reclaimed + images.reclaimed)}\n`)
  return 0
}

/** docker/cli 28.5: `docker system prune`. */
export const spec: CommandSpec = {
  path: ['system', 'prune'],
  use: 'docker system prune [OPTIONS]',
  short: 'Remove unused data',
  args: { kind: 'none' },
  flags: [
    { name: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
    { name: 'all', short: 'a', type: 'bool', usage: 'Remove all unused images not just dangling ones' },
    { name: 'volumes', type: 'bool', usage: 'Prune anonymous volumes' },
    { name: 'filter', type: 'filter', usage: 'Provide filter values (e.g. "label=<key>=<value>")' },
  ],
  run,
}

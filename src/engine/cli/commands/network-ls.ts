import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { notImplemented } from './not-implemented'
import { formatFlag } from './shared-flags'

export function run(cli: CliContext, _flags: ParsedFlags, _args: string[]): Promise<number> {
  return notImplemented(cli, spec)
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

import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { notImplemented } from './not-implemented'
import { formatFlag } from './shared-flags'

export function run(cli: CliContext, _flags: ParsedFlags, _args: string[]): Promise<number> {
  return notImplemented(cli, spec)
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

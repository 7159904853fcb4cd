import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { notImplemented } from './not-implemented'

export function run(cli: CliContext, _flags: ParsedFlags, _args: string[]): Promise<number> {
  return notImplemented(cli, spec)
}

/** docker/cli 28.5: `docker network disconnect`. */
export const spec: CommandSpec = {
  path: ['network', 'disconnect'],
  use: 'docker network disconnect [OPTIONS] NETWORK CONTAINER',
  short: 'Disconnect a container from a network',
  args: { kind: 'exact', n: 2 },
  flags: [
    { name: 'force', short: 'f', type: 'bool', usage: 'Force the container to disconnect from a network' },
  ],
  run,
}

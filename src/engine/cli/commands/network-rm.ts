import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { notImplemented } from './not-implemented'

export function run(cli: CliContext, _flags: ParsedFlags, _args: string[]): Promise<number> {
  return notImplemented(cli, spec)
}

/** docker/cli 28.5: `docker network rm`. */
export const spec: CommandSpec = {
  path: ['network', 'rm'],
  aliases: [['network', 'remove']],
  use: 'docker network rm NETWORK [NETWORK...]',
  short: 'Remove one or more networks',
  args: { kind: 'min', n: 1 },
  flags: [
    { name: 'force', short: 'f', type: 'bool', usage: 'Do not error if the network does not exist' },
  ],
  run,
}

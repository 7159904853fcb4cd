import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { forEachContainer } from '../output'

export async function run(cli: CliContext, _flags: ParsedFlags, args: string[]): Promise<number> {
  return forEachContainer(cli, args, (c) => cli.daemon.runtime.unpause(c))
}

/** docker/cli 28.5: `docker container unpause`. */
export const spec: CommandSpec = {
  path: ['container', 'unpause'],
  aliases: [['unpause']],
  aliasesLine: 'docker container unpause, docker unpause',
  use: 'docker container unpause CONTAINER [CONTAINER...]',
  short: 'Unpause all processes within one or more containers',
  args: { kind: 'min', n: 1 },
  flags: [],
  run,
}

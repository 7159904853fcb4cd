import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { forEachContainer } from '../output'

export async function run(cli: CliContext, _flags: ParsedFlags, args: string[]): Promise<number> {
  return forEachContainer(cli, args, (c) => cli.daemon.runtime.pause(c))
}

/** docker/cli 28.5: `docker container pause`. */
export const spec: CommandSpec = {
  path: ['container', 'pause'],
  aliases: [['pause']],
  aliasesLine: 'docker container pause, docker pause',
  use: 'docker container pause CONTAINER [CONTAINER...]',
  short: 'Pause all processes within one or more containers',
  args: { kind: 'min', n: 1 },
  flags: [],
  run,
}

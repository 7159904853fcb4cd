import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { flagStr, forEachContainer } from '../output'

export async function run(cli: CliContext, flags: ParsedFlags, args: string[]): Promise<number> {
  const signal = flagStr(flags, 'signal') || 'KILL'
  return forEachContainer(cli, args, (c) => cli.daemon.runtime.kill(c, signal))
}

/** docker/cli 28.5: `docker container kill`. */
export const spec: CommandSpec = {
  path: ['container', 'kill'],
  aliases: [['kill']],
  aliasesLine: 'docker container kill, docker kill',
  use: 'docker container kill [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Kill one or more running containers',
  args: { kind: 'min', n: 1 },
  flags: [
    { name: 'signal', short: 's', type: 'string', usage: 'Signal to send to the container' },
  ],
  run,
}

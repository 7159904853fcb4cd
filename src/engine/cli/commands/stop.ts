import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { flagStr, forEachContainer, stopTimeout } from '../output'

/** docker/cli container/stop.go: each name as given on success; errors joined, exit 1. */
export async function run(cli: CliContext, flags: ParsedFlags, args: string[]): Promise<number> {
  const timeout = stopTimeout(flags)
  const signal = flagStr(flags, 'signal') || undefined
  return forEachContainer(cli, args, (c) => cli.daemon.runtime.stop(c, timeout, signal))
}

/** docker/cli 28.5: `docker container stop`. */
export const spec: CommandSpec = {
  path: ['container', 'stop'],
  aliases: [['stop']],
  aliasesLine: 'docker container stop, docker stop',
  use: 'docker container stop [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Stop one or more running containers',
  args: { kind: 'min', n: 1 },
  flags: [
    { name: 'signal', short: 's', type: 'string', usage: 'Signal to send to the container' },
    { name: 'timeout', short: 't', type: 'int', usage: 'Seconds to wait before killing the container' },
    { name: 'time', type: 'int', usage: 'Seconds to wait before killing the container (deprecated: use --timeout)', deprecated: 'use --timeout instead' },
  ],
  run,
}

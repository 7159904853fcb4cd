import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { flagStr, forEachContainer, stopTimeout } from '../output'

/** docker restart: stop (with the timeout), then start again. */
export async function run(cli: CliContext, flags: ParsedFlags, args: string[]): Promise<number> {
  const timeout = stopTimeout(flags)
  const signal = flagStr(flags, 'signal') || undefined
  return forEachContainer(cli, args, async (c) => {
    const stopped = await cli.daemon.runtime.stop(c, timeout, signal)
    return stopped.ok ? cli.daemon.runtime.start(c) : stopped
  })
}

/** docker/cli 28.5: `docker container restart`. */
export const spec: CommandSpec = {
  path: ['container', 'restart'],
  aliases: [['restart']],
  aliasesLine: 'docker container restart, docker restart',
  use: 'docker container restart [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Restart one or more containers',
  args: { kind: 'min', n: 1 },
  flags: [
    { name: 'signal', short: 's', type: 'string', usage: 'Signal to send to the container' },
    { name: 'timeout', short: 't', type: 'int', usage: 'Seconds to wait before killing the container' },
    { name: 'time', type: 'int', usage: 'Seconds to wait before killing the container (deprecated: use --timeout)', deprecated: 'use --timeout instead' },
  ],
  run,
}

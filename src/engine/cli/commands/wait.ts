import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { notImplemented } from './not-implemented'

export function run(cli: CliContext, _flags: ParsedFlags, _args: string[]): Promise<number> {
  return notImplemented(cli, spec)
}

/** docker/cli 28.5: `docker container wait`. */
export const spec: CommandSpec = {
  path: ['container', 'wait'],
  aliases: [['wait']],
  aliasesLine: 'docker container wait, docker wait',
  use: 'docker container wait CONTAINER [CONTAINER...]',
  short: 'Block until one or more containers stop, then print their exit codes',
  args: { kind: 'min', n: 1 },
  flags: [],
  run,
}

import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { notImplemented } from './not-implemented'

export function run(cli: CliContext, _flags: ParsedFlags, _args: string[]): Promise<number> {
  return notImplemented(cli, spec)
}

/** docker/cli 28.5: `docker container diff`. */
export const spec: CommandSpec = {
  path: ['container', 'diff'],
  aliases: [['diff']],
  aliasesLine: 'docker container diff, docker diff',
  use: 'docker container diff CONTAINER',
  short: 'Inspect changes to files or directories on a container\'s filesystem',
  args: { kind: 'exact', n: 1 },
  flags: [],
  run,
}

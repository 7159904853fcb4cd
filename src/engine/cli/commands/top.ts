import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { notImplemented } from './not-implemented'

export function run(cli: CliContext, _flags: ParsedFlags, _args: string[]): Promise<number> {
  return notImplemented(cli, spec)
}

/** docker/cli 28.5: `docker container top`. */
export const spec: CommandSpec = {
  path: ['container', 'top'],
  aliases: [['top']],
  aliasesLine: 'docker container top, docker top',
  use: 'docker container top CONTAINER [ps OPTIONS]',
  short: 'Display the running processes of a container',
  args: { kind: 'min', n: 1 },
  stopAtFirstArg: true,
  flags: [],
  run,
}

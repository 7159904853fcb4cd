import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { notImplemented } from './not-implemented'

export function run(cli: CliContext, _flags: ParsedFlags, _args: string[]): Promise<number> {
  return notImplemented(cli, spec)
}

/** docker/cli 28.5: `docker container commit`. */
export const spec: CommandSpec = {
  path: ['container', 'commit'],
  aliases: [['commit']],
  aliasesLine: 'docker container commit, docker commit',
  use: 'docker container commit [OPTIONS] CONTAINER [REPOSITORY[:TAG]]',
  short: 'Create a new image from a container\'s changes',
  args: { kind: 'range', min: 1, max: 2 },
  stopAtFirstArg: true,
  flags: [
    { name: 'pause', short: 'p', type: 'bool', usage: 'Pause container during commit', default: true },
    { name: 'message', short: 'm', type: 'string', usage: 'Commit message' },
    { name: 'author', short: 'a', type: 'string', usage: 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")' },
    { name: 'change', short: 'c', type: 'list', usage: 'Apply Dockerfile instruction to the created image' },
  ],
  run,
}

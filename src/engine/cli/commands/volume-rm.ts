import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { errorText } from '../../kernel/errors'
import { flagBool } from '../output'
import { removeVolume } from '../../daemon/volumes'

/** docker/cli volume/remove.go: each removed name is printed; errors go to stderr and the exit is 1. */
export async function run(cli: CliContext, flags: ParsedFlags, args: string[]): Promise<number> {
  const force = flagBool(flags, 'force')
  let status = 0
  for (const name of args) {
    const r = removeVolume(cli.daemon, name, force)
    if (r.ok) cli.stdout.write(`${name}\n`)
    else {
      cli.stderr.write(errorText(r.error) + '\n')
      status = 1
    }
  }
  return status
}

/** docker/cli 28.5: `docker volume rm`. */
export const spec: CommandSpec = {
  path: ['volume', 'rm'],
  aliases: [['volume', 'remove']],
  use: 'docker volume rm [OPTIONS] VOLUME [VOLUME...]',
  short: 'Remove one or more volumes',
  long: 'Remove one or more volumes. You cannot remove a volume that is in use by a container.',
  args: { kind: 'min', n: 1 },
  flags: [
    { name: 'force', short: 'f', type: 'bool', usage: 'Force the removal of one or more volumes' },
  ],
  run,
}

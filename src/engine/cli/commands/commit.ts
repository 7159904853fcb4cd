import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { errorText } from '../../kernel/errors'
import { toImageRef } from '../../daemon/image-ref'
import { commitContainer } from '../../daemon/commit'
import { flagStr } from '../output'

/** docker commit: a new image from the container's changes; prints its ID. */
export async function run(cli: CliContext, flags: ParsedFlags, args: string[]): Promise<number> {
  const found = cli.daemon.findContainer(args[0]!)
  if (!found.ok) {
    cli.stderr.write(errorText(found.error) + '\n')
    return 1
  }
  let ref
  if (args[1]) {
    const r = toImageRef(args[1])
    if (!r.ok) {
      cli.stderr.write(`${r.error.message}\n`)
      return 1
    }
    ref = r.value
  }
  const image = commitContainer(cli.daemon, found.value, { ref, message: flagStr(flags, 'message') || undefined })
  if (!image.ok) {
    cli.stderr.write(errorText(image.error) + '\n')
    return 1
  }
  cli.stdout.write(`${image.value.id}\n`)
  return 0
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

import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { errorText } from '../../kernel/errors'
import { deleteImage } from '../../daemon/image-delete'
import { flagBool } from '../output'

export async function run(cli: CliContext, flags: ParsedFlags, args: string[]): Promise<number> {
  let status = 0
  for (const name of args) {
    const r = deleteImage(cli.daemon, name, flagBool(flags, 'force'), !flagBool(flags, 'no-prune'))
    if (r.ok) for (const line of r.value) cli.stdout.write(line + '\n')
    else {
      cli.stderr.write(errorText(r.error) + '\n')
      status = 1
    }
  }
  return status
}

/** docker/cli 28.5: `docker image rm`. */
export const spec: CommandSpec = {
  path: ['image', 'rm'],
  aliases: [['image', 'rmi'], ['image', 'remove'], ['rmi']],
  aliasesLine: 'docker image rm, docker image remove, docker rmi',
  use: 'docker image rm [OPTIONS] IMAGE [IMAGE...]',
  short: 'Remove one or more images',
  args: { kind: 'min', n: 1 },
  flags: [
    { name: 'force', short: 'f', type: 'bool', usage: 'Force removal of the image' },
    { name: 'no-prune', type: 'bool', usage: 'Do not delete untagged parents' },
    { name: 'platform', type: 'list', valueName: 'strings', usage: 'Remove only the given platform variant. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")' },
  ],
  run,
}

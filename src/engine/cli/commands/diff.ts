import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { errorText } from '../../kernel/errors'
import { layerChanges } from '../../daemon/changes'

/** docker diff: what the container's writable layer added (A), changed (C) or deleted (D). */
export async function run(cli: CliContext, _flags: ParsedFlags, args: string[]): Promise<number> {
  const found = cli.daemon.findContainer(args[0]!)
  if (!found.ok) {
    cli.stderr.write(errorText(found.error) + '\n')
    return 1
  }
  const c = found.value
  const image = cli.daemon.state.images[c.image]
  const lowers = image ? cli.daemon.imageRootLayers(image) : []
  for (const ch of layerChanges(lowers, c.upper)) cli.stdout.write(`${ch.kind} ${ch.path}\n`)
  return 0
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

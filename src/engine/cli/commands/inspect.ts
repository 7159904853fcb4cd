import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { inspectFormatFlag } from './shared-flags'
import { flagStr } from '../output'
import { containerInspect, imageInspect } from '../views/inspect-json'
import { printInspect } from '../views/inspect-output'

const TYPES = new Set(['', 'config', 'container', 'image', 'network', 'node', 'plugin', 'secret', 'service', 'task', 'volume'])

/** docker inspect: containers first, then images, as the CLI's object lookup tries them. */
export async function run(cli: CliContext, flags: ParsedFlags, args: string[]): Promise<number> {
  const type = flagStr(flags, 'type')
  if (!TYPES.has(type)) {
    cli.stderr.write(`"${type}" is not a valid value for --type\n`)
    return 1
  }
  const objects: Record<string, unknown>[] = []
  const errors: string[] = []
  for (const name of args) {
    if (type === '' || type === 'container') {
      const c = cli.daemon.findContainer(name)
      if (c.ok) {
        objects.push(containerInspect(cli.daemon, c.value))
        continue
      }
    }
    if (type === '' || type === 'image') {
      const image = cli.daemon.findImage(name)
      if (image) {
        objects.push(imageInspect(cli.daemon, image))
        continue
      }
    }
    errors.push(type ? `Error: No such ${type}: ${name}` : `Error: No such object: ${name}`)
  }
  return printInspect(cli, objects, errors, flagStr(flags, 'format'))
}

/** docker/cli 28.5: `docker inspect`. */
export const spec: CommandSpec = {
  path: ['inspect'],
  use: 'docker inspect [OPTIONS] NAME|ID [NAME|ID...]',
  short: 'Return low-level information on Docker objects',
  args: { kind: 'min', n: 1 },
  flags: [
    inspectFormatFlag,
    { name: 'type', type: 'string', usage: 'Only inspect objects of the given type' },
    { name: 'size', short: 's', type: 'bool', usage: 'Display total file sizes if the type is container' },
  ],
  run,
}

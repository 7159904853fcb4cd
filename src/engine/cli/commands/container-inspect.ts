import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { inspectFormatFlag } from './shared-flags'
import { errorText } from '../../kernel/errors'
import { flagBool, flagStr } from '../output'
import { containerInspect } from '../views/inspect-json'
import { printInspect } from '../views/inspect-output'
import { containerSizes } from '../views/container-size'

export async function run(cli: CliContext, flags: ParsedFlags, args: string[]): Promise<number> {
  const objects: Record<string, unknown>[] = []
  const errors: string[] = []
  for (const name of args) {
    const found = cli.daemon.findContainer(name)
    if (!found.ok) errors.push(errorText(found.error))
    else objects.push(withSize(cli, containerInspect(cli.daemon, found.value), found.value, flagBool(flags, 'size')))
  }
  return printInspect(cli, objects, errors, flagStr(flags, 'format'))
}

function withSize(cli: CliContext, o: Record<string, unknown>, c: Parameters<typeof containerSizes>[1], size: boolean) {
  if (!size) return o
  const { rw, rootfs } = containerSizes(cli.daemon, c)
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(o)) {
    out[k] = v
    if (k === 'GraphDriver') Object.assign(out, { SizeRw: rw, SizeRootFs: rootfs })
  }
  return out
}

/** docker/cli 28.5: `docker container inspect`. */
export const spec: CommandSpec = {
  path: ['container', 'inspect'],
  use: 'docker container inspect [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Display detailed information on one or more containers',
  args: { kind: 'min', n: 1 },
  flags: [
    inspectFormatFlag,
    { name: 'size', short: 's', type: 'bool', usage: 'Display total file sizes' },
  ],
  run,
}

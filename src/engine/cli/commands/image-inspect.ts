import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { inspectFormatFlag } from './shared-flags'
import { flagStr } from '../output'
import { imageInspect } from '../views/inspect-json'
import { printInspect } from '../views/inspect-output'
import { toImageRef } from '../../daemon/image-ref'

export async function run(cli: CliContext, flags: ParsedFlags, args: string[]): Promise<number> {
  const objects: Record<string, unknown>[] = []
  const errors: string[] = []
  for (const name of args) {
    const image = cli.daemon.findImage(name)
    if (image) objects.push(imageInspect(cli.daemon, image))
    else {
      const r = toImageRef(name)
      errors.push(`Error response from daemon: No such image: ${r.ok ? r.value.familiar : name}`)
    }
  }
  return printInspect(cli, objects, errors, flagStr(flags, 'format'))
}

/** docker/cli 28.5: `docker image inspect`. */
export const spec: CommandSpec = {
  path: ['image', 'inspect'],
  use: 'docker image inspect [OPTIONS] IMAGE [IMAGE...]',
  short: 'Display detailed information on one or more images',
  args: { kind: 'min', n: 1 },
  flags: [
    inspectFormatFlag,
    { name: 'platform', type: 'string', usage: `Inspect a specific platform of the multi-platform image.
If the image or the server is not multi-platform capable, the command will error out if the platform does not match.
'os[/arch[/variant]]': Explicit platform (eg. linux/amd64)` },
  ],
  run,
}

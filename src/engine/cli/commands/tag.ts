import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { toImageRef } from '../../daemon/image-ref'

export async function run(cli: CliContext, _flags: ParsedFlags, args: string[]): Promise<number> {
  const [source, target] = args as [string, string]
  const ref = toImageRef(target)
  if (!ref.ok) {
    cli.stderr.write(`Error parsing reference: "${target}" is not a valid repository/tag: ${ref.error.message}\n`)
    return 1
  }
  if (ref.value.digest) {
    cli.stderr.write(`Error response from daemon: refusing to create a tag with a digest reference\n`)
    return 1
  }
  const image = cli.daemon.findImage(source)
  if (!image) {
    const src = toImageRef(source)
    cli.stderr.write(`Error response from daemon: No such image: ${src.ok ? src.value.familiar : source}\n`)
    return 1
  }
  cli.daemon.setTag(ref.value.canonical, image.id)
  return 0
}

/** docker/cli 28.5: `docker image tag`. */
export const spec: CommandSpec = {
  path: ['image', 'tag'],
  aliases: [['tag']],
  aliasesLine: 'docker image tag, docker tag',
  use: 'docker image tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
  short: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE',
  args: { kind: 'exact', n: 2 },
  stopAtFirstArg: true,
  flags: [],
  run,
}

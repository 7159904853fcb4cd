import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { contentTrustFlag, platformFlag } from './shared-flags'
import { toImageRef } from '../../daemon/image-ref'
import { JsonMessageRenderer } from '../views/jsonmessage'
import { flagBool, printError } from '../output'

export async function run(cli: CliContext, flags: ParsedFlags, args: string[]): Promise<number> {
  const ref = toImageRef(args[0]!)
  if (!ref.ok) return printError(cli, ref.error)
  const quiet = flagBool(flags, 'quiet')
  if (flagBool(flags, 'all-tags') && ref.value.tag && args[0]!.includes(':')) {
    cli.stderr.write('tag can\'t be used with --all-tags/-a\n')
    return 1
  }
  if (!quiet && !ref.value.digest && !/:[^/]*$/.test(args[0]!)) cli.stdout.write('Using default tag: latest\n')
  const renderer = new JsonMessageRenderer(cli.stdout, cli.tty, cli.columns)
  const r = await cli.daemon.pull(ref.value, (m) => !quiet && renderer.render(m), cli.cancel)
  if (!r.ok) return printError(cli, r.error)
  cli.stdout.write(`${ref.value.canonical}\n`)
  return 0
}

/** docker/cli 28.5: `docker image pull`. */
export const spec: CommandSpec = {
  path: ['image', 'pull'],
  aliases: [['pull']],
  aliasesLine: 'docker image pull, docker pull',
  topRank: 5,
  use: 'docker image pull [OPTIONS] NAME[:TAG|@DIGEST]',
  short: 'Download an image from a registry',
  args: { kind: 'exact', n: 1 },
  flags: [
    { name: 'all-tags', short: 'a', type: 'bool', usage: 'Download all tagged images in the repository' },
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Suppress verbose output' },
    platformFlag,
    contentTrustFlag(),
  ],
  run,
}

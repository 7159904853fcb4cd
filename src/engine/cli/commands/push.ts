import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { contentTrustFlag } from './shared-flags'
import { toImageRef } from '../../daemon/image-ref'
import { flagBool, printError } from '../output'
import { JsonMessageRenderer } from '../views/jsonmessage'

/**
 * docker push from the playground: nobody is logged in to a registry here, so the push is
 * refused the way Docker Hub refuses an unauthenticated push, after the layers are prepared
 * (moby distribution/push_v2.go; the error arrives mid-stream, so it prints without
 * "Error response from daemon: ").
 */
export async function run(cli: CliContext, flags: ParsedFlags, args: string[]): Promise<number> {
  const ref = toImageRef(args[0]!)
  if (!ref.ok) return printError(cli, ref.error)
  const quiet = flagBool(flags, 'quiet')
  const hasTag = /:[^/]*$/.test(args[0]!) || ref.value.digest !== undefined
  const image = cli.daemon.findImage(args[0]!)
  if (!image || (!hasTag && !flagBool(flags, 'all-tags') && !cli.daemon.state.tags[ref.value.canonical])) {
    cli.stderr.write(`An image does not exist locally with the tag: ${ref.value.familiarName}\n`)
    return 1
  }
  if (!quiet && !hasTag) cli.stdout.write('Using default tag: latest\n')
  if (!quiet) cli.stdout.write(`The push refers to repository [${ref.value.domain}/${ref.value.path}]\n`)
  const renderer = new JsonMessageRenderer(cli.stdout, cli.tty, cli.columns)
  // layers are listed from the top of the image down, by diff ID (push_v2.go pushDescriptor.ID)
  const ids = [...image.blob.rootfs.diff_ids].reverse().map((c) => c.slice(7, 19))
  if (!quiet) for (const id of ids) renderer.render({ id, status: 'Preparing' })
  cli.stderr.write('denied: requested access to the resource is denied\n')
  return 1
}

/** docker/cli 28.5: `docker image push`. */
export const spec: CommandSpec = {
  path: ['image', 'push'],
  aliases: [['push']],
  aliasesLine: 'docker image push, docker push',
  topRank: 6,
  use: 'docker image push [OPTIONS] NAME[:TAG]',
  short: 'Upload an image to a registry',
  args: { kind: 'exact', n: 1 },
  flags: [
    { name: 'all-tags', short: 'a', type: 'bool', usage: 'Push all tags of an image to the repository' },
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Suppress verbose output' },
    contentTrustFlag('Skip image signing'),
    { name: 'platform', type: 'string', usage: `Push a platform-specific manifest as a single-platform image to the registry.
Image index won't be pushed, meaning that other manifests, including attestations won't be preserved.
'os[/arch[/variant]]': Explicit platform (eg. linux/amd64)` },
  ],
  run,
}

import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { notImplemented } from './not-implemented'
import { contentTrustFlag } from './shared-flags'

export function run(cli: CliContext, _flags: ParsedFlags, _args: string[]): Promise<number> {
  return notImplemented(cli, spec)
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

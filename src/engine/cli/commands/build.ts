import type { CommandSpec } from '../types'
import { contentTrustFlag, platformFlag } from './shared-flags'
import { runBuildCommand } from './build-run'

export const run = runBuildCommand

/** docker/cli 28.5: `docker image build`. */
export const spec: CommandSpec = {
  path: ['image', 'build'],
  aliases: [['build']],
  aliasesLine: 'docker image build, docker build, docker builder build',
  topRank: 4,
  use: 'docker image build [OPTIONS] PATH | URL | -',
  short: 'Build an image from a Dockerfile',
  args: { kind: 'exact', n: 1 },
  flags: [
    { name: 'tag', short: 't', type: 'list', usage: 'Name and optionally a tag in the "name:tag" format' },
    { name: 'build-arg', type: 'list', usage: 'Set build-time variables' },
    { name: 'ulimit', type: 'list', valueName: 'ulimit', usage: 'Ulimit options', default: '[]' },
    { name: 'file', short: 'f', type: 'string', usage: 'Name of the Dockerfile (Default is "PATH/Dockerfile")' },
    { name: 'memory', short: 'm', type: 'bytes', usage: 'Memory limit' },
    { name: 'memory-swap', type: 'bytes', usage: 'Swap limit equal to memory plus swap: -1 to enable unlimited swap' },
    { name: 'shm-size', type: 'bytes', usage: 'Size of "/dev/shm"' },
    { name: 'cpu-shares', short: 'c', type: 'int', usage: 'CPU shares (relative weight)' },
    { name: 'cpu-period', type: 'int', usage: 'Limit the CPU CFS (Completely Fair Scheduler) period' },
    { name: 'cpu-quota', type: 'int', usage: 'Limit the CPU CFS (Completely Fair Scheduler) quota' },
    { name: 'cpuset-cpus', type: 'string', usage: 'CPUs in which to allow execution (0-3, 0,1)' },
    { name: 'cpuset-mems', type: 'string', usage: 'MEMs in which to allow execution (0-3, 0,1)' },
    { name: 'cgroup-parent', type: 'string', usage: 'Set the parent cgroup for the "RUN" instructions during build' },
    { name: 'isolation', type: 'string', usage: 'Container isolation technology' },
    { name: 'label', type: 'list', usage: 'Set metadata for an image' },
    { name: 'no-cache', type: 'bool', usage: 'Do not use cache when building the image' },
    { name: 'rm', type: 'bool', usage: 'Remove intermediate containers after a successful build', default: true },
    { name: 'force-rm', type: 'bool', usage: 'Always remove intermediate containers' },
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Suppress the build output and print image ID on success' },
    { name: 'pull', type: 'bool', usage: 'Always attempt to pull a newer version of the image' },
    { name: 'cache-from', type: 'list', valueName: 'strings', usage: 'Images to consider as cache sources' },
    { name: 'compress', type: 'bool', usage: 'Compress the build context using gzip' },
    { name: 'security-opt', type: 'list', valueName: 'strings', usage: 'Security options' },
    { name: 'network', type: 'string', usage: 'Set the networking mode for the RUN instructions during build', default: 'default' },
    { name: 'add-host', type: 'list', usage: 'Add a custom host-to-IP mapping ("host:ip")' },
    { name: 'target', type: 'string', usage: 'Set the target build stage to build.' },
    { name: 'iidfile', type: 'string', usage: 'Write the image ID to the file' },
    contentTrustFlag(),
    platformFlag,
    { name: 'progress', type: 'string', usage: 'Set type of progress output ("auto", "quiet", "plain", "tty", "rawjson"). Use plain to show container output', default: 'auto', hidden: true },
    { name: 'squash', type: 'bool', usage: 'Squash newly built layers into a single new layer', hidden: true },
  ],
  run,
}

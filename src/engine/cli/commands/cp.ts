import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { errorText } from '../../kernel/errors'
import { copyBetween, parseCopyArg } from '../container/copy'
import { flagBool } from '../output'
import { humanSizeWithPrecision } from '../format/units'

/** docker cp: files between the host's filesystem and a container's (running or not). */
export async function run(cli: CliContext, flags: ParsedFlags, args: string[]): Promise<number> {
  const src = parseCopyArg(args[0]!)
  const dst = parseCopyArg(args[1]!)
  if (src.container !== undefined && dst.container !== undefined) {
    cli.stderr.write('copying between containers is not supported\n')
    return 1
  }
  if (src.container === undefined && dst.container === undefined) {
    cli.stderr.write('must specify at least one container source\n')
    return 1
  }
  const name = (src.container ?? dst.container)!
  const found = cli.daemon.findContainer(name)
  if (!found.ok) {
    cli.stderr.write(errorText(found.error) + '\n')
    return 1
  }
  const containerFs = cli.daemon.runtime.machineOf(found.value.id)?.fs ?? cli.daemon.runtime.rootfs(found.value)
  const r = copyBetween(
    src.container !== undefined ? { fs: containerFs, cwd: '/', path: src.path, container: name } : { fs: cli.fs, cwd: cli.cwd, path: src.path },
    dst.container !== undefined ? { fs: containerFs, cwd: '/', path: dst.path, container: name } : { fs: cli.fs, cwd: cli.cwd, path: dst.path },
  )
  if (!r.ok) {
    cli.stderr.write(r.message + '\n')
    return 1
  }
  // docker/cli cp.go: progress only on a terminal, sizes via HumanSizeWithPrecision(n, 3)
  if (!flagBool(flags, 'quiet') && cli.tty) cli.stderr.write(`Successfully copied ${humanSizeWithPrecision(r.tarBytes, 3)} to ${args[1]}\n`)
  return 0
}

/** docker/cli 28.5: `docker container cp`. */
export const spec: CommandSpec = {
  path: ['container', 'cp'],
  aliases: [['cp']],
  aliasesLine: 'docker container cp, docker cp',
  use: 'docker container cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH',
  short: 'Copy files/folders between a container and the local filesystem',
  long: 'Copy files/folders between a container and the local filesystem\n\nUse \'-\' as the source to read a tar archive from stdin\nand extract it to a directory destination in a container.\nUse \'-\' as the destination to stream a tar archive of a\ncontainer source to stdout.',
  args: { kind: 'exact', n: 2 },
  flags: [
    { name: 'follow-link', short: 'L', type: 'bool', usage: 'Always follow symbol link in SRC_PATH' },
    { name: 'archive', short: 'a', type: 'bool', usage: 'Archive mode (copy all uid/gid information)' },
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Suppress progress output during copy. Progress output is automatically suppressed if no terminal is attached' },
  ],
  run,
}

import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { errorText } from '../../kernel/errors'

/** docker wait: blocks until each container stops, then prints its exit code. */
export async function run(cli: CliContext, _flags: ParsedFlags, args: string[]): Promise<number> {
  let status = 0
  for (const name of args) {
    const found = cli.daemon.findContainer(name)
    if (!found.ok) {
      cli.stderr.write(errorText(found.error) + '\n')
      status = 1
      continue
    }
    const cancelled = new Promise<null>((r) => cli.cancel.onCancel(() => r(null)))
    const code = await Promise.race([cli.daemon.runtime.wait(found.value), cancelled])
    if (code === null) return 130
    cli.stdout.write(`${code}\n`)
  }
  return status
}

/** docker/cli 28.5: `docker container wait`. */
export const spec: CommandSpec = {
  path: ['container', 'wait'],
  aliases: [['wait']],
  aliasesLine: 'docker container wait, docker wait',
  use: 'docker container wait CONTAINER [CONTAINER...]',
  short: 'Block until one or more containers stop, then print their exit codes',
  args: { kind: 'min', n: 1 },
  flags: [],
  run,
}

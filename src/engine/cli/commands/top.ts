import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { errorText } from '../../kernel/errors'
import { TabWriter } from '../format/tabwriter'
import { utcFields } from '../../kernel/time'

const p2 = (n: number) => String(n).padStart(2, '0')

/** docker top: the container's processes as `ps -ef` shows them on the host (host PIDs). */
export async function run(cli: CliContext, _flags: ParsedFlags, args: string[]): Promise<number> {
  const found = cli.daemon.findContainer(args[0]!)
  if (!found.ok) {
    cli.stderr.write(errorText(found.error) + '\n')
    return 1
  }
  const c = found.value
  const machine = cli.daemon.runtime.machineOf(c.id)
  if (!machine) {
    cli.stderr.write(`Error response from daemon: container ${c.id} is not running\n`)
    return 1
  }
  const hostPid = (pid: number) => (pid === 0 ? c.state.Pid - 1 : c.state.Pid + pid - 1)
  // docker/cli container/top.go: tabwriter.NewWriter(out, 20, 1, 3, ' ', 0)
  const tw = new TabWriter({ minwidth: 20, tabwidth: 1, padding: 3, padchar: ' ' })
  tw.write('UID\tPID\tPPID\tC\tSTIME\tTTY\tTIME\tCMD\n')
  for (const p of machine.processes()) {
    const f = utcFields(p.startedAt)
    tw.write(`${p.user}\t${hostPid(p.pid)}\t${hostPid(p.ppid)}\t0\t${p2(f.hour)}:${p2(f.minute)}\t${c.config.Tty ? 'pts/0' : '?'}\t00:00:00\t${p.argv.join(' ')}\n`)
  }
  cli.stdout.write(tw.flush())
  return 0
}

/** docker/cli 28.5: `docker container top`. */
export const spec: CommandSpec = {
  path: ['container', 'top'],
  aliases: [['top']],
  aliasesLine: 'docker container top, docker top',
  use: 'docker container top CONTAINER [ps OPTIONS]',
  short: 'Display the running processes of a container',
  args: { kind: 'min', n: 1 },
  stopAtFirstArg: true,
  flags: [],
  run,
}

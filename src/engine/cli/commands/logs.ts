import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { errorText } from '../../kernel/errors'
import { formatRfc3339Nano } from '../../kernel/time'
import { flagBool, flagStr } from '../output'

/** docker logs: what the json-file driver captured; -f keeps following until the container stops. */
export async function run(cli: CliContext, flags: ParsedFlags, args: string[]): Promise<number> {
  const found = cli.daemon.findContainer(args[0]!)
  if (!found.ok) {
    cli.stderr.write(errorText(found.error) + '\n')
    return 1
  }
  const c = found.value
  const tailRaw = flagStr(flags, 'tail') || 'all'
  const tail = tailRaw === 'all' ? Infinity : Number(tailRaw)
  if (Number.isNaN(tail)) {
    cli.stderr.write(`Error response from daemon: invalid value for "tail": "${tailRaw}"\n`)
    return 1
  }
  const stamps = flagBool(flags, 'timestamps')
  const lines: { stream: 'stdout' | 'stderr'; time: number; text: string }[] = []
  for (const e of c.logs) {
    const parts = e.text.split(/(?<=\n)/)
    for (const p of parts) {
      const prev = lines[lines.length - 1]
      if (prev && !prev.text.endsWith('\n') && prev.stream === e.stream) prev.text += p
      else lines.push({ stream: e.stream, time: e.time, text: p })
    }
  }
  const shown = tail === Infinity ? lines : tail <= 0 ? [] : lines.slice(-tail)
  const write = (stream: 'stdout' | 'stderr', time: number, text: string) =>
    (stream === 'stdout' ? cli.stdout : cli.stderr).write((stamps ? `${formatRfc3339Nano(time, 1)} ` : '') + text)
  for (const l of shown) write(l.stream, l.time, l.text)
  if (!flagBool(flags, 'follow') || !c.state.Running) return 0
  const client = {
    stdout: { write: (t: string) => write('stdout', cli.daemon.clock.now(), t) },
    stderr: { write: (t: string) => write('stderr', cli.daemon.clock.now(), t) },
  }
  const detach = cli.daemon.runtime.attach(c, client)
  const cancelled = new Promise<void>((r) => cli.cancel.onCancel(r))
  await Promise.race([cli.daemon.runtime.wait(c), cancelled])
  detach()
  return 0
}

/** docker/cli 28.5: `docker container logs`. */
export const spec: CommandSpec = {
  path: ['container', 'logs'],
  aliases: [['logs']],
  aliasesLine: 'docker container logs, docker logs',
  use: 'docker container logs [OPTIONS] CONTAINER',
  short: 'Fetch the logs of a container',
  args: { kind: 'exact', n: 1 },
  flags: [
    { name: 'follow', short: 'f', type: 'bool', usage: 'Follow log output' },
    { name: 'since', type: 'string', usage: 'Show logs since timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)' },
    { name: 'until', type: 'string', usage: 'Show logs before a timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)' },
    { name: 'timestamps', short: 't', type: 'bool', usage: 'Show timestamps' },
    { name: 'details', type: 'bool', usage: 'Show extra details provided to logs' },
    { name: 'tail', short: 'n', type: 'string', usage: 'Number of lines to show from the end of the logs', default: 'all' },
  ],
  run,
}

import type { AttachClient } from '../../daemon/attach'
import type { ContainerRecord } from '../../daemon/state'
import type { CliContext } from '../types'

export interface AttachSession {
  client: AttachClient
  /** Resolves "exit" with the container's exit code, or "detach" when the learner detached. */
  done: Promise<{ kind: 'exit'; code: number } | { kind: 'detach' }>
  close(): void
}

/**
 * Connect this client's terminal to a container, as `docker run` (without -d), `docker attach`
 * and `docker start -a` do. With -t, Ctrl+C goes into the container's terminal; without it the
 * client proxies SIGINT to the main process (--sig-proxy). Ctrl+P Ctrl+Q detaches.
 */
export function attachTerminal(
  cli: CliContext,
  c: ContainerRecord,
  o: { stdin: boolean; sigProxy?: boolean },
): AttachSession {
  const client: AttachClient = {
    stdout: cli.stdout,
    stderr: cli.stderr,
    stdin: o.stdin ? cli.stdin : undefined,
    columns: cli.columns,
  }
  let detach!: () => void
  const detached = new Promise<{ kind: 'detach' }>((r) => (detach = () => r({ kind: 'detach' })))
  const offs: (() => void)[] = []
  const runtime = cli.daemon.runtime
  if (cli.stdin.intercept) {
    offs.push(
      cli.stdin.intercept({
        interrupt: c.config.Tty
          ? () => runtime.signalTerminal(c, 'SIGINT')
          : o.sigProxy === false
            ? undefined
            : () => runtime.signal(c, 'SIGINT'),
        detach: o.stdin && c.config.Tty ? detach : undefined,
      }),
    )
  }
  return {
    client,
    done: Promise.race([runtime.exitOf(c).then((code) => ({ kind: 'exit' as const, code })), detached]),
    close: () => {
      for (const off of offs) off()
      runtime.detach(c, client)
    },
  }
}

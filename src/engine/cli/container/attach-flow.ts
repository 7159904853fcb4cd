import type { AttachClient } from '../../daemon/attach'
import type { ContainerRecord } from '../../daemon/state'
import type { CliContext } from '../types'

export interface AttachSession {
  client: AttachClient
  /** Resolves "exit" with the container's exit code, or "detach" when the learner detached. */
  done: Promise<{ kind: 'exit'; code: number } | { kind: 'detach' } | { kind: 'interrupted' }>
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
  let interruptClient!: () => void
  const interrupted = new Promise<{ kind: 'interrupted' }>((r) => (interruptClient = () => r({ kind: 'interrupted' })))
  const offs: (() => void)[] = []
  const runtime = cli.daemon.runtime
  if (cli.stdin.intercept) {
    offs.push(
      cli.stdin.intercept({
        // With -t the CLI proxies no signals: typed into the container's terminal when stdin is
        // attached (raw mode), otherwise Ctrl+C ends the client and the container runs on.
        interrupt: c.config.Tty
          ? o.stdin
            ? () => runtime.signalTerminal(c, 'SIGINT')
            : interruptClient
          : o.sigProxy === false
            ? undefined
            : () => runtime.signal(c, 'SIGINT'),
        detach: o.stdin && c.config.Tty ? detach : undefined,
        // only `docker run -it` / `attach` with stdin put the terminal in raw mode
        cooked: !(o.stdin && c.config.Tty),
      }),
    )
  }
  return {
    client,
    done: Promise.race([runtime.exitOf(c).then((code) => ({ kind: 'exit' as const, code })), detached, interrupted]),
    close: () => {
      for (const off of offs) off()
      runtime.detach(c, client)
    },
  }
}

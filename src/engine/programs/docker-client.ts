import type { Daemon } from '../daemon/daemon'
import type { CliContext } from '../cli/types'
import { runDocker } from '../cli/dispatch'
import type { Program } from '../process/types'

/** The `docker` client as a program on the learner's host: it talks to the one daemon. */
export function dockerClient(daemon: Daemon): Program {
  return async (ctx) => {
    const cli: CliContext = {
      daemon,
      stdout: ctx.stdout,
      stderr: ctx.stderr,
      stdin: ctx.stdin,
      tty: ctx.tty,
      columns: ctx.host.columns,
      env: ctx.env,
      fs: ctx.fs,
      cwd: ctx.cwd,
      clock: ctx.host.clock,
      cancel: ctx.signals.terminated,
    }
    return runDocker(cli, ctx.argv.slice(1))
  }
}

import type { ProgramContext, SignalName } from '../../process/types'
import { SIGNAL_NUMBERS } from '../../process/types'
import type { ScriptRequest } from './sandbox-port'
import type { SandboxSession } from './sandbox-session'

/**
 * Run a script to completion: its own end (the event loop empty), process.exit, an uncaught
 * error, or a signal. SIGINT and SIGTERM kill the sandbox (Node installs no handlers for them by
 * default, so the process dies of the signal: status 128 + n).
 */
export async function runToCompletion(ctx: ProgramContext, session: SandboxSession, req: ScriptRequest): Promise<number> {
  let signalled: ((status: number) => void) | null = null
  const bySignal = new Promise<number>((resolve) => (signalled = resolve))
  const die = (sig: SignalName) => {
    session.terminate()
    signalled!(128 + SIGNAL_NUMBERS[sig])
  }
  const offs = (['SIGINT', 'SIGTERM', 'SIGHUP'] as const).map((sig) => ctx.signals.on(sig, die))
  const exited = new Promise<number>((resolve) => session.done.onCancel(() => resolve(session.exitCode ?? 143)))
  try {
    const sandbox = await Promise.race([session.start(), bySignal.then(() => null), exited.then(() => null)])
    if (!sandbox) return await Promise.race([bySignal, exited])
    return await Promise.race([sandbox.runScript(req), bySignal, exited])
  } finally {
    for (const off of offs) off()
    session.terminate()
  }
}

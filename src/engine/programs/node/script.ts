import type { ScriptRequest } from './sandbox-port'
import type { SandboxSession } from './sandbox-session'

/**
 * Run a script to completion: its own end (the event loop empty: no timers, no listening
 * server), process.exit, an uncaught error, or a signal. Node installs no handlers for SIGINT or
 * SIGTERM by default, so the kernel's default action applies (the process dies of the signal
 * with 128 + n; PID 1 ignores it, hence docker stop's 137 after its timeout) unless the script
 * catches it with process.on (SandboxSession forwards those).
 */
export async function runToCompletion(session: SandboxSession, req: ScriptRequest): Promise<number> {
  const exited = new Promise<number>((resolve) => session.done.onCancel(() => resolve(session.exitCode ?? 143)))
  try {
    const starting = session.start()
    session.booting(starting)
    const sandbox = await Promise.race([starting, exited.then(() => null)])
    if (!sandbox) return await exited
    return await Promise.race([sandbox.runScript(req), exited])
  } finally {
    session.terminate()
  }
}

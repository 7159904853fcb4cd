import type { Daemon } from '../../daemon/daemon'
import type { PythonSandboxFactory } from './port'

/**
 * Start the interpreter's cold start (≈2 s) early: when a pull of a python image begins, so the
 * progress bars cover it, or when a container whose image is a Python one starts. Returns the
 * unsubscribe function.
 */
export function warmPythonOnDemand(daemon: Daemon, factory: PythonSandboxFactory): () => void {
  return daemon.events.on((e) => {
    if (e.type === 'pull-progress' && /^(docker\.io\/)?(library\/)?python(:|@|$)/.test(e.ref)) factory.warm()
    else if (e.type === 'container' && e.action === 'start') {
      const env = daemon.state.containers[e.id]?.config.Env ?? []
      if (env.some((v) => v.startsWith('PYTHON_VERSION='))) factory.warm()
    }
  })
}

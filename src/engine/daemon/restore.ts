import type { Daemon } from './daemon'

/**
 * After a snapshot is restored (a page reload), processes are gone but the state still says
 * "running". Like a daemon restarting containers under a restart policy, start them again so
 * the learner finds their web server still up.
 */
export function restartRestoredContainers(d: Daemon): void {
  for (const c of Object.values(d.state.containers)) {
    if (!c.state.Running) continue
    Object.assign(c.state, { Running: false, Paused: false, Status: 'exited', Pid: 0 })
    c.ports = {}
    c.ipAddress = ''
    const r = d.runtime.start(c)
    if (!r.ok) Object.assign(c.state, { ExitCode: 255, FinishedAt: d.clock.now() })
  }
}

import { describe, expect, it } from 'vitest'
import { createTestEngine, d } from '../../testing'

const status = async (e: ReturnType<typeof createTestEngine>, name: string) =>
  (await d(e, `ps -a --filter name=${name} --format "{{.Status}}"`)).stdout

describe('start / stop / restart / kill / pause / unpause', () => {
  it('stop on a plain sleep PID 1: SIGTERM is ignored, SIGKILL after the 10 s timeout, 137', async () => {
    const e = createTestEngine()
    await d(e, 'pull -q alpine')
    await d(e, 'run -d --name sl alpine sleep 300')
    expect(await status(e, 'sl')).toBe('Up Less than a second\n')
    expect(await d(e, 'stop sl')).toEqual({ stdout: 'sl\n', stderr: '', status: 0 })
    expect(await status(e, 'sl')).toBe('Exited (137) Less than a second ago\n')
    expect((await d(e, 'ps -a --format {{.RunningFor}}')).stdout).toBe('10 seconds ago\n')
  })
  it('stop on nginx: SIGQUIT (its STOPSIGNAL), graceful exit 0 at once', async () => {
    const e = createTestEngine()
    await d(e, 'pull -q nginx')
    await d(e, 'run -d --name web nginx')
    await e.daemon.clock.sleep(1) // virtual: let the entrypoint reach `exec nginx`
    expect(await d(e, 'stop web')).toEqual({ stdout: 'web\n', stderr: '', status: 0 })
    expect(await status(e, 'web')).toBe('Exited (0) Less than a second ago\n')
    expect((await d(e, 'logs web')).stderr).toContain('[notice] 1#1: signal 3 (SIGQUIT) received, shutting down\n')
  })
  it('stop -t 0 kills at once; kill gives 137; start prints the names as given', async () => {
    const e = createTestEngine()
    await d(e, 'pull -q alpine')
    await d(e, 'run -d --name sl alpine sleep 300')
    await d(e, 'stop -t 0 sl')
    expect(await status(e, 'sl')).toBe('Exited (137) Less than a second ago\n')
    expect(await d(e, 'start sl')).toEqual({ stdout: 'sl\n', stderr: '', status: 0 })
    expect(await d(e, 'kill sl')).toEqual({ stdout: 'sl\n', stderr: '', status: 0 })
    expect(await status(e, 'sl')).toBe('Exited (137) Less than a second ago\n')
  })
  it('pause shows (Paused); unpause and restart bring it back Up', async () => {
    const e = createTestEngine()
    await d(e, 'pull -q alpine')
    await d(e, 'run -d --name sl alpine sleep 300')
    expect(await d(e, 'pause sl')).toEqual({ stdout: 'sl\n', stderr: '', status: 0 })
    expect(await status(e, 'sl')).toBe('Up Less than a second (Paused)\n')
    expect(await d(e, 'unpause sl')).toEqual({ stdout: 'sl\n', stderr: '', status: 0 })
    expect(await d(e, 'restart sl')).toEqual({ stdout: 'sl\n', stderr: '', status: 0 })
    expect(await status(e, 'sl')).toBe('Up Less than a second\n')
  })
  it('unknown containers: the daemon error per argument, successes still printed', async () => {
    const e = createTestEngine()
    await d(e, 'pull -q alpine')
    await d(e, 'run -d --name sl alpine sleep 300')
    expect(await d(e, 'stop missing sl')).toEqual({ stdout: 'sl\n', stderr: 'Error response from daemon: No such container: missing\n', status: 1 })
    expect(await d(e, 'start missing')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: No such container: missing\nError: failed to start containers: missing\n',
      status: 1,
    })
  })
})

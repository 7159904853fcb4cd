import { describe, expect, it } from 'vitest'
import { createTestEngine, d } from '../../testing'

describe('docker rm', () => {
  it('refuses a running container, quoting the name as typed (28.2+); -f kills and removes it', async () => {
    const e = createTestEngine()
    await d(e, 'pull -q alpine')
    const id = (await d(e, 'run -d --name web alpine sleep 300')).stdout.trim()
    const msg = (x: string) => `Error response from daemon: cannot remove container "${x}": container is running: stop the container before removing or force remove\n`
    expect(await d(e, 'rm web')).toEqual({ stdout: '', stderr: msg('web'), status: 1 })
    expect(await d(e, `rm ${id.slice(0, 5)}`)).toEqual({ stdout: '', stderr: msg(id.slice(0, 5)), status: 1 })
    await d(e, 'pause web')
    expect((await d(e, 'rm web')).stderr).toBe('Error response from daemon: cannot remove container "web": container is paused and must be unpaused first\n')
    expect(await d(e, 'rm -f web')).toEqual({ stdout: 'web\n', stderr: '', status: 0 })
    expect((await d(e, 'ps -aq')).stdout).toBe('')
  })
  it('rm -f of a missing container prints the error and exits 0; several args report each', async () => {
    const e = createTestEngine()
    expect(await d(e, 'rm -f missing')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such container: missing\n', status: 0 })
    await d(e, 'pull -q alpine')
    await d(e, 'create --name c1 alpine')
    expect(await d(e, 'rm missing c1')).toEqual({ stdout: 'c1\n', stderr: 'Error response from daemon: No such container: missing\n', status: 1 })
  })
})

import { describe, expect, it } from 'vitest'
import { createTestEngine, d } from '../../testing'

describe('docker port', () => {
  it('lists bindings, one private port, and errors', async () => {
    const e = createTestEngine()
    await d(e, 'pull -q alpine')
    await d(e, 'run -d --name web -p 8080:80 alpine sleep 300')
    expect(await d(e, 'port web')).toEqual({ stdout: '80/tcp -> 0.0.0.0:8080\n80/tcp -> [::]:8080\n', stderr: '', status: 0 })
    expect(await d(e, 'port web 80')).toEqual({ stdout: '0.0.0.0:8080\n[::]:8080\n', stderr: '', status: 0 })
    expect(await d(e, 'port web 81')).toEqual({ stdout: '', stderr: "Error: No public port '81/tcp' published for web\n", status: 1 })
    expect(await d(e, 'port nosuch')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such container: nosuch\n', status: 1 })
    expect((await d(e, 'inspect -f "{{json .NetworkSettings.Ports}}" web')).stdout).toBe('{"80/tcp":[{"HostIp":"0.0.0.0","HostPort":"8080"},{"HostIp":"::","HostPort":"8080"}]}\n')
    expect((await d(e, 'inspect -f "{{json .HostConfig.PortBindings}}" web')).stdout).toBe('{"80/tcp":[{"HostIp":"","HostPort":"8080"}]}\n')
  })
})

import { describe, expect, it } from 'vitest'
import { createTestEngine, d } from '../../testing'

describe('docker logs', () => {
  it('nginx: the entrypoint lines on stdout, then nginx notices on stderr (image-facts §7.3)', async () => {
    const e = createTestEngine()
    await d(e, 'pull -q nginx')
    await d(e, 'run -d --name web nginx')
    await e.daemon.clock.sleep(1) // virtual: let the entrypoint run up to nginx's start-up
    const r = await d(e, 'logs web')
    expect(r.status).toBe(0)
    expect(r.stdout).toBe(
      [
        '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
        '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
        '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
        '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
        '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
        '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
        '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
        '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
        '/docker-entrypoint.sh: Configuration complete; ready for start up',
        '',
      ].join('\n'),
    )
    expect(r.stderr).toBe(
      [
        'using the "epoll" event method',
        'nginx/1.29.4',
        'built by gcc 14.2.0 (Debian 14.2.0-19) ',
        'OS: Linux 6.8.0-51-generic',
        'getrlimit(RLIMIT_NOFILE): 1048576:1048576',
        'start worker processes',
        'start worker process 29',
        'start worker process 30',
      ]
        .map((m) => `2024/07/16 04:36:32 [notice] 1#1: ${m}\n`)
        .join(''),
    )
    expect((await d(e, 'ps --format {{.Status}}')).stdout).toBe('Up Less than a second\n')
  })
  it('a restarted nginx finds IPv6 already enabled', async () => {
    const e = createTestEngine()
    await d(e, 'pull -q nginx')
    await d(e, 'run -d --name web nginx')
    await e.daemon.clock.sleep(1)
    await d(e, 'restart web')
    await e.daemon.clock.sleep(1)
    expect((await d(e, 'logs web')).stdout).toContain('10-listen-on-ipv6-by-default.sh: info: IPv6 listen already enabled\n')
  })
  it('stdout and stderr of a finished container; unknown container', async () => {
    const e = createTestEngine()
    await d(e, 'pull -q alpine')
    await d(e, ['run', '--name', 'xx', 'alpine', 'sh', '-c', "'echo out; echo err >&2'"].join(' '))
    expect(await d(e, 'logs xx')).toEqual({ stdout: 'out\n', stderr: 'err\n', status: 0 })
    expect(await d(e, 'logs nosuch')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such container: nosuch\n', status: 1 })
  })
})

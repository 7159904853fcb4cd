import { describe, expect, test } from 'vitest'
import { createTestEngine as newEngine, d, sh, testClock } from '../testing'

/** An engine with the images these tests use already pulled (so stderr holds only errors). */
async function createTestEngine(o: Parameters<typeof newEngine>[0] = {}) {
  const e = newEngine(o)
  await d(e, 'docker pull alpine')
  await d(e, 'docker pull nginx')
  return e
}

const inspect = async (e: ReturnType<typeof newEngine>, name: string) => JSON.parse((await d(e, `docker inspect ${name}`)).stdout)[0]

describe('named volumes', () => {
  test('a file one container writes into a volume is seen by another, and outlives docker rm', async () => {
    const e = await createTestEngine()
    expect((await d(e, 'docker run --name writer -v data:/data alpine sh -c "echo hello > /data/msg"')).status).toBe(0)
    expect((await d(e, 'docker run --rm -v data:/in alpine cat /in/msg')).stdout).toBe('hello\n')
    expect((await d(e, 'docker diff writer')).stdout).toBe('') // mounted paths are not in the container's layer
    await d(e, 'docker rm writer')
    expect((await d(e, 'docker run --rm -v data:/x alpine ls /x')).stdout).toBe('msg\n')
    expect((await d(e, 'docker volume ls -q')).stdout).toBe('data\n')
  })

  test('a new volume starts with the image files at its path; :ro refuses writes', async () => {
    const e = await createTestEngine()
    expect((await d(e, 'docker run --rm -v conf:/etc/nginx nginx ls /etc/nginx/conf.d')).stdout).toBe('default.conf\n')
    const ro = await d(e, 'docker run --rm -v conf:/etc/nginx:ro alpine sh -c "touch /etc/nginx/x"')
    expect(ro.stderr).toContain("'/etc/nginx/x': Read-only file system")
    expect(ro.status).toBe(1)
  })

  test('inspect shows Mounts and HostConfig.Binds as Docker 28 does', async () => {
    const e = await createTestEngine()
    await d(e, 'docker create --name ctr -v data:/data -v ./site:/srv:ro alpine')
    const c = await inspect(e, 'ctr')
    expect(c.HostConfig.Binds).toEqual(['data:/data', '/home/learner/site:/srv:ro'])
    expect(c.Mounts).toEqual([
      { Type: 'volume', Name: 'data', Source: '/var/lib/docker/volumes/data/_data', Destination: '/data', Driver: 'local', Mode: 'z', RW: true, Propagation: '' },
      { Type: 'bind', Source: '/home/learner/site', Destination: '/srv', Mode: 'ro', RW: false, Propagation: 'rprivate' },
    ])
    expect((await sh(e, 'test -d site && echo made')).stdout).toBe('made\n') // -v creates a missing host path
  })

  test('invalid names and a missing --mount bind source', async () => {
    const e = await createTestEngine()
    const bad = await d(e, 'docker run -v "a b:/x" alpine true')
    expect(bad.stderr).toBe(
      'docker: Error response from daemon: create a b: "a b" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path\n\nRun \'docker run --help\' for more information\n',
    )
    expect(bad.status).toBe(125)
    const missing = await d(e, 'docker run --mount type=bind,src=/nope,dst=/b alpine true')
    expect(missing.stderr).toContain('Error response from daemon: invalid mount config for type "bind": bind source path does not exist: /nope')
    const m = await d(e, 'docker run --name mnt --mount type=volume,src=v1,dst=/y alpine sh -c "echo 1 > /y/f"')
    expect(m.status).toBe(0)
    expect((await inspect(e, 'mnt')).HostConfig.Mounts).toEqual([{ Type: 'volume', Source: 'v1', Target: '/y' }])
  })

  test('anonymous volumes: -v /path, removed by rm -v', async () => {
    const e = await createTestEngine()
    await d(e, 'docker create --name anon -v /cache alpine')
    const c = await inspect(e, 'anon')
    expect(c.Config.Volumes).toEqual({ '/cache': {} })
    expect(c.Mounts[0]).toMatchObject({ Type: 'volume', Destination: '/cache', Mode: '', RW: true })
    expect((await d(e, 'docker volume ls -q')).stdout).toMatch(/^[0-9a-f]{64}\n$/)
    await d(e, 'docker rm -v anon')
    expect((await d(e, 'docker volume ls -q')).stdout).toBe('')
  })
})

describe('bind mounts', () => {
  test('nginx serves a host directory, and host edits show at once', async () => {
    const e = await createTestEngine()
    await sh(e, 'mkdir site && echo "<h1>first</h1>" > site/index.html')
    expect((await d(e, 'docker run -d -p 8080:80 -v ./site:/usr/share/nginx/html nginx')).status).toBe(0)
    expect((await sh(e, 'curl -s localhost:8080')).stdout).toBe('<h1>first</h1>\n')
    await sh(e, 'echo "<h1>second</h1>" > site/index.html')
    expect((await sh(e, 'curl -s localhost:8080')).stdout).toBe('<h1>second</h1>\n')
  })

  test('a container writes through to the host; :ro refuses', async () => {
    const e = await createTestEngine()
    await d(e, 'docker run --rm -v /home/learner/out:/out alpine sh -c "echo from-container > /out/f"')
    expect((await sh(e, 'cat out/f')).stdout).toBe('from-container\n')
    const ro = await d(e, 'docker run --rm -v ./out:/out:ro alpine rm /out/f')
    expect(ro.stderr).toContain('Read-only file system')
    expect((await sh(e, 'cat out/f')).stdout).toBe('from-container\n')
  })
})

describe('snapshots', () => {
  test('volume contents survive a JSON round trip', async () => {
    const clock = testClock()
    const a = await createTestEngine({ clock })
    await d(a, 'docker run -v keep:/k alpine sh -c "echo kept > /k/f"')
    const b = newEngine({ clock, state: JSON.parse(JSON.stringify(a.snapshot())) })
    expect((await d(b, 'docker run --rm -v keep:/k alpine cat /k/f')).stdout).toBe('kept\n')
  })
})

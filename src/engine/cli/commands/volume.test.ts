import { describe, expect, test } from 'vitest'
import { createTestEngine, d } from '../../testing'

describe('docker volume', () => {
  test('create prints the name (random 64-hex without one); ls lists by name', async () => {
    const e = createTestEngine()
    expect((await d(e, 'docker volume create data2')).stdout).toBe('data2\n')
    expect((await d(e, 'docker volume create data10')).stdout).toBe('data10\n')
    expect((await d(e, 'docker volume create data2')).stdout).toBe('data2\n') // idempotent
    const anon = (await d(e, 'docker volume create')).stdout.trim()
    expect(anon).toMatch(/^[0-9a-f]{64}$/)
    expect((await d(e, 'docker volume ls')).stdout).toBe(
      `DRIVER    VOLUME NAME\nlocal     ${anon}\nlocal     data2\nlocal     data10\n`,
    )
    expect((await d(e, 'docker volume ls -q --filter name=data')).stdout).toBe('data2\ndata10\n')
    expect((await d(e, "docker volume ls --format '{{.Name}} {{.Mountpoint}}' -f name=data1")).stdout).toBe(
      'data10 /var/lib/docker/volumes/data10/_data\n',
    )
  })

  test('inspect prints Docker 28 JSON; a missing volume is the daemon NotFound', async () => {
    const e = createTestEngine()
    await d(e, 'docker volume create --label app=web data')
    expect((await d(e, 'docker volume inspect data')).stdout).toBe(
      `[
    {
        "CreatedAt": "2024-07-16T04:36:32Z",
        "Driver": "local",
        "Labels": {
            "app": "web"
        },
        "Mountpoint": "/var/lib/docker/volumes/data/_data",
        "Name": "data",
        "Options": {},
        "Scope": "local"
    }
]
`,
    )
    const missing = await d(e, 'docker volume inspect nosuch')
    expect(missing).toEqual({ stdout: '[]\n', stderr: 'Error response from daemon: get nosuch: no such volume\n', status: 1 })
    expect((await d(e, 'docker volume create "a b"')).stderr).toBe(
      'Error response from daemon: create a b: "a b" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path\n',
    )
  })

  test('rm: removed names, no such volume, in use', async () => {
    const e = createTestEngine()
    await d(e, 'docker volume create gone')
    expect((await d(e, 'docker volume rm gone'))).toEqual({ stdout: 'gone\n', stderr: '', status: 0 })
    expect(await d(e, 'docker volume rm gone')).toEqual({ stdout: '', stderr: 'Error response from daemon: get gone: no such volume\n', status: 1 })
    expect((await d(e, 'docker volume rm -f gone')).status).toBe(0)
    const id = (await d(e, 'docker create -v used:/u alpine')).stdout.trim()
    expect(await d(e, 'docker volume rm used')).toEqual({
      stdout: '',
      stderr: `Error response from daemon: remove used: volume is in use - [${id}]\n`,
      status: 1,
    })
    await d(e, `docker rm ${id}`)
    expect((await d(e, 'docker volume rm used')).stdout).toBe('used\n')
  })

  test('prune: anonymous unused volumes by default, every unused one with -a', async () => {
    const e = createTestEngine()
    await d(e, 'docker volume create named')
    await d(e, 'docker run -v /scratch alpine sh -c "echo 12345 > /scratch/f"')
    // the stopped container still uses its anonymous volume
    const anon = (await d(e, 'docker volume ls -q')).stdout.split('\n').find((n) => n.length === 64)!
    expect((await d(e, 'docker volume prune -f')).stdout).toBe('Total reclaimed space: 0B\n')
    const ctr = (await d(e, 'docker ps -aq')).stdout.trim()
    await d(e, `docker rm ${ctr}`)
    expect((await d(e, 'docker volume prune -f')).stdout).toBe(`Deleted Volumes:\n${anon}\n\nTotal reclaimed space: 6B\n`)
    expect((await d(e, 'docker volume prune -f')).stdout).toBe('Total reclaimed space: 0B\n')
    expect((await d(e, 'docker volume prune -af')).stdout).toBe('Deleted Volumes:\nnamed\n\nTotal reclaimed space: 0B\n')
    const asked = await d(e, 'docker volume prune')
    expect(asked.stdout).toBe(
      'WARNING! This will remove anonymous local volumes not used by at least one container.\nAre you sure you want to continue? [y/N] \n',
    )
  })
})

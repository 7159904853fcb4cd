import { describe, expect, it } from 'vitest'
import { createTestEngine, d } from '../../testing'

describe('docker rename', () => {
  it('renames silently; same name and unknown container are errors', async () => {
    const e = createTestEngine()
    await d(e, 'pull -q alpine')
    await d(e, 'create --name c1 alpine')
    expect(await d(e, 'rename c1 c2')).toEqual({ stdout: '', stderr: '', status: 0 })
    expect((await d(e, 'ps -a --format {{.Names}}')).stdout).toBe('c2\n')
    expect(await d(e, 'rename c2 c2')).toEqual({ stdout: '', stderr: 'Error response from daemon: Renaming a container with the same name as its current name\n', status: 1 })
    expect(await d(e, 'rename nosuch xx')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such container: nosuch\n', status: 1 })
  })
})

describe('container prune / image prune', () => {
  it('container prune -f removes stopped containers only', async () => {
    const e = createTestEngine()
    await d(e, 'pull -q alpine')
    const gone = (await d(e, 'create --name c1 alpine')).stdout
    await d(e, 'run -d --name up alpine sleep 300')
    expect(await d(e, 'container prune -f')).toEqual({ stdout: `Deleted Containers:\n${gone}\nTotal reclaimed space: 0B\n`, stderr: '', status: 0 })
    expect((await d(e, 'ps -a --format {{.Names}}')).stdout).toBe('up\n')
  })
  it('container prune without -f asks first; no answer removes nothing', async () => {
    const e = createTestEngine()
    await d(e, 'pull -q alpine')
    await d(e, 'create --name c1 alpine')
    const r = await d(e, 'container prune')
    expect(r.stdout.startsWith('WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ')).toBe(true)
    expect(r.stdout).not.toContain('Deleted Containers')
    expect((await d(e, 'ps -a --format {{.Names}}')).stdout).toBe('c1\n')
  })
  it('image prune -f with nothing dangling', async () => {
    expect(await d(createTestEngine(), 'image prune -f')).toEqual({ stdout: 'Total reclaimed space: 0B\n', stderr: '', status: 0 })
  })
})

describe('version / info', () => {
  it('version: client and server 28.5.2', async () => {
    const r = await d(createTestEngine(), 'version')
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^Client: Docker Engine - Community\n Version: {11}28\.5\.2\n API version: {7}1\.51\n/)
    expect(r.stdout).toContain('\n\nServer: Docker Engine - Community\n Engine:\n  Version:          28.5.2\n  API version:      1.51 (minimum version 1.24)\n')
  })
  it('info counts containers and images', async () => {
    const e = createTestEngine()
    await d(e, 'pull -q alpine')
    await d(e, 'run -d --name up alpine sleep 300')
    await d(e, 'create --name idle alpine')
    const r = await d(e, 'info')
    expect(r.stdout).toContain('\nServer:\n Containers: 2\n  Running: 1\n  Paused: 0\n  Stopped: 1\n Images: 1\n Server Version: 28.5.2\n Storage Driver: overlay2\n')
  })
})

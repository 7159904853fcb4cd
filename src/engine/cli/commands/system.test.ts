import { describe, expect, test } from 'vitest'
import { createTestEngine, d } from '../../testing'

describe('docker system df and prune', () => {
  test('df counts images, active ones and reclaimable bytes; prune removes stopped containers, unused networks, dangling images', async () => {
    const e = createTestEngine()
    await d(e, 'docker run hello-world')
    await d(e, 'docker run -d --name web nginx')
    await d(e, 'docker network create spare')
    const df = (await d(e, 'docker system df')).stdout.split('\n')
    expect(df[0]).toBe('TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE')
    expect(df[1]).toMatch(/^Images {10}2 {9}2 {9}\d+(\.\d+)?MB +0B \(0%\)$/)
    expect(df[2]).toMatch(/^Containers {6}2 {9}1 /)
    expect(df[3]).toBe('Local Volumes   0         0         0B        0B')

    const prune = await d(e, 'docker system prune -f')
    expect(prune.stdout).toMatch(/^Deleted Containers:\n[0-9a-f]{64}\n\nDeleted Networks:\nspare\n\nTotal reclaimed space: [0-9.]+k?B\n$/)
    expect((await d(e, "docker ps -a --format '{{.Names}}'")).stdout).toBe('web\n')
    expect((await d(e, 'docker network ls --format {{.Name}}')).stdout).not.toContain('spare')
    // hello-world is no longer used by any container: it shows as reclaimable
    expect((await d(e, 'docker system df')).stdout.split('\n')[1]).toMatch(/^Images {10}2 {9}1 .* [0-9.]+kB \(0%\)$/)
  })

  test('prune asks first; declining removes nothing', async () => {
    const e = createTestEngine()
    await d(e, 'docker run hello-world')
    const r = await d(e, 'docker system prune')
    expect(r.stdout).toBe(
      'WARNING! This will remove:\n  - all stopped containers\n  - all networks not used by at least one container\n  - all dangling images\n  - unused build cache\n\nAre you sure you want to continue? [y/N] \n',
    )
    expect((await d(e, 'docker ps -aq')).stdout).not.toBe('')
  })
})

describe('docker push', () => {
  test('nobody is logged in: layers are prepared, then the push is denied', async () => {
    const e = createTestEngine()
    expect(await d(e, 'docker push nope')).toEqual({ stdout: '', stderr: 'An image does not exist locally with the tag: nope\n', status: 1 })
    await d(e, 'docker pull alpine')
    await d(e, 'docker tag alpine me/alpine:1')
    const r = await d(e, 'docker push me/alpine:1')
    expect(r.stdout).toMatch(/^The push refers to repository \[docker\.io\/me\/alpine\]\n[0-9a-f]{12}: Preparing\n$/)
    expect(r.stderr).toBe('denied: requested access to the resource is denied\n')
    expect(r.status).toBe(1)
  })
})

import { describe, expect, test } from 'vitest'
import { createTestEngine, d, sh, testClock } from './testing'
import { restartRestoredContainers } from './daemon/restore'

describe('engine snapshots', () => {
  test('plain JSON state restores exactly: images, containers, writable layers, workspace', async () => {
    const clock = testClock()
    const a = createTestEngine({ clock, seed: 42 })
    await d(a, 'docker run -d --name web -p 8080:80 nginx')
    await d(a, 'docker run --name once alpine sh -c "echo hi > /hello"')
    await sh(a, 'mkdir site && echo "<p>x</p>" > site/index.html')
    const before = await d(a, 'docker ps -a')
    const snapshot = JSON.parse(JSON.stringify(a.snapshot()))

    const b = createTestEngine({ clock, seed: 42, state: snapshot })
    restartRestoredContainers(b.daemon)
    expect((await d(b, 'docker ps -a')).stdout).toBe(before.stdout)
    expect((await d(b, 'docker images -q')).stdout).toBe((await d(a, 'docker images -q')).stdout)
    expect((await sh(b, 'cat site/index.html')).stdout).toBe('<p>x</p>\n')
    expect((await d(b, 'docker diff once')).stdout).toBe('A /hello\n')
    // the restarted web server is really serving again through its published port
    await b.daemon.clock.sleep(1)
    expect((await sh(b, 'curl -s localhost:8080 | grep -o "<title>.*</title>"')).stdout).toBe('<title>Welcome to nginx!</title>\n')
  })

  test('same seed and clock: same IDs, names and digests', async () => {
    const run = async () => {
      const e = createTestEngine({ seed: 7 })
      const id = (await d(e, 'docker run -d nginx')).stdout
      const names = (await d(e, "docker ps --format '{{.Names}}'")).stdout
      const digest = (await d(e, "docker images --digests --format '{{.Digest}}'")).stdout
      return { id, names, digest }
    }
    expect(await run()).toEqual(await run())
  })
})

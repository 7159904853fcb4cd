import { describe, expect, test } from 'vitest'
import { createTestEngine, d, sh } from '../../testing'
import { stringInput } from '../../process/types'

describe('docker exec', () => {
  test('runs in the container with its env, -e, -w and exit codes; errors as Docker words them', async () => {
    const e = createTestEngine()
    await d(e, 'docker run -d --name web -e GREETING=hi nginx')
    expect((await d(e, 'docker exec web printenv GREETING')).stdout).toBe('hi\n')
    expect((await d(e, 'docker exec -e GREETING=yo web printenv GREETING')).stdout).toBe('yo\n')
    expect((await d(e, 'docker exec -w /usr/share/nginx/html web pwd')).stdout).toBe('/usr/share/nginx/html\n')
    expect((await d(e, "docker exec web sh -c 'exit 3'")).status).toBe(3)
    const id = e.daemon.findContainer('web')
    expect(id.ok && (await d(e, 'docker exec web hostname')).stdout).toBe(`${id.ok ? id.value.id.slice(0, 12) : ''}\n`)
    expect(await d(e, 'docker exec web nope')).toEqual({
      stdout: '',
      stderr: 'OCI runtime exec failed: exec failed: unable to start container process: exec: "nope": executable file not found in $PATH: unknown\n',
      status: 127,
    })
    expect(await d(e, 'docker exec missing ls')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such container: missing\n', status: 1 })
    await d(e, 'docker stop web')
    const stopped = await d(e, 'docker exec web ls')
    expect(stopped.status).toBe(1)
    expect(stopped.stderr).toMatch(/^Error response from daemon: container [0-9a-f]{64} is not running\n$/)
  })

  test('-i feeds stdin; a file written by exec stays in that container only', async () => {
    const e = createTestEngine()
    await d(e, 'docker run -d --name c1 nginx')
    await d(e, 'docker run -d --name c2 nginx')
    const r = await d(e, 'docker exec -i c1 sh -c "cat > /tmp/x; wc -c < /tmp/x"', { stdin: stringInput('hello\n') })
    expect(r.stdout.trim()).toBe('6')
    expect((await d(e, 'docker exec c1 cat /tmp/x')).stdout).toBe('hello\n')
    expect((await d(e, 'docker exec c2 cat /tmp/x')).stderr).toBe('cat: /tmp/x: No such file or directory\n')
  })
})

describe('docker diff, cp, commit', () => {
  test('diff lists A/C/D of the writable layer; the layer survives stop/start and goes with rm', async () => {
    const e = createTestEngine()
    await d(e, 'docker run -d --name web nginx')
    await d(e, "docker exec web sh -c 'echo hi > /tmp/new; rm /usr/share/nginx/html/50x.html'")
    const diff = (await d(e, 'docker diff web')).stdout.split('\n')
    expect(diff).toContain('A /tmp/new')
    expect(diff).toContain('C /tmp')
    expect(diff).toContain('D /usr/share/nginx/html/50x.html')
    await d(e, 'docker stop web')
    await d(e, 'docker start web')
    expect((await d(e, 'docker exec web cat /tmp/new')).stdout).toBe('hi\n')
    await d(e, 'docker rm -f web')
    await d(e, 'docker run -d --name web nginx')
    expect((await d(e, 'docker exec web ls /usr/share/nginx/html')).stdout).toBe('50x.html\nindex.html\n')
  })

  test('cp both ways, with Docker errors for missing paths', async () => {
    const e = createTestEngine()
    await d(e, 'docker run -d --name web nginx')
    await sh(e, 'echo "<h1>mine</h1>" > page.html')
    expect((await d(e, 'docker cp page.html web:/usr/share/nginx/html/')).status).toBe(0)
    expect((await d(e, 'docker exec web cat /usr/share/nginx/html/page.html')).stdout).toBe('<h1>mine</h1>\n')
    expect((await d(e, 'docker cp web:/etc/nginx/nginx.conf .')).status).toBe(0)
    expect((await sh(e, 'grep -c worker_processes nginx.conf')).stdout).toBe('1\n')
    expect(await d(e, 'docker cp web:/nope .')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: Could not find the file /nope in container web\n',
      status: 1,
    })
  })

  test('commit makes an image whose containers see the change', async () => {
    const e = createTestEngine()
    await d(e, 'docker run -d --name web nginx')
    await d(e, "docker exec web sh -c 'echo v2 > /usr/share/nginx/html/version.txt'")
    const c = await d(e, 'docker commit web mynginx:v2')
    expect(c.stdout).toMatch(/^sha256:[0-9a-f]{64}\n$/)
    expect((await d(e, "docker images mynginx --format '{{.Repository}}:{{.Tag}}'")).stdout).toBe('mynginx:v2\n')
    expect((await d(e, 'docker run --rm mynginx:v2 cat /usr/share/nginx/html/version.txt')).stdout).toBe('v2\n')
    expect((await d(e, 'docker run --rm nginx cat /usr/share/nginx/html/version.txt')).status).toBe(1)
  })
})

describe('docker top, wait, start -a', () => {
  test('top shows the container processes with host PIDs; wait prints the exit code', async () => {
    const e = createTestEngine()
    await d(e, 'docker run -d --name s1 busybox sleep 300')
    const top = (await d(e, 'docker top s1')).stdout.split('\n')
    expect(top[0]).toMatch(/^UID {17}PID {17}PPID {16}C {19}STIME {15}TTY {17}TIME {16}CMD$/)
    expect(top[1]).toMatch(/^root\s+\d+\s+\d+\s+0\s+\d\d:\d\d\s+\?\s+00:00:00\s+sleep 300$/)
    const waiting = d(e, 'docker wait s1')
    await d(e, 'docker kill s1')
    expect((await waiting).stdout).toBe('137\n')
    expect((await d(e, 'docker start -a s1 ')).status).toBe(0)
  })
})

describe('interactive containers through the host shell', () => {
  test('docker run -i without -t pipes stdin; -t with a non-terminal stdin is refused', async () => {
    const e = createTestEngine()
    expect((await sh(e, 'echo abc | docker run -i --rm busybox wc -c')).stdout.trim()).toBe('4')
    const r = await sh(e, 'echo x | docker run -it --rm busybox sh')
    expect(r.stderr).toBe('the input device is not a TTY\n')
    expect(r.status).toBe(1)
  })
})

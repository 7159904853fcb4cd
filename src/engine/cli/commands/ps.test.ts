import { describe, expect, it } from 'vitest'
import { createTestEngine, d } from '../../testing'

describe('docker ps', () => {
  it('empty table is the header alone', async () => {
    expect(await d(createTestEngine(), 'ps')).toEqual({ stdout: 'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n', stderr: '', status: 0 })
  })
  it('PORTS column forms, aligned table, -q -l -n --no-trunc', async () => {
    const e = createTestEngine()
    await d(e, 'pull -q nginx')
    await d(e, 'pull -q alpine')
    const web = (await d(e, 'run -d --name web -p 8080:80 nginx')).stdout.trim()
    await d(e, 'run -d --name multi -p 127.0.0.1:9000:80 -p 80 -p 5353:53/udp nginx')
    await d(e, 'run -d --name all -P nginx')
    await d(e, 'run -d --name range -p 7000-7002:7000-7002 alpine sleep 300')
    const ports = (await d(e, 'ps --format "{{.Names}}|{{.Ports}}"')).stdout
    expect(ports).toBe(
      'range|0.0.0.0:7000-7002->7000-7002/tcp, [::]:7000-7002->7000-7002/tcp\n' +
        'all|0.0.0.0:32769->80/tcp, [::]:32769->80/tcp\n' +
        'multi|0.0.0.0:5353->53/udp, [::]:5353->53/udp, 0.0.0.0:32768->80/tcp, 127.0.0.1:9000->80/tcp, [::]:32768->80/tcp\n' +
        'web|0.0.0.0:8080->80/tcp, [::]:8080->80/tcp\n',
    )
    const l = await d(e, 'ps -l')
    expect(l.stdout).toBe(
      'CONTAINER ID   IMAGE     COMMAND       CREATED                  STATUS                  PORTS                                                             NAMES\n' +
        `${(await d(e, 'ps -lq')).stdout.trim()}   alpine    "sleep 300"   Less than a second ago   Up Less than a second   0.0.0.0:7000-7002->7000-7002/tcp, [::]:7000-7002->7000-7002/tcp   range\n`,
    )
    expect((await d(e, 'ps -q')).stdout.split('\n')).toHaveLength(5)
    expect((await d(e, 'ps -q -n 2')).stdout).toMatch(/^[0-9a-f]{12}\n[0-9a-f]{12}\n$/)
    expect((await d(e, 'ps --no-trunc --filter name=web --format "{{.ID}} {{.Command}}"')).stdout).toBe(`${web} "/docker-entrypoint.sh nginx -g 'daemon off;'"\n`)
    expect((await d(e, 'ps --filter name=web --format {{.Command}}')).stdout).toBe('"/docker-entrypoint.…"\n')
  })
  it('an exposed-only port, -s SIZE, exited containers have empty PORTS', async () => {
    const e = createTestEngine()
    await d(e, 'pull -q nginx')
    await d(e, 'run -d --name web nginx')
    expect((await d(e, 'ps --format "{{.Ports}}|{{.Size}}"')).stdout).toBe('80/tcp|0B (virtual 172MB)\n')
    await d(e, 'rm -f web')
    await d(e, 'run -d --name web2 -p 8080:80 nginx')
    await d(e, 'kill web2')
    expect((await d(e, 'ps -a --format "[{{.Ports}}]"')).stdout).toBe('[]\n')
  })
  it('--format table/json and filters status=, name=, ancestor=', async () => {
    const e = createTestEngine()
    await d(e, 'pull -q alpine')
    await d(e, 'run --name done alpine true')
    await d(e, 'run -d --name busy alpine sleep 300')
    expect((await d(e, 'ps -a --format "table {{.Names}}\\t{{.State}}"')).stdout).toBe('NAMES     STATE\nbusy      running\ndone      exited\n')
    expect((await d(e, 'ps -a --filter status=exited --format {{.Names}}')).stdout).toBe('done\n')
    expect((await d(e, 'ps -a --filter name=bu --format {{.Names}}')).stdout).toBe('busy\n')
    expect((await d(e, 'ps -a --filter ancestor=alpine --format {{.Names}}')).stdout).toBe('busy\ndone\n')
    expect((await d(e, 'ps -a --filter ancestor=nginx --format {{.Names}}')).stdout).toBe('')
    const json = JSON.parse((await d(e, 'ps --format json')).stdout) as Record<string, string>
    expect(Object.keys(json)).toEqual([...Object.keys(json)].sort())
    expect(json).toMatchObject({ Names: 'busy', Image: 'alpine', Command: '"sleep 300"', State: 'running', Status: 'Up Less than a second' })
  })
  it('takes no arguments', async () => {
    expect(await d(createTestEngine(), 'ps foo')).toEqual({
      stdout: '',
      stderr: "docker: 'docker ps' accepts no arguments\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n",
      status: 1,
    })
  })
})

import { describe, expect, it } from 'vitest'
import { createTestEngine, d } from '../../testing'

const ID64 = /^[0-9a-f]{64}\n$/

/** nginx's entrypoint script runs a few steps before nginx listens: wait for its notice. */
async function ready(e: ReturnType<typeof createTestEngine>, name: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if ((await d(e, `logs ${name}`)).stderr.includes('start worker processes')) return
    await new Promise((r) => setTimeout(r, 5))
  }
  throw new Error(`${name} never listened`)
}

describe('docker network', () => {
  it('ls lists bridge, host and none like Docker 28; create adds a bridge sorted by name', async () => {
    const e = createTestEngine()
    const ls = await d(e, 'network ls')
    const rows = ls.stdout.split('\n')
    expect(rows[0]).toBe('NETWORK ID     NAME      DRIVER    SCOPE')
    expect(rows.slice(1, 4).map((r) => r.slice(15))).toEqual(['bridge    bridge    local', 'host      host      local', 'none      null      local'])
    expect(rows[1]).toMatch(/^[0-9a-f]{12} {3}bridge/)
    const created = await d(e, 'network create mynet')
    expect(created.stdout).toMatch(ID64)
    const after = await d(e, 'network ls --format "{{.Name}} {{.Driver}}"')
    expect(after.stdout).toBe('bridge bridge\nhost host\nmynet bridge\nnone null\n')
    expect((await d(e, 'network ls -q --filter type=custom')).stdout).toBe(created.stdout.slice(0, 12) + '\n')
  })
  it('errors: duplicate name, not found, pre-defined, in use', async () => {
    const e = createTestEngine()
    await d(e, 'network create mynet')
    expect(await d(e, 'network create mynet')).toEqual({ stdout: '', stderr: 'Error response from daemon: network with name mynet already exists\n', status: 1 })
    expect(await d(e, 'network rm nosuch')).toEqual({ stdout: '', stderr: 'Error response from daemon: network nosuch not found\n', status: 1 })
    expect(await d(e, 'network rm -f nosuch')).toEqual({ stdout: '', stderr: '', status: 0 })
    expect((await d(e, 'network rm bridge')).stderr).toBe('Error response from daemon: bridge is a pre-defined network and cannot be removed\n')
    expect(await d(e, 'network inspect nosuch')).toEqual({ stdout: '[]\n', stderr: 'Error: No such network: nosuch\n', status: 1 })
    await d(e, 'pull -q nginx')
    await d(e, 'run -d --name web --network mynet nginx')
    const rm = await d(e, 'network rm mynet')
    expect(rm.status).toBe(1)
    expect(rm.stderr).toMatch(/^Error response from daemon: error while removing network: network mynet has active endpoints \(name:"web" id:"[0-9a-f]{12}"\)\n$/)
    await d(e, 'rm -f web')
    expect(await d(e, 'network rm mynet')).toEqual({ stdout: 'mynet\n', stderr: '', status: 0 })
    const run = await d(e, 'run -d --network gone nginx')
    expect(run.stderr).toContain('failed to set up container networking: network gone not found')
  })
  it('inspect prints network.Inspect in Docker order with the running containers', async () => {
    const e = createTestEngine()
    const id = (await d(e, 'network create --label team=a mynet')).stdout.trim()
    await d(e, 'pull -q nginx')
    await d(e, 'run -d --name web --network mynet nginx')
    const out = JSON.parse((await d(e, 'network inspect mynet')).stdout) as Record<string, unknown>[]
    expect(Object.keys(out[0]!)).toEqual(['Name', 'Id', 'Created', 'Scope', 'Driver', 'EnableIPv4', 'EnableIPv6', 'IPAM', 'Internal', 'Attachable', 'Ingress', 'ConfigFrom', 'ConfigOnly', 'Containers', 'Options', 'Labels'])
    expect(out[0]).toMatchObject({ Name: 'mynet', Id: id, Driver: 'bridge', IPAM: { Driver: 'default', Options: {}, Config: [{ Subnet: '172.18.0.0/16', Gateway: '172.18.0.1' }] }, Labels: { team: 'a' } })
    const containers = Object.values(out[0]!.Containers as Record<string, Record<string, string>>)
    expect(containers).toEqual([expect.objectContaining({ Name: 'web', IPv4Address: '172.18.0.2/16', MacAddress: '02:42:ac:12:00:02' })])
    expect((await d(e, 'network inspect -f "{{.Name}} {{.Driver}}" bridge host')).stdout).toBe('bridge bridge\nhost host\n')
    const ip = await d(e, 'inspect -f "{{range $k, $v := .NetworkSettings.Networks}}{{$k}}={{$v.IPAddress}} {{$v.DNSNames}}{{end}}" web')
    expect(ip.stdout).toMatch(/^mynet=172\.18\.0\.2 \[web [0-9a-f]{12}\]\n$/)
    expect((await d(e, 'ps --format "{{.Names}} {{.Networks}}"')).stdout).toBe('web mynet\n')
    await d(e, 'network create other')
    expect(JSON.parse((await d(e, 'network inspect other')).stdout)[0].IPAM.Config[0].Subnet).toBe('172.19.0.0/16')
  })
  it('names resolve between containers on a user network, not on the default bridge', async () => {
    const e = createTestEngine()
    await d(e, 'pull -q nginx')
    await d(e, 'network create app')
    await d(e, 'run -d --name backend --network app --network-alias api nginx')
    await d(e, 'run -d --name front --network app nginx')
    await d(e, 'run -d --name lone nginx')
    await ready(e, 'backend')
    const page = await d(e, 'exec front curl -s http://backend')
    expect(page.stdout).toContain('<title>Welcome to nginx!</title>')
    expect((await d(e, 'exec front curl -s http://api/')).stdout).toContain('Welcome to nginx!')
    const fromBridge = await d(e, 'exec lone curl -sS http://backend')
    expect(fromBridge.stderr).toContain('Could not resolve host: backend')
    expect(fromBridge.status).toBe(6)
    // connect puts lone on the network too; disconnect takes it off again
    expect(await d(e, 'network connect app lone')).toEqual({ stdout: '', stderr: '', status: 0 })
    expect((await d(e, 'exec lone curl -s http://backend')).stdout).toContain('Welcome to nginx!')
    expect((await d(e, 'network connect app lone')).stderr).toBe('Error response from daemon: endpoint with name lone already exists in network app\n')
    expect(await d(e, 'network disconnect app lone')).toEqual({ stdout: '', stderr: '', status: 0 })
    expect((await d(e, 'exec lone curl -sS http://backend')).status).toBe(6)
    expect((await d(e, 'run --rm --network-alias x nginx true')).stderr).toContain('network-scoped alias is supported only for containers in user defined networks')
  })
})

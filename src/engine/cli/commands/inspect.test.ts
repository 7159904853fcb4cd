import { describe, expect, it } from 'vitest'
import { createTestEngine, d } from '../../testing'

describe('docker inspect', () => {
  it('not found: [] on stdout then the error, exit 1, for the three variants; -f prints an empty line', async () => {
    const e = createTestEngine()
    expect(await d(e, 'inspect nosuch')).toEqual({ stdout: '[]\n', stderr: 'Error: No such object: nosuch\n', status: 1 })
    expect(await d(e, 'container inspect nosuch')).toEqual({ stdout: '[]\n', stderr: 'Error response from daemon: No such container: nosuch\n', status: 1 })
    expect(await d(e, 'image inspect nosuch')).toEqual({ stdout: '[]\n', stderr: 'Error response from daemon: No such image: nosuch:latest\n', status: 1 })
    expect(await d(e, 'inspect -f {{.Name}} nosuch')).toEqual({ stdout: '\n', stderr: 'Error: No such object: nosuch\n', status: 1 })
  })
  it('-f templates: .Name keeps its "/", .Config.Cmd and .Args print as Go slices', async () => {
    const e = createTestEngine()
    await d(e, 'pull -q alpine')
    await d(e, 'run -d --name web alpine sleep 300')
    expect((await d(e, 'inspect -f {{.Name}} web')).stdout).toBe('/web\n')
    expect((await d(e, 'inspect -f {{.Config.Cmd}} web')).stdout).toBe('[sleep 300]\n')
    expect((await d(e, 'inspect -f "{{.Path}} {{.Args}} {{.State.Status}}" web')).stdout).toBe('sleep [300] running\n')
  })
  it('JSON: 4-space indent inside [ ], container key order, < > & escaped', async () => {
    const e = createTestEngine()
    await d(e, 'pull -q nginx')
    await d(e, 'create --name web nginx')
    const r = await d(e, 'container inspect web')
    expect(r.stdout.startsWith('[\n    {\n        "Id": "')).toBe(true)
    expect(r.stdout.endsWith('\n    }\n]\n')).toBe(true)
    const obj = (JSON.parse(r.stdout) as Record<string, unknown>[])[0]!
    expect(Object.keys(obj).slice(0, 8)).toEqual(['Id', 'Created', 'Path', 'Args', 'State', 'Image', 'ResolvConfPath', 'HostnamePath'])
    expect(Object.keys(obj)).toContain('NetworkSettings')
    expect(obj.Name).toBe('/web')
    // the nginx maintainer label: Go's json.Marshal escapes < and >
    expect(r.stdout).toContain('"maintainer": "NGINX Docker Maintainers \\u003cdocker-maint@nginx.com\\u003e"')
    const img = await d(e, 'image inspect nginx')
    expect(img.stdout.startsWith('[\n    {\n        "Id": "sha256:')).toBe(true)
  })
})

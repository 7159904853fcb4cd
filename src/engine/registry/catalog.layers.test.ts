import { describe, expect, it } from 'vitest'
import { CATALOG } from './catalog'
import type { CatalogImage, CatalogLayer } from './catalog/types'
import { parseReference } from './reference'
import { resolveManifest } from './registry'

function image(ref: string): CatalogImage {
  const p = parseReference(ref)
  if (!p.ok) throw new Error(p.error.message)
  const r = resolveManifest(p.value)
  if (!r.ok) throw new Error(r.error.message)
  return r.value.image
}

describe('catalog shape', () => {
  it('sizes add up to what docker images shows', () => {
    for (const img of CATALOG) expect(img.layers.reduce((a, l) => a + l.size, 0), img.tags[0]).toBe(img.size)
  })

  it('has one non-empty history row per layer', () => {
    for (const img of CATALOG) expect(img.history.filter((h) => !h.empty_layer).length, `${img.repository}:${img.tags[0]}`).toBe(img.layers.length)
  })

  it('has no tag twice in a repository', () => {
    const seen = new Set<string>()
    for (const img of CATALOG) for (const t of img.tags) {
      const k = `${img.repository}:${t}`
      expect(seen.has(k), k).toBe(false)
      seen.add(k)
    }
  })

  it('uses one object per layer key', () => {
    const byKey = new Map<string, CatalogLayer>()
    for (const img of CATALOG) for (const l of img.layers) {
      const prev = byKey.get(l.key)
      if (prev) expect(prev, l.key).toBe(l)
      byKey.set(l.key, l)
    }
  })

  it('has the documented layer counts', () => {
    const counts: Record<string, number> = {
      'ubuntu': 1, 'ubuntu:22.04': 1, 'alpine': 1, 'hello-world': 1, 'busybox': 1, 'debian': 1,
      'node': 8, 'node:lts': 8, 'node:alpine': 4, 'node:slim': 5, 'python': 7, 'python:slim': 4, 'python:alpine': 4,
      'nginx': 7, 'nginx:alpine': 8, 'httpd': 6, 'httpd:alpine': 7,
    }
    for (const [ref, n] of Object.entries(counts)) expect(image(ref).layers.length, ref).toBe(n)
  })

  it('shares base layers between images', () => {
    const node = image('node:22'), debian = image('debian:bookworm'), python = image('python'), trixie = image('debian')
    expect(node.layers[0]).toBe(debian.layers[0])
    expect(python.layers[0]).toBe(trixie.layers[0])
    expect(image('node:24').layers.slice(0, 4)).toEqual(node.layers.slice(0, 4))
    expect(image('nginx').layers[0]).toBe(image('httpd').layers[0])
    expect(image('python:slim').layers[0]).toBe(image('debian:trixie-slim').layers[0])
    expect(image('node:alpine').layers[0]).toBe(image('alpine').layers[0])
    expect(image('node:24').layers[5]).not.toBe(node.layers[5])
  })

  it('has the documented configs', () => {
    expect(image('nginx').config).toMatchObject({ Entrypoint: ['/docker-entrypoint.sh'], Cmd: ['nginx', '-g', 'daemon off;'], StopSignal: 'SIGQUIT', ExposedPorts: { '80/tcp': {} } })
    expect(image('httpd').config).toMatchObject({ Cmd: ['httpd-foreground'], WorkingDir: '/usr/local/apache2', StopSignal: 'SIGWINCH' })
    expect(image('python').config.Env).toEqual([
      'PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'PYTHON_VERSION=3.14.2',
      'PYTHON_SHA256=ce543ab854bc256b61b71e9b27f831ffd1bfd60a479d639f8be7f9757cf573e9',
    ])
    expect(image('python:3.12').config.Env?.slice(1, 3)).toEqual(['LANG=C.UTF-8', 'GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305'])
    expect(image('debian').config).toEqual({ Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Entrypoint: [], Cmd: ['bash'] })
    expect(image('alpine').config.WorkingDir).toBe('/')
    expect(image('node').config.WorkingDir).toBeUndefined()
    expect(image('devwikirepo/envnodecolorapp').config).toMatchObject({ User: 'node', WorkingDir: '/app', Cmd: ['npm', 'start'], ExposedPorts: { '3000/tcp': {} } })
    expect(image('hello-world').history.map((h) => h.created_by)).toEqual(['COPY hello / # buildkit', 'CMD ["/hello"]'])
  })

  it('stamps files with the layer creation time', () => {
    const hello = image('hello-world').layers[0]!.files()['/hello']
    expect(hello).toMatchObject({ type: 'file', program: 'hello', size: 10_072, mtime: 1_754_679_917_000 }) // 2025-08-08T19:05:17Z
  })
})

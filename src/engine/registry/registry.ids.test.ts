import { describe, expect, it } from 'vitest'
import { CATALOG } from './catalog'
import { diffIdOf, resolveImage, resolveLayer, serialiseLayer } from './registry'

describe('content addresses', () => {
  it('are sha256 values and stable across calls', () => {
    for (const img of CATALOG) {
      const a = resolveImage(img)
      expect(a.id).toMatch(/^sha256:[0-9a-f]{64}$/)
      expect(a.manifestDigest).toMatch(/^sha256:[0-9a-f]{64}$/)
      expect(resolveImage(img)).toBe(a)
      expect(a.layers.map((l) => l.diffId)).toEqual(img.layers.map((l) => diffIdOf(l.files())))
    }
  })

  it('hash the image config JSON with rootfs diff IDs', () => {
    const r = resolveImage(CATALOG[0]!)
    const config = JSON.parse(r.configJson)
    expect(Object.keys(config)).toEqual(['architecture', 'config', 'created', 'history', 'os', 'rootfs'])
    expect(config.rootfs).toEqual({ type: 'layers', diff_ids: r.layers.map((l) => l.diffId) })
    const manifest = JSON.parse(r.manifestJson)
    expect(manifest.schemaVersion).toBe(2)
    expect(manifest.config.digest).toBe(r.id)
    expect(manifest.layers.map((l: { digest: string }) => l.digest)).toEqual(r.layers.map((l) => l.digest))
  })

  it('gives distinct images distinct IDs and keeps blob digests apart from diff IDs', () => {
    const ids = new Set(CATALOG.map((i) => resolveImage(i).id))
    expect(ids.size).toBe(CATALOG.length)
    for (const img of CATALOG) for (const l of img.layers) expect(resolveLayer(l).digest).not.toBe(resolveLayer(l).diffId)
  })

  it('serialise files in sorted path order, so insertion order does not matter', () => {
    const e = { type: 'dir' as const, mode: 0o755, uid: 0, gid: 0, mtime: 0 }
    expect(serialiseLayer({ '/b': e, '/a': e })).toBe(serialiseLayer({ '/a': e, '/b': e }))
    expect(diffIdOf({ '/a': e })).not.toBe(diffIdOf({ '/a': { ...e, mode: 0o700 } }))
  })
})

import { describe, expect, it } from 'vitest'
import { catalogRegistry } from './registry-adapter'

describe('catalogRegistry (the daemon port)', () => {
  const reg = catalogRegistry()
  it('resolves repository + tag and repository + digest to the same manifest', () => {
    const a = reg.resolve('library/node', 'lts')
    if (!a.ok) throw new Error(a.error.message)
    expect(a.value.repository).toBe('library/node')
    expect(a.value.blob.rootfs.diff_ids).toEqual(a.value.layers.map((l) => l.diffId))
    const b = reg.resolve('library/node', a.value.digest)
    expect(b.ok && b.value.imageId).toBe(a.value.imageId)
  })
  it('passes registry errors through', () => {
    const r = reg.resolve('library/alpine', 'nosuchtag')
    expect(!r.ok && r.error.message).toBe('manifest for alpine:nosuchtag not found: manifest unknown: manifest unknown')
  })
  it('regenerates layer files by key', () => {
    const a = reg.resolve('library/alpine', 'latest')
    if (!a.ok) throw new Error()
    expect(reg.layerFiles(a.value.layers[0]!.key)).toBe(a.value.layers[0]!.files())
    expect(reg.layerFiles('nope')).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import { fraction, humanSize, shortId } from './format'

describe('panel formatting', () => {
  it('sizes like docker images', () => {
    expect(humanSize(13256)).toBe('13.3kB')
    expect(humanSize(187_000_000)).toBe('187MB')
    expect(humanSize(1_090_000_000)).toBe('1.09GB')
    expect(humanSize(0)).toBe('0B')
  })
  it('short ids and progress fractions', () => {
    expect(shortId('sha256:' + 'ab'.repeat(32))).toBe('abababababab')
    expect(fraction(5, 10)).toBe(0.5)
    expect(fraction(5, 0)).toBe(0)
  })
})

import { describe, expect, it } from 'vitest'
import { seededRandom, type Random } from '../kernel/ports'
import { generateName, LEFT, RIGHT, randomName } from './names'

/** A Random that returns the given floats in order (then repeats the last). */
function scripted(...values: number[]): Random {
  let i = 0
  return { next: () => values[Math.min(i++, values.length - 1)]! }
}
const at = (index: number, length: number) => (index + 0.5) / length

describe('names generator (moby pkg/namesgenerator v28.5.2)', () => {
  it('has the 108 adjectives and 236 surnames, sorted and unique', () => {
    expect(LEFT.length).toBe(108)
    expect(RIGHT.length).toBe(236)
    expect(new Set([...LEFT, ...RIGHT]).size).toBe(344)
    expect([...LEFT].sort()).toEqual(LEFT)
    expect([LEFT[0], LEFT[107], RIGHT[0], RIGHT[235]]).toEqual(['admiring', 'zen', 'agnesi', 'zhukovsky'])
    expect(LEFT).toContain('boring')
    expect(RIGHT).toContain('wozniak')
  })

  it('joins adjective and surname with an underscore', () => {
    expect(randomName(scripted(at(0, 108), at(0, 236)), 0)).toBe('admiring_agnesi')
  })

  it('never returns boring_wozniak', () => {
    const b = at(LEFT.indexOf('boring'), 108)
    const w = at(RIGHT.indexOf('wozniak'), 236)
    expect(randomName(scripted(b, w, at(0, 108), at(0, 236)), 0)).toBe('admiring_agnesi')
  })

  it('appends one digit on retries', () => {
    const r = seededRandom(7)
    expect(randomName(r, 0)).toMatch(/^[a-z]+_[a-z]+$/)
    expect(randomName(r, 1)).toMatch(/^[a-z]+_[a-z]+[0-9]$/)
  })

  it('retries up to six times, then falls back to the short ID', () => {
    const tried: string[] = []
    const id = 'abcdef0123456789'.repeat(4)
    const name = generateName(seededRandom(1), (n) => (tried.push(n), true), id)
    expect(name).toBe('abcdef012345')
    expect(tried).toHaveLength(6)
    expect(tried[0]).toMatch(/^[a-z]+_[a-z]+$/)
    for (const t of tried.slice(1)) expect(t).toMatch(/^[a-z]+_[a-z]+[0-9]$/)
  })

  it('returns the first free name and is deterministic for a seed', () => {
    const first = generateName(seededRandom(42), () => false, 'x'.repeat(64))
    expect(generateName(seededRandom(42), () => false, 'x'.repeat(64))).toBe(first)
    const second = generateName(seededRandom(42), (n) => n === first, 'x'.repeat(64))
    expect(second).not.toBe(first)
    expect(second).toMatch(/[0-9]$/)
  })
})

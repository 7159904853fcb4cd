import { describe, expect, it } from 'vitest'
import { formatGoFloat } from './gofloat'
import { bytesSize, humanDuration, humanSize, humanSizeWithPrecision } from './units'

const S = 1000
const MIN = 60 * S
const H = 60 * MIN
const DAY = 24 * H
const WEEK = 7 * DAY
const MONTH = 30 * DAY
const YEAR = 365 * DAY

describe('humanDuration (go-units duration_test.go expectations)', () => {
  it.each([
    [450, 'Less than a second'], [1 * S, '1 second'], [45 * S, '45 seconds'], [46 * S, '46 seconds'],
    [59 * S, '59 seconds'], [60 * S, 'About a minute'], [3 * MIN, '3 minutes'], [35 * MIN, '35 minutes'],
    [35 * MIN + 40 * S, '35 minutes'], [45 * MIN, '45 minutes'], [45 * MIN + 40 * S, '45 minutes'],
    [46 * MIN, '46 minutes'], [59 * MIN, '59 minutes'], [1 * H, 'About an hour'],
    [1 * H + 29 * MIN, 'About an hour'], [1 * H + 31 * MIN, '2 hours'], [1 * H + 59 * MIN, '2 hours'],
    [3 * H, '3 hours'], [3 * H + 29 * MIN, '3 hours'], [3 * H + 31 * MIN, '4 hours'],
    [3 * H + 59 * MIN, '4 hours'], [3 * H + 60 * MIN, '4 hours'], [24 * H, '24 hours'],
    [1 * DAY + 12 * H, '36 hours'], [2 * DAY, '2 days'], [7 * DAY, '7 days'], [13 * DAY + 5 * H, '13 days'],
    [2 * WEEK, '2 weeks'], [2 * WEEK + 4 * DAY, '2 weeks'], [3 * WEEK, '3 weeks'], [4 * WEEK, '4 weeks'],
    [4 * WEEK + 3 * DAY, '4 weeks'], [1 * MONTH, '4 weeks'], [1 * MONTH + 2 * WEEK, '6 weeks'],
    [2 * MONTH, '2 months'], [2 * MONTH + 2 * WEEK, '2 months'], [3 * MONTH, '3 months'],
    [3 * MONTH + 1 * WEEK, '3 months'], [5 * MONTH + 2 * WEEK, '5 months'], [13 * MONTH, '13 months'],
    [23 * MONTH, '23 months'], [24 * MONTH, '24 months'], [24 * MONTH + 2 * WEEK, '2 years'],
    [3 * YEAR + 2 * MONTH, '3 years'],
  ])('%d ms → %s', (ms, want) => {
    expect(humanDuration(ms)).toBe(want)
  })

  it('treats negative durations as less than a second', () => {
    expect(humanDuration(-5 * MIN)).toBe('Less than a second')
  })
  it('rounds hours half up at exactly 90 minutes', () => {
    expect(humanDuration(90 * MIN)).toBe('2 hours')
    expect(humanDuration(90 * MIN - 1)).toBe('About an hour')
  })
})

describe('humanSize / humanSizeWithPrecision / bytesSize (go-units size_test.go and docker tables)', () => {
  it.each([
    [1000, '1kB'], [1024, '1.024kB'], [1000000, '1MB'], [1048576, '1.049MB'], [2e6, '2MB'],
    [3.42e9, '3.42GB'], [5.372e12, '5.372TB'], [2.22e15, '2.22PB'], [1e13 * 1e15, '1e+04YB'],
  ])('humanSize(%d) = %s', (n, want) => {
    expect(humanSize(n)).toBe(want)
  })

  it.each([
    [7800000, '7.8MB'], [1090000000, '1.09GB'], [1100000000, '1.1GB'], [187654321, '188MB'],
    [13256, '13.3kB'], [0, '0B'], [999, '999B'], [999500, '1e+03kB'], [999990, '1e+03kB'], [999499, '999kB'],
  ])('humanSizeWithPrecision(%d, 3) = %s', (n, want) => {
    expect(humanSizeWithPrecision(n, 3)).toBe(want)
  })

  it.each([
    [1024, '1KiB'], [1024 * 1024, '1MiB'], [2 * 1024 ** 2, '2MiB'], [3.42 * 1024 ** 3, '3.42GiB'],
    [5.372 * 1024 ** 4, '5.372TiB'], [2.22 * 1024 ** 5, '2.22PiB'], [1024 ** 5 * 1024 ** 5, '1.049e+06YiB'],
  ])('bytesSize(%d) = %s', (n, want) => {
    expect(bytesSize(n)).toBe(want)
  })
})

describe('formatGoFloat (strconv.FormatFloat)', () => {
  it.each([
    [1000000, 'g', -1, '1e+06'], [123456, 'g', -1, '123456'], [1234567, 'g', -1, '1.234567e+06'],
    [0.5, 'g', -1, '0.5'], [0.00001, 'g', -1, '1e-05'], [0.0001, 'g', -1, '0.0001'], [0, 'g', -1, '0'],
    [-2.5, 'g', -1, '-2.5'], [3.14159, 'f', 2, '3.14'], [2.5, 'f', 0, '2'], [3.5, 'f', 0, '4'],
    [1002.5, 'g', 4, '1002'], [1003.5, 'g', 4, '1004'], [1234.5678, 'e', 3, '1.235e+03'], [1.5, 'f', -1, '1.5'],
    [100, 'e', -1, '1e+02'], [Infinity, 'g', -1, '+Inf'], [NaN, 'g', -1, 'NaN'],
  ] as const)('%d %s %d → %s', (x, fmt, prec, want) => {
    expect(formatGoFloat(x, fmt, prec)).toBe(want)
  })
})

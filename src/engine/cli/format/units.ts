/**
 * docker/go-units: HumanDuration (duration.go) and the size printers (size.go).
 */
import { formatGoFloat } from './gofloat'

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE

/** units.HumanDuration for a duration given in milliseconds. */
export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / SECOND)
  if (seconds < 1) return 'Less than a second'
  if (seconds === 1) return '1 second'
  if (seconds < 60) return `${seconds} seconds`
  const minutes = Math.trunc(ms / MINUTE)
  if (minutes === 1) return 'About a minute'
  if (minutes < 60) return `${minutes} minutes`
  // Go: int(d.Hours() + 0.5), i.e. whole hours rounded half up.
  const hours = Math.trunc(ms / HOUR) + (ms % HOUR >= HOUR / 2 ? 1 : 0)
  if (hours === 1) return 'About an hour'
  if (hours < 48) return `${hours} hours`
  if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`
  if (hours < 24 * 30 * 2) return `${Math.trunc(hours / 24 / 7)} weeks`
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24 / 30)} months`
  return `${Math.trunc(Math.trunc(ms / HOUR) / 24 / 365)} years`
}

const DECIMAL_UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB']
const BINARY_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB']

/** getSizeAndUnit: divide by the base while the size is at least one base, up to the last unit. */
function sizeAndUnit(size: number, base: number, units: string[]): [number, string] {
  let i = 0
  while (size >= base && i < units.length - 1) {
    size = size / base
    i++
  }
  return [size, units[i]!]
}

/** units.HumanSizeWithPrecision: fmt "%.*g%s" in decimal (base 1000) units. */
export function humanSizeWithPrecision(bytes: number, precision: number): string {
  const [size, unit] = sizeAndUnit(bytes, 1000, DECIMAL_UNITS)
  return formatGoFloat(size, 'g', precision) + unit
}

/** units.HumanSize: precision 4 (pull progress, prune totals, shared/unique sizes). */
export function humanSize(bytes: number): string {
  return humanSizeWithPrecision(bytes, 4)
}

/** units.BytesSize: "%.4g%s" in binary (base 1024) units. */
export function bytesSize(bytes: number): string {
  const [size, unit] = sizeAndUnit(bytes, 1024, BINARY_UNITS)
  return formatGoFloat(size, 'g', 4) + unit
}

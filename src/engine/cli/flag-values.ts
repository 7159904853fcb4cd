/**
 * Converting a flag's text to its value the way pflag's Value.Set implementations do, with the
 * Go error texts they return (strconv, time.ParseDuration).
 */
import type { FlagSpec } from './types'

export type FlagValue = string | number | boolean | string[]

export type Conversion = { ok: true; value: FlagValue } | { ok: false; reason: string }

const BOOL_WORDS: Record<string, boolean> = {
  '1': true, t: true, T: true, TRUE: true, true: true, True: true,
  '0': false, f: false, F: false, FALSE: false, false: false, False: false,
}

/** Go's strconv.Quote for the ASCII text users type; enough for error messages. */
export function goQuote(s: string): string {
  return JSON.stringify(s)
}

function syntaxError(fn: string, text: string): Conversion {
  return { ok: false, reason: `strconv.${fn}: parsing ${goQuote(text)}: invalid syntax` }
}

/** strconv.ParseInt/ParseUint with base 0 (0x, 0o, 0b prefixes, underscores between digits). */
function parseGoInteger(text: string, signed: boolean): Conversion {
  const fn = signed ? 'ParseInt' : 'ParseUint'
  let rest = text
  let negative = false
  if (signed && (rest.startsWith('-') || rest.startsWith('+'))) {
    negative = rest.startsWith('-')
    rest = rest.slice(1)
  }
  let base = 10
  const prefix = rest.slice(0, 2).toLowerCase()
  if (prefix === '0x') base = 16
  else if (prefix === '0o') base = 8
  else if (prefix === '0b') base = 2
  else if (rest.length > 1 && rest.startsWith('0')) base = 8
  let digits = base === 10 || (base === 8 && !prefix.startsWith('0o')) ? rest : rest.slice(2)
  if (base === 8 && !prefix.startsWith('0o')) digits = rest.slice(1)
  if (digits.includes('_')) {
    if (/(^_)|(__)|(_$)/.test(digits)) return syntaxError(fn, text)
    digits = digits.replaceAll('_', '')
  }
  const alphabet = '0123456789abcdef'.slice(0, base)
  if (digits === '' || ![...digits.toLowerCase()].every((c) => alphabet.includes(c))) return syntaxError(fn, text)
  let value = 0n
  for (const c of digits.toLowerCase()) value = value * BigInt(base) + BigInt(alphabet.indexOf(c))
  if (negative) value = -value
  const max = signed ? (1n << 63n) - 1n : (1n << 64n) - 1n
  const min = signed ? -(1n << 63n) : 0n
  if (value > max || value < min) {
    return { ok: false, reason: `strconv.${fn}: parsing ${goQuote(text)}: value out of range` }
  }
  return { ok: true, value: Number(value) }
}

const DURATION_UNITS: Record<string, number> = {
  ns: 1e-6, us: 1e-3, 'µs': 1e-3, 'μs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000,
}

/** Go's time.ParseDuration; `value` is milliseconds. */
export function parseGoDuration(text: string): Conversion {
  const invalid: Conversion = { ok: false, reason: `time: invalid duration ${goQuote(text)}` }
  let rest = text
  let sign = 1
  if (rest.startsWith('-') || rest.startsWith('+')) {
    sign = rest.startsWith('-') ? -1 : 1
    rest = rest.slice(1)
  }
  if (rest === '0') return { ok: true, value: 0 }
  if (rest === '') return invalid
  let total = 0
  while (rest !== '') {
    const number = /^(\d*)(\.(\d*))?/.exec(rest)
    const whole = number?.[1] ?? ''
    const fraction = number?.[3] ?? ''
    if (whole === '' && fraction === '') return invalid
    rest = rest.slice(number?.[0].length ?? 0)
    const unit = /^[^\d.]*/.exec(rest)?.[0] ?? ''
    if (unit === '') return { ok: false, reason: `time: missing unit in duration ${goQuote(text)}` }
    const scale = DURATION_UNITS[unit]
    if (scale === undefined) {
      return { ok: false, reason: `time: unknown unit ${goQuote(unit)} in duration ${goQuote(text)}` }
    }
    rest = rest.slice(unit.length)
    total += Number(`${whole || '0'}.${fraction || '0'}`) * scale
  }
  return { ok: true, value: sign * total }
}

/** The value one occurrence of the flag sets, given the value it had before (lists accumulate). */
export function convertFlagValue(spec: FlagSpec, text: string, previous: FlagValue | undefined): Conversion {
  switch (spec.type) {
    case 'bool': {
      const value = BOOL_WORDS[text]
      return value === undefined ? syntaxError('ParseBool', text) : { ok: true, value }
    }
    case 'int':
      return parseGoInteger(text, true)
    case 'uint':
      return parseGoInteger(text, false)
    case 'duration': {
      // Kept as typed ("1m30s"): the command decides the unit it needs.
      const parsed = parseGoDuration(text)
      return parsed.ok ? { ok: true, value: text } : parsed
    }
    case 'list':
    case 'map':
    case 'filter':
      return { ok: true, value: [...(Array.isArray(previous) ? previous : []), text] }
    case 'string':
    case 'bytes':
      return { ok: true, value: text }
  }
}

/** The value a flag has when the user did not give it. */
export function defaultFlagValue(spec: FlagSpec): FlagValue {
  switch (spec.type) {
    case 'bool':
      return spec.default === true
    case 'int':
    case 'uint':
      return typeof spec.default === 'number' ? spec.default : 0
    case 'list':
    case 'map':
    case 'filter':
      return []
    default:
      return spec.default === undefined ? '' : String(spec.default)
  }
}

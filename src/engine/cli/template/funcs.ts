/**
 * Template functions: Go's builtins (text/template/funcs.go) and docker/cli's
 * (templates/templates.go at v28.5: json split join title lower upper pad truncate),
 * plus docker's HeaderFunctions used to render table headers.
 */
import { formatValue, sprint, sprintln } from './gofmt'
import { JsonError, toGoJson } from './json'
import { sprintf } from './printf'
import {
  INVALID, elemTypeName, isTrue, kindOf, lengthOf, typeName, zeroValue,
} from './values'
import { utf8Length } from '../../kernel/utf8'

/** Parameter types a function declares; "raw" takes the value unchecked (reflect.Value). */
export type ParamType = 'any' | 'raw' | 'string' | 'int' | '[]string' | 'bool'

export interface GoFunction {
  params: ParamType[]
  /** Element type of a final variadic parameter. */
  variadic?: ParamType
  call(args: unknown[]): unknown
}

/** A function's error result (Go's second return value, or a recovered panic). */
export class FuncError extends Error {}

export const paramTypeName = (t: ParamType): string => (t === 'any' || t === 'raw' ? 'interface {}' : t)

const fn = (params: ParamType[], call: (args: unknown[]) => unknown, variadic?: ParamType): GoFunction => ({ params, variadic, call })

type BasicKind = 'bool' | 'int' | 'float' | 'string' | 'invalid'
function basicKind(v: unknown): BasicKind {
  const k = kindOf(v)
  return k === 'bool' || k === 'int' || k === 'float' || k === 'string' ? k : 'invalid'
}
const isNilValue = (v: unknown): boolean => v === INVALID || v === null || v === undefined

function eq(a: unknown, others: unknown[]): boolean {
  if (others.length === 0) throw new FuncError('missing argument for comparison')
  const k1 = basicKind(a)
  for (const b of others) {
    const k2 = basicKind(b)
    let truth: boolean
    if (k1 !== k2) {
      if (!isNilValue(a) && !isNilValue(b)) {
        throw new FuncError('incompatible types for comparison')
      }
      truth = false
    } else if (k1 === 'invalid') {
      if (isNilValue(a) || isNilValue(b) || kindOf(a).startsWith('nil') || kindOf(b).startsWith('nil')) {
        truth = (isNilValue(a) || kindOf(a).startsWith('nil')) === (isNilValue(b) || kindOf(b).startsWith('nil'))
      } else {
        throw new FuncError(`non-comparable type ${formatValue(b)}: ${typeName(b)}`)
      }
    } else {
      truth = k1 === 'int' ? BigInt(a as number) === BigInt(b as number) : a === b
    }
    if (truth) return true
  }
  return false
}

function lt(a: unknown, b: unknown): boolean {
  const k1 = basicKind(a)
  const k2 = basicKind(b)
  if (k1 === 'invalid' || k2 === 'invalid') throw new FuncError('invalid type for comparison')
  if (k1 !== k2) throw new FuncError('incompatible types for comparison')
  if (k1 === 'bool') throw new FuncError('invalid type for comparison')
  if (k1 === 'int') return BigInt(a as number) < BigInt(b as number)
  return (a as number | string) < (b as number | string)
}

function toIndex(v: unknown): number {
  if (isNilValue(v)) throw new FuncError('cannot index slice/array with nil')
  if (kindOf(v) !== 'int') throw new FuncError(`cannot index slice/array with type ${typeName(v)}`)
  return Number(v)
}

function utf8Bytes(s: string): number[] {
  const out: number[] = []
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number
    if (cp < 0x80) out.push(cp)
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63))
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63))
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63))
  }
  return out
}

function index(item: unknown, indices: unknown[]): unknown {
  if (isNilValue(item)) throw new FuncError('index of untyped nil')
  for (const i of indices) {
    const kind = kindOf(item)
    if (kind === 'nilptr' || kind === 'nil') throw new FuncError('index of nil pointer')
    if (kind === 'slice' || kind === 'nilslice' || kind === 'string') {
      const x = toIndex(i)
      const len = lengthOf(item) as number
      if (x < 0 || x >= len) throw new FuncError(`index out of range: ${x}`)
      item = kind === 'string' ? utf8Bytes(item as string)[x] : (item as unknown[])[x]
    } else if (kind === 'map' || kind === 'nilmap') {
      if (isNilValue(i)) throw new FuncError('value is nil; should be of type string')
      if (kindOf(i) !== 'string') throw new FuncError(`value has type ${typeName(i)}; should be string`)
      const obj = item as Record<string, unknown>
      const present = kind === 'map' && Object.hasOwn(obj, i as string) && obj[i as string] !== undefined
      item = present ? obj[i as string] : zeroValue(elemTypeName(typeName(item)))
    } else {
      throw new FuncError(`can't index item of type ${typeName(item)}`)
    }
  }
  return item
}

function slice(item: unknown, indices: unknown[]): unknown {
  if (isNilValue(item)) throw new FuncError('slice of untyped nil')
  const kind = kindOf(item)
  if (indices.length > 3) throw new FuncError(`too many slice indexes: ${indices.length}`)
  if (kind !== 'string' && kind !== 'slice' && kind !== 'nilslice') throw new FuncError(`can't slice item of type ${typeName(item)}`)
  if (kind === 'string' && indices.length === 3) throw new FuncError('cannot 3-index slice a string')
  const len = lengthOf(item) as number
  const idx = [0, len]
  indices.slice(0, 2).forEach((v, n) => {
    const x = toIndex(v)
    if (x < 0 || x > len) throw new FuncError(`index out of range: ${x}`)
    idx[n] = x
  })
  const [lo = 0, hi = len] = idx
  if (lo > hi) throw new FuncError(`invalid slice index: ${lo} > ${hi}`)
  if (kind === 'nilslice') return item
  if (kind === 'slice') return (item as unknown[]).slice(lo, hi)
  return bytesToString(utf8Bytes(item as string).slice(lo, hi))
}

/** Decodes UTF-8, showing bytes of a cut character as U+FFFD as a terminal would. */
function bytesToString(bytes: number[]): string {
  let out = ''
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    const n = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 0
    const seq = bytes.slice(i, i + n)
    if (n === 0 || seq.length < n || seq.slice(1).some((c) => (c & 0xc0) !== 0x80)) {
      out += '\ufffd'
      i++
      continue
    }
    let cp = n === 1 ? b : b & (0xff >> (n + 1))
    for (const c of seq.slice(1)) cp = (cp << 6) | (c & 63)
    out += String.fromCodePoint(cp)
    i += n
  }
  return out
}

function length(v: unknown): number {
  const kind = kindOf(v)
  if (kind === 'nilptr' || kind === 'nil') throw new FuncError('len of nil pointer')
  if (v === INVALID) throw new FuncError('reflect: call of reflect.Value.Type on zero Value')
  const n = lengthOf(v)
  if (n === undefined) throw new FuncError(`len of type ${typeName(v)}`)
  return n
}

const printable = (args: unknown[]): string =>
  args.length === 1 && typeof args[0] === 'string' ? args[0] : sprint(args)

function htmlEscape(s: string): string {
  return s.replace(/[<>&'"\0]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&#39;', '"': '&#34;', '\0': '\ufffd' })[c] as string)
}

function jsEscape(s: string): string {
  let out = ''
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number
    if (ch === '\\') out += '\\\\'
    else if (ch === "'") out += "\\'"
    else if (ch === '"') out += '\\"'
    else if (ch === '<') out += '\\u003C'
    else if (ch === '>') out += '\\u003E'
    else if (ch === '&') out += '\\u0026'
    else if (ch === '=') out += '\\u003D'
    else if (cp < 0x20) out += '\\u' + cp.toString(16).toUpperCase().padStart(4, '0')
    else out += ch
  }
  return out
}

function queryEscape(s: string): string {
  return utf8Bytes(s)
    .map((b) => {
      const c = String.fromCharCode(b)
      if (/[A-Za-z0-9\-_.~]/.test(c)) return c
      if (c === ' ') return '+'
      return '%' + b.toString(16).toUpperCase().padStart(2, '0')
    })
    .join('')
}

/** Per-rune case mapping, as Go's unicode.ToUpper/ToLower (no multi-rune expansions). */
function mapRunes(s: string, f: (c: string) => string): string {
  let out = ''
  for (const ch of s) {
    const m = f(ch)
    out += Array.from(m).length === 1 ? m : ch
  }
  return out
}

/** strings.Title: upper-case the first letter of each word. */
function title(s: string): string {
  let prev = ' '
  let out = ''
  for (const ch of s) {
    const separator = /^[\p{L}\p{Nd}_]$/u.test(prev) ? false : prev.charCodeAt(0) < 0x80 || /^\s$/u.test(prev)
    out += separator ? mapRunes(ch, (c) => c.toUpperCase()) : ch
    prev = ch
  }
  return out
}

/** strings.Split: an empty separator splits after each UTF-8 sequence. */
function split(s: string, sep: string): string[] {
  if (sep === '') return Array.from(s)
  return s.split(sep)
}

/** templates.truncateWithLength: cuts at a byte length. */
function truncate(s: string, n: number): string {
  if (utf8Length(s) < n) return s
  if (n < 0) throw new FuncError(`runtime error: slice bounds out of range [:${n}]`)
  return bytesToString(utf8Bytes(s).slice(0, n))
}

export const BUILTIN_FUNCS: Record<string, GoFunction> = {
  and: fn(['raw'], () => undefined, 'raw'),
  or: fn(['raw'], () => undefined, 'raw'),
  not: fn(['raw'], ([a]) => !isTrue(a)),
  len: fn(['raw'], ([a]) => length(a)),
  index: fn(['raw'], ([item, ...rest]) => index(item, rest), 'raw'),
  slice: fn(['raw'], ([item, ...rest]) => slice(item, rest), 'raw'),
  print: fn([], (args) => sprint(args), 'any'),
  printf: fn(['string'], ([format, ...args]) => sprintf(format as string, args), 'any'),
  println: fn([], (args) => sprintln(args), 'any'),
  html: fn([], (args) => htmlEscape(printable(args)), 'any'),
  js: fn([], (args) => jsEscape(printable(args)), 'any'),
  urlquery: fn([], (args) => queryEscape(printable(args)), 'any'),
  call: fn(['raw'], ([f, ...args]) => {
    if (typeof f !== 'function') throw new FuncError(`non-function of type ${typeName(f)}`)
    return (f as (...a: unknown[]) => unknown)(...args)
  }, 'raw'),
  eq: fn(['raw'], ([a, ...rest]) => eq(a, rest), 'raw'),
  ne: fn(['raw', 'raw'], ([a, b]) => !eq(a, [b])),
  lt: fn(['raw', 'raw'], ([a, b]) => lt(a, b)),
  le: fn(['raw', 'raw'], ([a, b]) => lt(a, b) || eq(a, [b])),
  gt: fn(['raw', 'raw'], ([a, b]) => !(lt(a, b) || eq(a, [b]))),
  ge: fn(['raw', 'raw'], ([a, b]) => !lt(a, b)),
}

function json(v: unknown): string {
  try {
    return toGoJson(v)
  } catch (e) {
    if (e instanceof JsonError) throw new FuncError(e.message)
    throw e
  }
}

/** docker/cli templates.basicFunctions (v28.5: join takes a []string). */
export const DOCKER_FUNCS: Record<string, GoFunction> = {
  json: fn(['any'], ([v]) => json(v)),
  split: fn(['string', 'string'], ([s, sep]) => split(s as string, sep as string)),
  join: fn(['[]string', 'string'], ([list, sep]) => (kindOf(list) === 'slice' ? (list as string[]).join(sep as string) : '')),
  title: fn(['string'], ([s]) => title(s as string)),
  lower: fn(['string'], ([s]) => mapRunes(s as string, (c) => c.toLowerCase())),
  upper: fn(['string'], ([s]) => mapRunes(s as string, (c) => c.toUpperCase())),
  pad: fn(['string', 'int', 'int'], ([s, pre, post]) =>
    s === '' ? '' : ' '.repeat(Math.max(0, Number(pre))) + (s as string) + ' '.repeat(Math.max(0, Number(post)))),
  truncate: fn(['string', 'int'], ([s, n]) => truncate(s as string, Number(n))),
}

const identity = ([v]: unknown[]): unknown => v

/** templates.HeaderFunctions: keep header labels intact (pad is not overridden). */
export const HEADER_FUNCS: Record<string, GoFunction> = {
  ...DOCKER_FUNCS,
  json: fn(['string'], identity),
  split: fn(['string', 'string'], identity),
  join: fn(['string', 'string'], identity),
  title: fn(['string'], identity),
  lower: fn(['string'], identity),
  upper: fn(['string'], identity),
  truncate: fn(['string', 'int'], identity),
}


/**
 * How JS values stand for Go values in templates.
 *
 * - string, boolean: Go string, bool. An integer number (or bigint) is a Go int; any other
 *   number is a float64.
 * - null / undefined: a nil interface{} (as JSON-decoded data holds).
 * - An array is a slice; a plain object is a map[string]… with sorted keys.
 * - `goStruct(obj, "*formatter.ContainerContext")` declares a struct: fields in insertion
 *   order, a missing field is an execution error naming the type.
 * - `goMap`/`goSlice` give a map or slice its Go type (e.g. "map[string]string"), which decides
 *   the zero value `index` returns for a missing key and the type named in errors.
 * - `goNil("[]string")` is a typed nil: a nil slice prints "[]", a nil map "map[]", a nil pointer
 *   "<nil>"; all encode to JSON null.
 * - A function-valued field is a method: it is called with the template arguments.
 */

import { utf8Length } from '../../kernel/utf8'

/** The invalid reflect.Value: a missing map key or an unset interface. Prints "<no value>". */
export const INVALID: unique symbol = Symbol('go.invalid')
export type Invalid = typeof INVALID

const structTypes = new WeakMap<object, string>()
const declaredTypes = new WeakMap<object, string>()
const typedNils = new WeakMap<object, string>()

/** Declares obj a Go struct of the given type name (as Go prints it, e.g. "*types.Container"). */
export function goStruct<T extends object>(obj: T, typeName: string): T {
  structTypes.set(obj, typeName)
  return obj
}

/** Declares the Go type of a map, e.g. goMap(labels, "map[string]string"). */
export function goMap<T extends object>(obj: T, typeName: string): T {
  declaredTypes.set(obj, typeName)
  return obj
}

/** Declares the Go type of a slice, e.g. goSlice([], "[]string"). */
export function goSlice<T extends unknown[]>(arr: T, typeName: string): T {
  declaredTypes.set(arr, typeName)
  return arr
}

export interface TypedNil {
  readonly goNil: string
}

/** A typed nil value: "[]string" (nil slice), "map[string]string" (nil map), "*T" (nil pointer). */
export function goNil(typeName: string): TypedNil {
  const v: TypedNil = Object.freeze({ goNil: typeName })
  typedNils.set(v, typeName)
  return v
}

export type GoKind =
  | 'invalid' | 'nil' | 'string' | 'int' | 'float' | 'bool'
  | 'slice' | 'map' | 'struct' | 'func' | 'nilslice' | 'nilmap' | 'nilptr'

export function structTypeName(v: unknown): string | undefined {
  return typeof v === 'object' && v !== null ? structTypes.get(v) : undefined
}

export function typedNilName(v: unknown): string | undefined {
  return typeof v === 'object' && v !== null ? typedNils.get(v) : undefined
}

export function kindOf(v: unknown): GoKind {
  if (v === INVALID) return 'invalid'
  if (v === null || v === undefined) return 'nil'
  switch (typeof v) {
    case 'string': return 'string'
    case 'boolean': return 'bool'
    case 'bigint': return 'int'
    case 'number': return Number.isInteger(v) ? 'int' : 'float'
    case 'function': return 'func'
    case 'object': {
      const nilName = typedNils.get(v)
      if (nilName !== undefined) {
        if (nilName.startsWith('[]')) return 'nilslice'
        if (nilName.startsWith('map[')) return 'nilmap'
        return 'nilptr'
      }
      if (Array.isArray(v)) return 'slice'
      if (structTypes.has(v)) return 'struct'
      return 'map'
    }
  }
  return 'invalid'
}

function allStrings(values: unknown[]): boolean {
  return values.length > 0 && values.every((x) => typeof x === 'string')
}

/** The Go type name of a value, as reflect prints it. */
export function typeName(v: unknown): string {
  const kind = kindOf(v)
  switch (kind) {
    case 'invalid':
    case 'nil': return '<nil>'
    case 'string': return 'string'
    case 'bool': return 'bool'
    case 'int': return typeof v === 'bigint' ? 'int64' : 'int'
    case 'float': return 'float64'
    case 'func': return 'func()'
    case 'nilslice':
    case 'nilmap':
    case 'nilptr': return typedNils.get(v as object) as string
    case 'struct': return structTypes.get(v as object) as string
    case 'slice': {
      const declared = declaredTypes.get(v as object)
      if (declared) return declared
      return allStrings(v as unknown[]) ? '[]string' : '[]interface {}'
    }
    case 'map': {
      const declared = declaredTypes.get(v as object)
      if (declared) return declared
      return allStrings(Object.values(v as object)) ? 'map[string]string' : 'map[string]interface {}'
    }
  }
}

/** The element type of a slice or map type name. */
export function elemTypeName(containerType: string): string {
  if (containerType.startsWith('[]')) return containerType.slice(2)
  if (containerType.startsWith('map[')) {
    let depth = 0
    for (let i = 3; i < containerType.length; i++) {
      if (containerType[i] === '[') depth++
      else if (containerType[i] === ']' && --depth === 0) return containerType.slice(i + 1)
    }
  }
  return 'interface {}'
}

/** The zero value of a Go type named by typeName. */
export function zeroValue(type: string): unknown {
  if (type === 'string') return ''
  if (type === 'bool') return false
  if (/^u?int(8|16|32|64)?$/.test(type)) return 0
  if (type === 'float64' || type === 'float32') return 0
  if (type === 'interface {}') return null
  return goNil(type)
}

/** Fields of a struct or entries of a map, without methods. */
export function dataEntries(v: object): Array<[string, unknown]> {
  return Object.entries(v).filter(([, x]) => typeof x !== 'function')
}

/** Compares strings by code point, the order of Go's byte-wise UTF-8 comparison. */
export function compareGoStrings(a: string, b: string): number {
  const ia = a[Symbol.iterator]()
  const ib = b[Symbol.iterator]()
  for (;;) {
    const x = ia.next()
    const y = ib.next()
    if (x.done || y.done) return x.done && y.done ? 0 : x.done ? -1 : 1
    const cx = x.value.codePointAt(0) as number
    const cy = y.value.codePointAt(0) as number
    if (cx !== cy) return cx - cy
  }
}

/** Map keys in Go's printing/iteration order (fmtsort: strings ascending). */
export function sortedKeys(v: object): string[] {
  return dataEntries(v).map(([k]) => k).sort(compareGoStrings)
}

export function lengthOf(v: unknown): number | undefined {
  switch (kindOf(v)) {
    case 'string': return utf8Length(v as string)
    case 'slice': return (v as unknown[]).length
    case 'map': return dataEntries(v as object).length
    case 'nilslice':
    case 'nilmap': return 0
    default: return undefined
  }
}

/** template.IsTrue: the truth of a value, or undefined when it has none. */
export function isTrue(v: unknown): boolean | undefined {
  switch (kindOf(v)) {
    case 'invalid':
    case 'nil':
    case 'nilslice':
    case 'nilmap':
    case 'nilptr': return false
    case 'string':
    case 'slice':
    case 'map': return (lengthOf(v) as number) > 0
    case 'bool': return v as boolean
    case 'int': return typeof v === 'bigint' ? v !== 0n : v !== 0
    case 'float': return v !== 0
    case 'struct': return true
    case 'func': return true
  }
}


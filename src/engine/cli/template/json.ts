/**
 * encoding/json as docker's `json` template function uses it: an Encoder with
 * SetEscapeHTML(false), the trailing newline trimmed. Maps are written with sorted keys,
 * structs in field order.
 */
import { formatGoFloat } from '../format/gofloat'
import { dataEntries, kindOf, sortedKeys } from './values'

export class JsonError extends Error {}

/** Go's JSON string encoding: short escapes for \b \f \n \r \t, \u00XX for other controls. */
export function jsonString(s: string): string {
  let out = '"'
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number
    switch (ch) {
      case '"': out += '\\"'; continue
      case '\\': out += '\\\\'; continue
      case '\b': out += '\\b'; continue
      case '\f': out += '\\f'; continue
      case '\n': out += '\\n'; continue
      case '\r': out += '\\r'; continue
      case '\t': out += '\\t'; continue
    }
    if (cp < 0x20) out += '\\u00' + cp.toString(16).padStart(2, '0')
    else if (cp === 0x2028 || cp === 0x2029) out += '\\u' + cp.toString(16)
    else if (cp >= 0xd800 && cp < 0xe000) out += '\\ufffd'
    else out += ch
  }
  return out + '"'
}

function jsonFloat(f: number): string {
  if (!Number.isFinite(f)) throw new JsonError(`json: unsupported value: ${formatGoFloat(f, 'g', -1)}`)
  const abs = Math.abs(f)
  const useExp = abs !== 0 && (abs < 1e-6 || abs >= 1e21)
  const s = formatGoFloat(f, useExp ? 'e' : 'f', -1)
  // encoding/json cleans e-09 to e-9.
  return useExp ? s.replace(/e-0(\d)$/, 'e-$1') : s
}

/** json.Marshal of a template value; throws JsonError for values JSON cannot hold. */
export function toGoJson(v: unknown): string {
  switch (kindOf(v)) {
    case 'invalid':
    case 'nil':
    case 'nilslice':
    case 'nilmap':
    case 'nilptr': return 'null'
    case 'string': return jsonString(v as string)
    case 'bool': return v ? 'true' : 'false'
    case 'int': return String(v)
    case 'float': return jsonFloat(v as number)
    case 'func': throw new JsonError('json: unsupported type: func()')
    case 'slice': return `[${(v as unknown[]).map(toGoJson).join(',')}]`
    case 'map': {
      const obj = v as Record<string, unknown>
      return `{${sortedKeys(obj).map((k) => `${jsonString(k)}:${toGoJson(obj[k])}`).join(',')}}`
    }
    case 'struct':
      return `{${dataEntries(v as object).map(([k, x]) => `${jsonString(k)}:${toGoJson(x)}`).join(',')}}`
  }
}

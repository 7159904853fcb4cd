/**
 * buildkit frontend/dockerfile/parser/line_parsers.go: each instruction's arguments become a
 * `next` chain of nodes (words, JSON arrays, key/value triples, ONBUILD's sub-instruction).
 */
import { goQuote } from '../../cli/template/gofmt'
import { DockerfileError } from './errors'
import { RE_WHITESPACE, goRegexpSplit, isSpace, newNode, type Node } from './node'

export interface LineDirectives {
  escapeToken: string
}

export type LineParser = (rest: string, d: LineDirectives) => { node: Node | null; attrs?: Record<string, boolean> }

const ERR_NOT_STRING_ARRAY = 'when using JSON array syntax, arrays must be comprised of strings only'

/** Chain values into nodes (the linked list the parser builds). */
export function chain(values: string[]): Node | null {
  let top: Node | null = null
  let prev: Node | null = null
  for (const v of values) {
    const n = newNode(v)
    if (prev) prev.next = n
    else top = n
    prev = n
  }
  return top
}

/** parseWords: space-delimited words, quotes kept (stripped later by the shell lexer). */
export function parseWords(rest: string, d: LineDirectives): string[] {
  const chars = Array.from(rest)
  const words: string[] = []
  let phase: 'spaces' | 'word' | 'quote' = 'spaces'
  let quote = ''
  let blankOK = false
  let sb = ''
  for (let i = 0; i <= chars.length; i++) {
    let ch = chars[i] ?? ''
    if (phase === 'spaces') {
      if (i === chars.length) break
      if (isSpace(ch)) continue
      phase = 'word'
    }
    if (i === chars.length) {
      if (blankOK || sb.length > 0) words.push(sb)
      break
    }
    if (phase === 'word') {
      if (isSpace(ch)) {
        phase = 'spaces'
        if (blankOK || sb.length > 0) words.push(sb)
        sb = ''
        blankOK = false
        continue
      }
      if (ch === "'" || ch === '"') {
        quote = ch
        blankOK = true
        phase = 'quote'
      }
      if (ch === d.escapeToken) {
        if (i + 1 === chars.length) continue // an escape token at the end of the line is dropped
        sb += ch
        ch = chars[++i]!
      }
      sb += ch
      continue
    }
    // in a quote
    if (ch === quote) phase = 'word'
    // the escape token is special except inside '…'
    if (ch === d.escapeToken && quote !== "'") {
      if (i + 1 === chars.length) {
        phase = 'word'
        continue
      }
      sb += ch
      ch = chars[++i]!
    }
    sb += ch
  }
  return words
}

function keyValue(key: string, value: string, sep: string): Node {
  return newNode(key, newNode(value, newNode(sep)))
}

/** parseNameVal: `KEY name value` (legacy, separator "") or `KEY a=b c=d` (separator "="). */
function parseNameVal(rest: string, key: string, d: LineDirectives): Node | null {
  const words = parseWords(rest, d)
  if (words.length === 0) return null
  if (!words[0]!.includes('=')) {
    const parts = goRegexpSplit(RE_WHITESPACE, rest, 2)
    if (parts.length < 2) throw new DockerfileError(`${key} must have two arguments`)
    return keyValue(parts[0]!, parts[1]!, '')
  }
  const nodes: Node[] = []
  for (const w of words) {
    const i = w.indexOf('=')
    if (i < 0) throw new DockerfileError(`Syntax error - can't find = in ${goQuote(w)}. Must be of the form: name=value`)
    nodes.push(keyValue(w.slice(0, i), w.slice(i + 1), '='))
  }
  for (let k = 0; k + 1 < nodes.length; k++) nodes[k]!.next!.next!.next = nodes[k + 1]!
  return nodes[0]!
}

export const parseEnv: LineParser = (rest, d) => ({ node: parseNameVal(rest, 'ENV', d) })
export const parseLabel: LineParser = (rest, d) => ({ node: parseNameVal(rest, 'LABEL', d) })
export const parseNameOrNameVal: LineParser = (rest, d) => ({ node: chain(parseWords(rest, d)) })
export const parseIgnore: LineParser = () => ({ node: newNode() })

export const parseStringsWhitespaceDelimited: LineParser = (rest) =>
  rest === '' ? { node: null } : { node: chain(goRegexpSplit(RE_WHITESPACE, rest, -1)) }

export const parseString: LineParser = (rest) => ({ node: rest === '' ? null : newNode(rest) })

class NotJsonArray extends Error {}

/** parseJSON: a JSON array of strings → one node per string, attribute `json`. */
function parseJSON(rest: string): { node: Node | null; attrs: Record<string, boolean> } {
  rest = rest.replace(/^[\s\u0085]+/, '')
  if (!rest.startsWith('[')) throw new NotJsonArray('not a JSON array')
  let value: unknown
  try {
    value = JSON.parse(rest)
  } catch (e) {
    throw new NotJsonArray(String(e))
  }
  if (!Array.isArray(value)) throw new NotJsonArray('not a JSON array')
  if (!value.every((v) => typeof v === 'string')) throw new DockerfileError(ERR_NOT_STRING_ARRAY)
  return { node: chain(value as string[]), attrs: { json: true } }
}

export const parseMaybeJSON: LineParser = (rest) => {
  if (rest === '') return { node: null }
  try {
    return parseJSON(rest)
  } catch (e) {
    if (!(e instanceof NotJsonArray)) throw e
    return { node: newNode(rest) }
  }
}

export const parseMaybeJSONToList: LineParser = (rest, d) => {
  try {
    return parseJSON(rest)
  } catch (e) {
    if (!(e instanceof NotJsonArray)) throw e
    return parseStringsWhitespaceDelimited(rest, d)
  }
}

/** HEALTHCHECK: the type word (CMD/NONE), then like parseMaybeJSON. */
export const parseHealthConfig: LineParser = (rest, d) => {
  let sep = 0
  while (sep < rest.length && !isSpace(rest[sep]!)) sep++
  let next = sep
  while (next < rest.length && isSpace(rest[next]!)) next++
  if (sep === 0) return { node: null }
  const cmd = parseMaybeJSON(rest.slice(next), d)
  return { node: newNode(rest.slice(0, sep), cmd.node), attrs: cmd.attrs }
}

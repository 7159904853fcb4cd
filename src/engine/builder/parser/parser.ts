/**
 * The Dockerfile parser: buildkit frontend/dockerfile/parser/parser.go `Parse`, line for line:
 * directives, comments, line continuations with the escape token (empty continuation lines are
 * skipped with a warning), per-instruction line parsers, heredocs (`RUN <<EOF`).
 */
import { DirectiveParser } from './directives'
import { DockerfileError, withLocation } from './errors'
import { heredocsFromLine } from './heredoc'
import {
  parseEnv,
  parseHealthConfig,
  parseIgnore,
  parseLabel,
  parseMaybeJSON,
  parseMaybeJSONToList,
  parseNameOrNameVal,
  parseString,
  parseStringsWhitespaceDelimited,
  type LineDirectives,
  type LineParser,
} from './line-parsers'
import { newNode, type Node } from './node'
import { splitCommand } from './split-command'

export interface ParseWarning {
  short: string
  line: number
}

export interface ParseResult {
  ast: Node
  escapeToken: string
  warnings: ParseWarning[]
  directives: { name: string; value: string }[]
}

const parseSubCommand: LineParser = (rest, d) => {
  if (rest === '') return { node: null }
  const child = newNodeFromLine(rest, d as Directives, [])
  const n = newNode()
  n.children = [child]
  return { node: n }
}

const DISPATCH: Record<string, LineParser> = {
  add: parseMaybeJSONToList,
  arg: parseNameOrNameVal,
  cmd: parseMaybeJSON,
  copy: parseMaybeJSONToList,
  entrypoint: parseMaybeJSON,
  env: parseEnv,
  expose: parseStringsWhitespaceDelimited,
  from: parseStringsWhitespaceDelimited,
  healthcheck: parseHealthConfig,
  label: parseLabel,
  maintainer: parseString,
  onbuild: parseSubCommand,
  run: parseMaybeJSON,
  shell: parseMaybeJSON,
  stopsignal: parseString,
  user: parseString,
  volume: parseMaybeJSONToList,
  workdir: parseString,
}

const HEREDOC_DIRECTIVES = new Set(['add', 'copy', 'run'])

class Directives implements LineDirectives {
  escapeToken = '\\'
  continuation = Directives.regex('\\')
  readonly parser = new DirectiveParser()

  static regex(t: string): RegExp {
    // a trailing escape token (not itself escaped) continues the line; also one alone on a line
    return new RegExp(`([^\\${t}])\\${t}[ \\t]*$|^\\${t}[ \\t]*$`)
  }

  setEscapeToken(s: string): void {
    if (s !== '`' && s !== '\\') throw new DockerfileError(`invalid escape token '${s}' does not match \` or \\`)
    this.escapeToken = s
    this.continuation = Directives.regex(s)
  }

  possibleParserDirective(line: string): boolean {
    const d = this.parser.parseLine(line)
    if (d && d.name === 'escape') this.setEscapeToken(d.value)
    return d !== null
  }
}

function newNodeFromLine(line: string, d: Directives, comments: string[]): Node {
  const { cmd, flags, args } = splitCommand(line, d.escapeToken)
  const fn = DISPATCH[cmd.toLowerCase()] ?? parseIgnore
  const { node: next, attrs } = fn(args, d)
  const n = newNode(cmd, next)
  n.original = line
  n.flags = flags
  n.attributes = attrs ?? {}
  n.prevComment = comments
  return n
}

function canContainHeredoc(node: Node): boolean {
  if (node.value.toLowerCase() === 'onbuild' && node.next && node.next.children.length > 0) node = node.next.children[0]!
  return HEREDOC_DIRECTIVES.has(node.value.toLowerCase()) && !node.attributes.json
}

const trimNewline = (s: string) => s.replace(/[\r\n]+$/, '')
const trimLeadingWhitespace = (s: string) => s.replace(/^[\s\u0085]+/, '')
const isComment = (s: string) => trimLeadingWhitespace(s).startsWith('#')

/** Lines with their endings (parser.go scanLines). */
function scanLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? []
}

export function parseDockerfile(text: string): ParseResult {
  const d = new Directives()
  const lines = scanLines(text)
  let li = 0
  let currentLine = 0
  const root = newNode()
  root.startLine = -1
  const warnings: ParseWarning[] = []
  let comments: string[] = []
  const processLine = (token: string, stripLeft: boolean): string => {
    token = trimNewline(token)
    if (stripLeft) token = trimLeadingWhitespace(token)
    try {
      if (d.possibleParserDirective(token) && comments.length) comments = comments.slice(0, -1)
    } catch (e) {
      throw withLocation((e as Error).message, currentLine, 0)
    }
    return isComment(token) ? '' : token
  }
  const trimContinuation = (line: string): [string, boolean] =>
    d.continuation.test(line) ? [line.replace(d.continuation, '$1'), false] : [line, true]

  while (li < lines.length) {
    let raw = lines[li++]!
    if (currentLine === 0) raw = raw.replace(/^\ufeff/, '')
    if (isComment(raw)) {
      const c = trimLeadingWhitespace(raw).slice(1).trim()
      comments = c === '' ? [] : [...comments, c]
    }
    let bytes = processLine(raw, true)
    currentLine++
    const startLine = currentLine
    let isEnd: boolean
    ;[bytes, isEnd] = trimContinuation(bytes)
    if (isEnd && bytes.length === 0) continue
    let buf = bytes
    let emptyContinuation = false
    while (!isEnd && li < lines.length) {
      const next = lines[li++]!
      bytes = processLine(next, false)
      currentLine++
      if (isComment(next)) continue
      if (trimLeadingWhitespace(trimNewline(bytes)).length === 0) {
        emptyContinuation = true
        continue
      }
      ;[bytes, isEnd] = trimContinuation(bytes)
      buf += bytes
    }
    const line = buf
    if (emptyContinuation) warnings.push({ short: `Empty continuation line found in: ${line}`, line: currentLine })
    let child: Node
    try {
      child = newNodeFromLine(line, d, comments)
    } catch (e) {
      throw withLocation((e as Error).message, startLine, currentLine)
    }
    if (canContainHeredoc(child) && line.includes('<<')) {
      for (const h of heredocsFromLine(line)) {
        let terminated = false
        let content = h.content
        while (li < lines.length) {
          const b = lines[li++]!
          currentLine++
          let possible = trimNewline(b)
          if (h.chomp) possible = possible.replace(/^\t+/, '')
          if (possible === h.name) {
            terminated = true
            break
          }
          content += b
        }
        if (!terminated) throw withLocation('unterminated heredoc', startLine, currentLine)
        child.heredocs.push({ ...h, content })
      }
    }
    child.startLine = startLine
    child.endLine = currentLine
    if (root.startLine < 0) root.startLine = startLine
    root.endLine = currentLine
    root.children.push(child)
    comments = []
  }
  if (root.startLine < 0) throw withLocation('file with no instructions', currentLine, 0)
  return { ast: root, escapeToken: d.escapeToken, warnings, directives: d.parser.found }
}

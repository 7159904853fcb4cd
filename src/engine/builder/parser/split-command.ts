/** buildkit frontend/dockerfile/parser/split_command.go. */
import { RE_WHITESPACE, goRegexpSplit, goTrimSpace, isSpace } from './node'

/** The instruction word, its `--flags` and the rest of the line. */
export function splitCommand(line: string, escapeToken: string): { cmd: string; flags: string[]; args: string } {
  const cmdline = goRegexpSplit(RE_WHITESPACE, goTrimSpace(line), 2)
  let args = ''
  let flags: string[] = []
  if (cmdline.length === 2) [args, flags] = extractBuilderFlags(cmdline[1]!, escapeToken)
  return { cmd: cmdline[0]!, flags, args: goTrimSpace(args) }
}

/** Leading words that start with `--` are flags (quotes and escapes removed); `--` ends them. */
export function extractBuilderFlags(line: string, escapeToken: string): [string, string[]] {
  const words: string[] = []
  let phase: 'spaces' | 'word' | 'quote' = 'spaces'
  let sb = ''
  let quote = ''
  let blankOK = false
  for (let pos = 0; pos <= line.length; pos++) {
    let ch = line[pos] ?? ''
    if (phase === 'spaces') {
      if (pos === line.length) break
      if (isSpace(ch)) continue
      if (ch !== '-' || pos + 1 === line.length || line[pos + 1] !== '-') return [line.slice(pos), words]
      phase = 'word'
    }
    if (pos === line.length) {
      if (sb !== '--' && (blankOK || sb.length > 0)) words.push(sb)
      break
    }
    if (phase === 'word') {
      if (isSpace(ch)) {
        phase = 'spaces'
        if (sb === '--') return [line.slice(pos), words]
        if (blankOK || sb.length > 0) words.push(sb)
        sb = ''
        blankOK = false
        continue
      }
      if (ch === "'" || ch === '"') {
        quote = ch
        blankOK = true
        phase = 'quote'
        continue
      }
      if (ch === escapeToken) {
        if (pos + 1 === line.length) continue
        ch = line[++pos]!
      }
      sb += ch
      continue
    }
    if (ch === quote) {
      phase = 'word'
      continue
    }
    if (ch === escapeToken) {
      if (pos + 1 === line.length) {
        phase = 'word'
        continue
      }
      ch = line[++pos]!
    }
    sb += ch
  }
  return ['', words]
}

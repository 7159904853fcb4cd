/**
 * Heredoc words (buildkit parser.go heredocsFromLine / ParseHeredoc): a word matching
 * `^(\d*)<<(-?)\s*([^<]*)$` starts a heredoc; a quoted name (`<<'EOF'`) turns off expansion;
 * `<<-` strips leading tabs.
 */
import type { Heredoc } from './node'

const RE_HEREDOC = /^(\d*)<<(-?)\s*([^<]*)$/

/** Shell words with quotes and escapes kept raw (the lexer's RawQuotes + RawEscapes). */
function rawWords(line: string): string[] {
  const out: string[] = []
  let w = ''
  let inWord = false
  let q = ''
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!
    if (q) {
      w += ch
      if (ch === q) q = ''
      else if (ch === '\\' && q === '"' && i + 1 < line.length) w += line[++i]
      continue
    }
    if (/\s/.test(ch)) {
      if (inWord) out.push(w)
      w = ''
      inWord = false
      continue
    }
    inWord = true
    if (ch === '"' || ch === "'") q = ch
    else if (ch === '\\' && i + 1 < line.length) w += ch + line[++i]
    else w += ch
    if (ch === '"' || ch === "'") w += ch
  }
  if (inWord) out.push(w)
  return out
}

function unquote(word: string): string {
  let out = ''
  let q = ''
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!
    if (q) {
      if (ch === q) q = ''
      else if (ch === '\\' && q === '"' && i + 1 < word.length) out += word[++i]
      else out += ch
    } else if (ch === '"' || ch === "'") q = ch
    else if (ch === '\\' && i + 1 < word.length) out += word[++i]
    else out += ch
  }
  return out
}

export function parseHeredoc(src: string): Heredoc | null {
  const m = RE_HEREDOC.exec(src)
  if (!m || !m[3]) return null
  const rest = m[3]
  if (rawWords(rest).length !== 1) return null
  const name = unquote(rest)
  return { name, fileDescriptor: Number(m[1] || '0'), expand: !/['"]/.test(rest), chomp: m[2] === '-', content: '' }
}

export function heredocsFromLine(line: string): Heredoc[] {
  const out: Heredoc[] = []
  for (const w of rawWords(line)) {
    const h = parseHeredoc(w)
    if (h) out.push(h)
  }
  return out
}

/** ChompHeredocContent: leading tabs removed from every line. */
export function chompHeredocContent(src: string): string {
  return src.replace(/^\t+/gm, '')
}

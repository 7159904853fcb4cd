/**
 * Variable substitution in Dockerfile words: buildkit frontend/dockerfile/shell/lex.go
 * (ProcessWord / ProcessWords). Quotes group and are removed (kept with `rawQuotes`), the escape
 * token escapes outside single quotes, `$VAR`, `${VAR}`, `${VAR:-word}`, `${VAR-word}`,
 * `${VAR:+word}`, `${VAR+word}`, `${VAR:?msg}`, `${#VAR}`, `${VAR#pat}`/`%`. Unset variables
 * expand to "" (kept as written with `skipUnset`).
 */
export type EnvLookup = (name: string) => string | undefined

export interface LexOptions {
  escapeToken?: string
  rawQuotes?: boolean
  skipUnset?: boolean
}

export class LexError extends Error {}

class Lexer {
  private i = 0
  readonly words: string[] = []
  private word = ''
  private inWord = false
  constructor(
    private readonly s: string,
    private readonly env: EnvLookup,
    private readonly o: LexOptions,
    private readonly splitting = false,
  ) {}

  private get esc(): string {
    return this.o.escapeToken ?? '\\'
  }

  private add(text: string, split: boolean): void {
    if (!split || !this.splitting) {
      this.word += text
      this.inWord = true
      return
    }
    // unquoted expansions split on whitespace (ProcessWords)
    for (const ch of text) {
      if (/\s/.test(ch)) this.flush()
      else {
        this.word += ch
        this.inWord = true
      }
    }
  }

  private flush(): void {
    if (this.inWord) this.words.push(this.word)
    this.word = ''
    this.inWord = false
  }

  run(): string {
    const s = this.s
    while (this.i < s.length) {
      const ch = s[this.i]!
      if (ch === "'") {
        const end = s.indexOf("'", this.i + 1)
        if (end < 0) throw new LexError('unexpected end of statement while looking for matching single-quote')
        const body = s.slice(this.i + 1, end)
        this.add(this.o.rawQuotes ? `'${body}'` : body, false)
        this.i = end + 1
      } else if (ch === '"') {
        this.i++
        let body = ''
        for (;;) {
          if (this.i >= s.length) throw new LexError('unexpected end of statement while looking for matching double-quote')
          const c = s[this.i]!
          if (c === '"') break
          if (c === '$') body += this.dollar()
          else if (c === this.esc && '"$'.concat(this.esc).includes(s[this.i + 1] ?? '\0')) {
            body += s[this.i + 1]
            this.i += 2
          } else {
            body += c
            this.i++
          }
        }
        this.i++
        this.add(this.o.rawQuotes ? `"${body}"` : body, false)
      } else if (ch === '$') {
        this.add(this.dollar(), true)
      } else if (ch === this.esc) {
        if (this.i + 1 < s.length) this.add(s[this.i + 1]!, false)
        this.i += 2
      } else if (/\s/.test(ch)) {
        this.flush()
        this.i++
      } else {
        this.add(ch, false)
        this.i++
      }
    }
    this.flush()
    return this.words.join(' ')
  }

  /** At a `$`: the expansion's text. */
  private dollar(): string {
    const s = this.s
    this.i++ // $
    const c = s[this.i]
    if (c === '{') {
      this.i++
      let len = false
      if (s[this.i] === '#') {
        len = true
        this.i++
      }
      const name = this.name()
      if (!name) throw new LexError(`missing ':' in substitution`)
      const value = this.env(name)
      if (len) {
        this.expect('}')
        return String((value ?? '').length)
      }
      if (s[this.i] === '}') {
        this.i++
        return value ?? (this.o.skipUnset ? `\${${name}}` : '')
      }
      let colon = false
      if (s[this.i] === ':') {
        colon = true
        this.i++
      }
      const mod = s[this.i++]
      const word = this.sub()
      const unset = value === undefined || (colon && value === '')
      switch (mod) {
        case '-':
          return unset ? word : value!
        case '+':
          return unset ? '' : word
        case '?':
          if (unset) throw new LexError(`${name}: ${word || 'is not allowed to be unset'}`)
          return value!
        case '#':
        case '%':
          return trimPattern(value ?? '', word, mod, colon)
        default:
          throw new LexError(`unsupported modifier (${mod}) in substitution`)
      }
    }
    const name = this.name()
    if (!name) return '$'
    const value = this.env(name)
    return value ?? (this.o.skipUnset ? `$${name}` : '')
  }

  private name(): string {
    const m = /^[A-Za-z_][A-Za-z0-9_]*|^[0-9]/.exec(this.s.slice(this.i))
    if (!m) return ''
    this.i += m[0].length
    return m[0]
  }

  private expect(ch: string): void {
    if (this.s[this.i] !== ch) throw new LexError(`missing '${ch}' in substitution`)
    this.i++
  }

  /** The word of a modifier up to the closing brace, itself expanded. */
  private sub(): string {
    let depth = 0
    const start = this.i
    while (this.i < this.s.length) {
      const c = this.s[this.i]!
      if (c === '{') depth++
      if (c === '}') {
        if (depth === 0) break
        depth--
      }
      this.i++
    }
    if (this.i >= this.s.length) throw new LexError(`syntax error: missing '}'`)
    const inner = this.s.slice(start, this.i)
    this.i++
    return processWord(inner, this.env, this.o)
  }
}

function trimPattern(value: string, pat: string, mod: string, longest: boolean): string {
  const re = new RegExp(
    '^' + pat.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, longest ? '.*' : '.*?').replace(/\?/g, '.') + '$',
  )
  if (mod === '#') {
    const idx = longest ? [...Array(value.length + 1).keys()].reverse() : [...Array(value.length + 1).keys()]
    for (const k of idx) if (re.test(value.slice(0, k))) return value.slice(k)
  } else {
    const idx = longest ? [...Array(value.length + 1).keys()] : [...Array(value.length + 1).keys()].reverse()
    for (const k of idx) if (re.test(value.slice(k))) return value.slice(0, k)
  }
  return value
}

/** ProcessWord: one word, quotes removed, variables expanded, whitespace kept. */
export function processWord(word: string, env: EnvLookup, o: LexOptions = {}): string {
  // whitespace between words is kept as written: lex each run separately
  let out = ''
  const re = /\s+/g
  const pieces: string[] = []
  const seps: string[] = []
  // split only on whitespace outside quotes
  let q = ''
  let last = 0
  for (let k = 0; k < word.length; k++) {
    const c = word[k]!
    if (q) {
      if (c === q) q = ''
      else if (c === (o.escapeToken ?? '\\') && q === '"') k++
      continue
    }
    if (c === "'" || c === '"') q = c
    else if (c === (o.escapeToken ?? '\\')) k++
    else if (c === '$' && word[k + 1] === '{') {
      const end = word.indexOf('}', k)
      if (end > 0) k = end
    } else if (/\s/.test(c)) {
      re.lastIndex = k
      const m = re.exec(word)!
      pieces.push(word.slice(last, k))
      seps.push(m[0])
      k = m.index + m[0].length - 1
      last = k + 1
    }
  }
  pieces.push(word.slice(last))
  pieces.forEach((p, k) => {
    const l = new Lexer(p, env, o)
    l.run()
    out += l.words.join('') + (seps[k] ?? '')
  })
  return out
}

/** ProcessWords: expanded and split into words (EXPOSE, the heredoc names). */
export function processWords(word: string, env: EnvLookup, o: LexOptions = {}): string[] {
  const l = new Lexer(word, env, o, true)
  l.run()
  return l.words
}

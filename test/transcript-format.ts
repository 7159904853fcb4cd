/**
 * Terminal transcripts (format in test/transcripts/FORMAT.md): header lines, then a body where a
 * line starting with a prompt is typed input and every other line is expected output with
 * placeholders. This is our own reader and matcher for them.
 */
const PROMPT_PATTERNS: RegExp[] = [
  /^\$ /,
  /^> /,
  /^>>> /,
  /^\.\.\. /,
  /^[a-z_][a-z0-9_-]*@[A-Za-z0-9_.{}-]+:[^#$\n]*[#$] /,
  /^\/[^#\n]* # /,
]

const PLACEHOLDER: Record<string, string> = {
  ID12: '[0-9a-f]{12}',
  ID64: '[0-9a-f]{64}',
  DIGEST: 'sha256:[0-9a-f]{64}',
  NAME: '[a-z]+_[a-z]+[0-9]?',
  SIZE: '[0-9.]+(?:B|kB|MB|GB)',
  N: '[0-9]+',
  DATE: '.+',
  ANY: '.*',
}

export interface Transcript {
  title: string
  args: string[]
  body: string[]
  inputs: string[]
}

export function readTranscript(text: string): Transcript {
  const lines = text.replace(/\r\n/g, '\n').replace(/\n+$/, '').split('\n')
  const header: Record<string, string> = {}
  let i = 0
  for (; i < lines.length; i++) {
    const m = /^# ([a-z]+): ?(.*)$/.exec(lines[i]!)
    if (!m) break
    header[m[1]!] = m[2]!
  }
  const body = lines.slice(i)
  const inputs: string[] = []
  for (const line of body) {
    const concrete = line.replaceAll('{ID12}', '0'.repeat(12))
    const p = PROMPT_PATTERNS.map((re) => re.exec(concrete)).find(Boolean)
    if (p) inputs.push(concrete.slice(p[0].length))
  }
  return { title: header.title ?? '', args: (header.args ?? '').split(/\s+/).filter(Boolean), body, inputs }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** One expected line as a regex: placeholders, and runs of 2+ spaces matching any such run. */
export function expectedLine(line: string): RegExp {
  let src = ''
  for (const part of line.split(/(\{[A-Z0-9]+\})/)) {
    const name = /^\{([A-Z0-9]+)\}$/.exec(part)?.[1]
    if (name && PLACEHOLDER[name]) src += PLACEHOLDER[name]
    else src += part.split(/( {2,})/).map((p) => (/^ {2,}$/.test(p) ? ' {2,}' : escape(p))).join('')
  }
  return new RegExp(`^${src}$`)
}

export interface Mismatch {
  expectedLine: number
  actualLine: number
  expected: string
  actual: string
}

/** Match actual terminal lines against expected ones ({LINES} = any number of lines). */
export function matchTranscript(expected: string[], actual: string[]): Mismatch | null {
  const exp = expected.map((l) => l.replace(/\s+$/, '')).map((l) => (/ {2}# unsure$/.test(l) ? '{ANY}' : l))
  const act = actual.map((l) => l.replace(/\s+$/, ''))
  while (act.length && act[act.length - 1] === '') act.pop()
  const patterns = exp.map((l) => (l === '{LINES}' ? null : expectedLine(l)))
  // furthest point reached, for the report
  let far = { e: 0, a: 0 }
  const seen = new Set<number>()
  const stack: [number, number][] = [[0, 0]]
  while (stack.length) {
    const [e, a] = stack.pop()!
    const key = e * 1_000_003 + a
    if (seen.has(key)) continue
    seen.add(key)
    if (e > far.e || (e === far.e && a > far.a)) far = { e, a }
    if (e === patterns.length) {
      if (a === act.length) return null
      continue
    }
    const p = patterns[e]
    if (p === null) {
      if (a < act.length) stack.push([e, a + 1])
      stack.push([e + 1, a])
    } else if (a < act.length && p!.test(act[a]!)) stack.push([e + 1, a + 1])
  }
  return { expectedLine: far.e + 1, actualLine: far.a + 1, expected: exp[far.e] ?? '<end>', actual: act[far.a] ?? '<end>' }
}

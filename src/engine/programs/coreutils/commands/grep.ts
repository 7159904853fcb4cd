import type { Program, ProgramContext } from '../../../process/types'
import { readAll } from '../../../shell/streams'
import { parseFlags } from '../flags'
import { abs, complain, lines, usageError } from '../io'
import { RegexError, escapeLiteral, posixToJs } from '../regex'

const SPEC = {
  bool: 'oivncEFGrRqlLhHwxsz',
  value: 'em',
  long: {
    'only-matching': 'o', 'ignore-case': 'i', 'invert-match': 'v', 'line-number': 'n', count: 'c', 'extended-regexp': 'E',
    'fixed-strings': 'F', recursive: 'r', quiet: 'q', silent: 'q', 'files-with-matches': 'l', 'files-without-match': 'L',
    'no-filename': 'h', 'with-filename': 'H', 'word-regexp': 'w', 'line-regexp': 'x', 'no-messages': 's', 'regexp=': 'e', 'max-count=': 'm', 'color=': 'color', 'colour=': 'color',
  },
}

function buildRegex(patterns: string[], f: Set<string>): RegExp {
  const parts = patterns.map((p) => (f.has('F') ? escapeLiteral(p) : posixToJs(p, f.has('E'))))
  let src = parts.map((p) => `(?:${p})`).join('|')
  if (f.has('w')) src = `(?<![A-Za-z0-9_])(?:${src})(?![A-Za-z0-9_])`
  if (f.has('x')) src = `^(?:${src})$`
  return new RegExp(src, f.has('i') ? 'gi' : 'g')
}

/** With no operand GNU grep -r names files relative to '.', without a './' prefix. */
function filesUnder(ctx: ProgramContext, root: string, implicit: boolean): string[] {
  const base = abs(ctx, root)
  const e = ctx.fs.stat(base)
  if (e?.type !== 'dir') return [root]
  return ctx.fs
    .walk(base)
    .filter((p) => ctx.fs.lstat(p)?.type === 'file')
    .map((p) => (implicit ? p.slice(base === '/' ? 1 : base.length + 1) : `${root.replace(/\/$/, '')}${p.slice(base.length)}`))
}

export const grep: Program = async (ctx) => {
  const p = parseFlags(ctx.argv.slice(1), SPEC)
  if (p.error) return usageError(ctx, p.error, 2)
  const f = p.flags
  if (ctx.argv[0]?.endsWith('egrep')) f.add('E')
  if (ctx.argv[0]?.endsWith('fgrep')) f.add('F')
  const operands = [...p.operands]
  const patterns: string[] = []
  for (let i = 1; i < ctx.argv.length; i++) {
    const a = ctx.argv[i]!
    if (a === '-e') patterns.push(ctx.argv[i + 1] ?? '')
    else if (a.startsWith('-e') && !a.startsWith('--')) patterns.push(a.slice(2))
    else if (a.startsWith('--regexp=')) patterns.push(a.slice(9))
  }
  if (patterns.length === 0) {
    const first = operands.shift()
    if (first === undefined) {
      ctx.stderr.write('Usage: grep [OPTION]... PATTERNS [FILE]...\n')
      ctx.stderr.write("Try 'grep --help' for more information.\n")
      return 2
    }
    patterns.push(...first.split('\n'))
  }
  let re: RegExp
  try {
    re = buildRegex(patterns, f)
  } catch (e) {
    complain(ctx, e instanceof RegexError ? e.message : 'Invalid regular expression')
    return 2
  }
  const recursive = f.has('r') || f.has('R')
  let files = operands.length ? operands : recursive ? ['.'] : ['-']
  if (recursive) files = files.flatMap((x) => (x === '-' ? [x] : filesUnder(ctx, x, operands.length === 0)))
  const showNames = f.has('H') || (!f.has('h') && (files.length > 1 || recursive))
  const maxCount = p.values.has('m') ? Number(p.values.get('m')) : Infinity
  let matchedAny = false
  let error = false
  for (const file of files) {
    let text: string
    if (file === '-') text = await readAll(ctx.stdin, ctx.signals.terminated)
    else {
      const path = abs(ctx, file)
      const e = ctx.fs.stat(path)
      if (!e) {
        if (!f.has('s')) complain(ctx, `${file}: No such file or directory`)
        error = true
        continue
      }
      if (e.type === 'dir') {
        if (!f.has('s')) complain(ctx, `${file}: Is a directory`)
        error = true
        continue
      }
      text = ctx.fs.readFile(path)
    }
    const label = file === '-' ? '(standard input)' : file
    const prefix = showNames ? `${label}:` : ''
    let count = 0
    let out = ''
    const all = lines(text)
    for (let n = 0; n < all.length && count < maxCount; n++) {
      const line = all[n]!
      re.lastIndex = 0
      const hit = re.test(line)
      if (hit === f.has('v')) continue
      count++
      if (f.has('q') || f.has('l') || f.has('L') || f.has('c')) continue
      const lineNo = f.has('n') ? `${n + 1}:` : ''
      if (f.has('o') && !f.has('v')) {
        re.lastIndex = 0
        for (const m of line.matchAll(re)) if (m[0] !== '') out += `${prefix}${lineNo}${m[0]}\n`
      } else out += `${prefix}${lineNo}${line}\n`
    }
    if (count > 0) matchedAny = true
    if (f.has('q')) {
      if (matchedAny) return 0
      continue
    }
    if (f.has('l')) {
      if (count > 0) ctx.stdout.write(label + '\n')
    } else if (f.has('L')) {
      if (count === 0) ctx.stdout.write(label + '\n')
    } else if (f.has('c')) ctx.stdout.write(`${prefix}${count}\n`)
    else ctx.stdout.write(out)
  }
  // GNU grep: 2 on error unless -q found a match; else 0 on a match, 1 on none.
  if (error && !(f.has('q') && matchedAny)) return 2
  return matchedAny ? 0 : 1
}

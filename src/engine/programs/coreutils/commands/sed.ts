import type { Program } from '../../../process/types'
import { abs, complain, eachInput, lines, reasonOf } from '../io'
import { posixToJs, RegexError } from '../regex'

type Address = { kind: 'line'; n: number } | { kind: 'last' } | { kind: 're'; re: RegExp }
interface SedCommand {
  from?: Address
  to?: Address
  negate: boolean
  name: string
  re?: RegExp
  replacement?: string
  global?: boolean
  print?: boolean
  text?: string
  inRange?: boolean
}

class SedError extends Error {}

function readDelimited(script: string, i: number, delim: string): [string, number] {
  let out = ''
  while (i < script.length && script[i] !== delim) {
    if (script[i] === '\\' && script[i + 1] === delim) {
      out += delim
      i += 2
    } else if (script[i] === '\\' && i + 1 < script.length) {
      out += script.slice(i, i + 2)
      i += 2
    } else out += script[i++]
  }
  if (i >= script.length) throw new SedError(`-e expression #1, char ${i}: unterminated \`s' command`)
  return [out, i + 1]
}

function parseScript(script: string, extended: boolean): SedCommand[] {
  const cmds: SedCommand[] = []
  let i = 0
  const address = (): Address | undefined => {
    if (/\d/.test(script[i] ?? '')) {
      const m = /^\d+/.exec(script.slice(i))![0]
      i += m.length
      return { kind: 'line', n: Number(m) }
    }
    if (script[i] === '$') {
      i++
      return { kind: 'last' }
    }
    if (script[i] === '/') {
      const [src, next] = readDelimited(script, i + 1, '/')
      i = next
      return { kind: 're', re: new RegExp(posixToJs(src, extended)) }
    }
    return undefined
  }
  while (i < script.length) {
    while (/[\s;]/.test(script[i] ?? '')) i++
    if (i >= script.length) break
    const cmd: SedCommand = { negate: false, name: '' }
    cmd.from = address()
    if (cmd.from && script[i] === ',') {
      i++
      cmd.to = address()
    }
    while (script[i] === ' ') i++
    if (script[i] === '!') {
      cmd.negate = true
      i++
    }
    cmd.name = script[i++] ?? ''
    if (cmd.name === 's') {
      const delim = script[i]!
      const [pat, a] = readDelimited(script, i + 1, delim)
      const [rep, b] = readDelimited(script, a, delim)
      i = b
      const flags = /^[gpiI0-9]*/.exec(script.slice(i))![0]
      i += flags.length
      cmd.re = new RegExp(posixToJs(pat, extended), (flags.includes('g') ? 'g' : '') + (/[iI]/.test(flags) ? 'i' : ''))
      cmd.replacement = rep
      cmd.print = flags.includes('p')
    } else if ('aic'.includes(cmd.name) && cmd.name !== '') {
      const m = /^\\?\n?\s*([^\n]*)/.exec(script.slice(i))!
      cmd.text = m[1]
      i += m[0].length
    } else if (!'pdqP=n'.includes(cmd.name) || cmd.name === '') throw new SedError(`-e expression #1, char ${i}: unknown command: \`${cmd.name}'`)
    cmds.push(cmd)
  }
  return cmds
}

function substitute(line: string, re: RegExp, rep: string): string {
  return line.replace(re, (...m) => {
    const groups = m.slice(0, -2) as string[]
    return rep.replace(/\\([0-9n&\\])|&/g, (t, g: string | undefined) => {
      if (t === '&') return groups[0] ?? ''
      if (g === 'n') return '\n'
      if (g === '&' || g === '\\') return g
      return groups[Number(g)] ?? ''
    })
  })
}

export const sed: Program = async (ctx) => {
  const args = ctx.argv.slice(1)
  const scripts: string[] = []
  const files: string[] = []
  let quiet = false
  let inPlace = false
  let extended = false
  for (let k = 0; k < args.length; k++) {
    const a = args[k]!
    if (a === '-n' || a === '--quiet') quiet = true
    else if (a === '-e') scripts.push(args[++k] ?? '')
    else if (a === '-i' || a.startsWith('-i')) inPlace = true
    else if (a === '-E' || a === '-r') extended = true
    else if (/^-[nEr]+$/.test(a)) {
      quiet ||= a.includes('n')
      extended ||= /[Er]/.test(a)
    } else if (scripts.length === 0 && !files.length && a !== '-' ) scripts.push(a)
    else files.push(a)
  }
  let cmds: SedCommand[]
  try {
    cmds = parseScript(scripts.join('\n'), extended)
  } catch (e) {
    if (e instanceof SedError || e instanceof RegexError || e instanceof SyntaxError) {
      complain(ctx, e.message)
      return 1
    }
    throw e
  }
  const runOn = (text: string): string => {
    const all = lines(text)
    let out = ''
    const matches = (a: Address, n: number, line: string) => (a.kind === 'line' ? a.n === n : a.kind === 'last' ? n === all.length : a.re.test(line))
    for (let n = 1; n <= all.length; n++) {
      let line = all[n - 1]!
      let deleted = false
      let quit = false
      let after = ''
      for (const c of cmds) {
        let hit = true
        if (c.from && c.to) {
          if (c.inRange) {
            hit = true
            if (c.to.kind === 'line' ? n >= c.to.n : matches(c.to, n, line)) c.inRange = false
          } else if (matches(c.from, n, line)) {
            hit = true
            c.inRange = !(c.to.kind === 'line' && c.to.n <= n)
          } else hit = false
        } else if (c.from) hit = matches(c.from, n, line)
        if (hit === c.negate) continue
        if (c.name === 's') {
          c.re!.lastIndex = 0
          if (c.re!.test(line)) {
            c.re!.lastIndex = 0
            line = substitute(line, c.re!, c.replacement!)
            if (c.print) out += line + '\n'
          }
        } else if (c.name === 'p') out += line + '\n'
        else if (c.name === '=') out += `${n}\n`
        else if (c.name === 'd') {
          deleted = true
          break
        } else if (c.name === 'q') {
          quit = true
          break
        } else if (c.name === 'a') after += c.text + '\n'
        else if (c.name === 'i') out += c.text + '\n'
        else if (c.name === 'c') {
          out += c.text + '\n'
          deleted = true
          break
        }
      }
      if (!deleted && !quiet) out += line + '\n'
      out += after
      if (quit) break
    }
    return out
  }
  if (inPlace) {
    let status = 0
    for (const f of files) {
      try {
        ctx.fs.writeFile(abs(ctx, f), runOn(ctx.fs.readFile(abs(ctx, f))))
      } catch (e) {
        complain(ctx, `can't read ${f}: ${reasonOf(e)}`)
        status = 2
      }
    }
    return status
  }
  let text = ''
  const status = await eachInput(ctx, files, (t) => void (text += t))
  ctx.stdout.write(runOn(text))
  return status ? 2 : 0
}

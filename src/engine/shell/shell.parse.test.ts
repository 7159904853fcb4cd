import { describe, expect, it } from 'vitest'
import { parse } from './parser'
import { ShellSyntaxError } from './syntax-error'

function firstSimple(src: string) {
  const cmd = parse(src).items[0]!.command.first.commands[0]!
  if (cmd.type !== 'simple') throw new Error(cmd.type)
  return cmd
}

describe('parser', () => {
  it('keeps words raw and separates assignments and redirects', () => {
    const c = firstSimple(`A=1 B="x y" echo "a b" 'c' 2>&1 > out`)
    expect(c.assigns).toEqual(['A=1', 'B="x y"'])
    expect(c.words).toEqual(['echo', '"a b"', "'c'"])
    expect(c.redirects).toEqual([{ fd: 2, op: '>&', target: '1' }, { fd: null, op: '>', target: 'out' }])
  })
  it('treats $( ) with spaces and quotes as one word', () => {
    expect(firstSimple('echo $(echo "a ) b") x').words).toEqual(['echo', '$(echo "a ) b")', 'x'])
  })
  it('parses pipelines, and-or lists and background', () => {
    const list = parse('a | b && c || d & e')
    expect(list.items.map((i) => i.background)).toEqual([true, false])
    expect(list.items[0]!.command.first.commands).toHaveLength(2)
    expect(list.items[0]!.command.rest.map((r) => r.op)).toEqual(['&&', '||'])
  })
  it('reads here-doc bodies after the line', () => {
    const c = firstSimple('cat <<EOF\nhello\nEOF\n')
    expect(c.redirects[0]!.heredoc).toEqual({ delimiter: 'EOF', quoted: false, stripTabs: false, body: 'hello\n' })
  })
  it('reports incomplete input for the REPL', () => {
    for (const src of ['if true; then', 'echo "abc', 'for i in 1; do', 'echo a |', 'cat <<E\nx\n', 'f() {']) {
      try {
        parse(src + '\n', false)
        throw new Error('parsed: ' + src)
      } catch (e) {
        expect(e).toBeInstanceOf(ShellSyntaxError)
        expect((e as ShellSyntaxError).incomplete).toBe(true)
      }
    }
  })
  it('names the unexpected token', () => {
    expect(() => parse('echo a; then')).toThrow("syntax error near unexpected token `then'")
    expect(() => parse('( )')).toThrow("syntax error near unexpected token `)'")
  })
  it('parses functions, case and loops', () => {
    const list = parse('f() { echo; }\ncase x in a|b) echo;; esac\nwhile false; do :; done')
    expect(list.items.map((i) => i.command.first.commands[0]!.type)).toEqual(['function', 'case', 'loop'])
  })
})

import { describe, expect, it } from 'vitest'
import { parseTemplate } from '.'

function parseError(src: string): string {
  const r = parseTemplate(src)
  if (r.ok) throw new Error(`expected ${src} to fail`)
  return r.error.message
}

describe('parseTemplate errors read like Go text/template', () => {
  it.each([
    ['{{.Foo }', 'template: :1: unexpected "}" in operand'],
    ['{{.Foo}', "template: :1: bad character U+007D '}'"],
    ['{{foo}}', 'template: :1: function "foo" not defined'],
    ['{{.Foo', 'template: :1: unclosed action'],
    ['{{if .X}}', 'template: :1: unexpected EOF'],
    ['{{end}}', 'template: :1: unexpected {{end}}'],
    ['{{else}}', 'template: :1: unexpected {{else}}'],
    ['{{}}', 'template: :1: missing value for command'],
    ['{{if}}{{end}}', 'template: :1: missing value for if'],
    ['{{range}}{{end}}', 'template: :1: missing value for range'],
    ['{{$x}}', 'template: :1: undefined variable "$x"'],
    ['{{.A | "x"}}', 'template: :1: non executable command in pipeline stage 2'],
    ['{{"a}}', 'template: :1: unterminated quoted string'],
    ['{{/* x }}', 'template: :1: unclosed comment'],
    ['{{break}}', 'template: :1: {{break}} outside {{range}}'],
    ['{{(.A}}', 'template: :1: unclosed left paren'],
    ['{{.A)}}', 'template: :1: unexpected right paren'],
    ['{{3x}}', 'template: :1: bad number syntax: "3x"'],
    ['{{"x".Y}}', 'template: :1: unexpected . after term "\\"x\\""'],
    ['{{range $a, $b, $c := .}}{{end}}', 'template: :1: too many declarations in range'],
    ['{{if .A}}{{else}}{{else}}{{end}}', 'template: :1: expected end; found {{else}}'],
    ['line1\n{{.A', 'template: :2: unclosed action'],
    ['{{.A ~ }}', 'template: :1: unexpected "~" in operand'],
    ['{{.A …}}', "template: :1: unrecognized character in action: U+2026 '…'"],
  ])('%j', (src, want) => {
    expect(parseError(src)).toBe(want)
  })

  it('reports an error of kind invalid-argument without docker\'s prefix', () => {
    const r = parseTemplate('{{foo}}')
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('invalid-argument')
      expect(r.error.message.startsWith('template: ')).toBe(true)
    }
  })

  it.each([
    '{{.A}}', '{{- .A -}}', '{{/* comment */}}', '{{- /* c */ -}}', '{{json .}}', '{{index .X "80/tcp"}}',
    '{{range $k, $v := .X}}{{$k}}{{end}}', '{{if .A}}a{{else if .B}}b{{else}}c{{end}}', '{{with $x := .A}}{{$x}}{{end}}',
    '{{$x := 1}}{{$x = 2}}{{$x}}', '{{.A | printf "%s" | upper}}', '{{define "t"}}x{{end}}{{template "t" .}}',
    '{{with .A}}a{{else with .B}}b{{end}}', '{{range .A}}{{break}}{{end}}', "{{printf \"%c\" 'x'}}", '{{.A |}}',
  ])('parses %j', (src) => {
    expect(parseTemplate(src).ok).toBe(true)
  })
})

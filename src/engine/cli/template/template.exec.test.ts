import { describe, expect, it } from 'vitest'
import { executePartial, executeTemplate, goMap, goNil, goSlice, goStruct, parseTemplate } from '.'

function run(src: string, data: unknown): string {
  const t = parseTemplate(src)
  if (!t.ok) throw new Error(t.error.message)
  const r = executeTemplate(t.value, data)
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}

function runError(src: string, data: unknown): string {
  const t = parseTemplate(src)
  if (!t.ok) throw new Error(t.error.message)
  const r = executeTemplate(t.value, data)
  if (r.ok) throw new Error(`expected failure, got ${r.value}`)
  return r.error.message
}

const inspect = {
  Id: 'abc',
  Config: { Cmd: ['nginx', '-g', 'daemon off;'], Env: ['PATH=/usr/bin', 'NGINX_VERSION=1.27'], Labels: goMap({}, 'map[string]string') },
  NetworkSettings: { Ports: { '80/tcp': [{ HostIp: '0.0.0.0', HostPort: '8080' }] } },
  State: { Running: true, Pid: 42, Health: null },
}

describe('fields and printing (fmt %v)', () => {
  it('walks nested fields', () => {
    expect(run('{{.Config.Cmd}}', inspect)).toBe('[nginx -g daemon off;]')
    expect(run('{{.State.Running}} {{.State.Pid}}', inspect)).toBe('true 42')
  })
  it('prints maps with sorted keys, nil and missing keys like Go', () => {
    expect(run('{{.M}}', { M: { z: 1, a: 'x', m: [1, 2] } })).toBe('map[a:x m:[1 2] z:1]')
    expect(run('{{.M}}', { M: { a: null } })).toBe('map[a:<nil>]')
    expect(run('{{.Missing}}', {})).toBe('<no value>')
    expect(run('{{.A.B.C}}', {})).toBe('<no value>')
    expect(run('{{.N}}', { N: null })).toBe('<no value>')
    expect(run('{{print .N}}', { N: null })).toBe('<nil>')
  })
  it('prints numbers as Go does', () => {
    expect(run('{{.I}} {{.F}} {{.Big}} {{.Neg}}', { I: 1000000, F: 1.5, Big: 1e21 + 0.5, Neg: -3 })).toBe('1000000 1.5 1e+21 -3')
    expect(run('{{1.5}} {{2}} {{0x10}} {{1e3}}', {})).toBe('1.5 2 16 1000')
  })
  it('prints structs in field order and typed nils', () => {
    const s = goStruct({ Name: 'web', Port: 80 }, 'types.Thing')
    expect(run('{{.}}', s)).toBe('{web 80}')
    expect(run('{{printf "%+v" .}}', s)).toBe('{Name:web Port:80}')
    expect(run('{{.S}} {{.M}} {{.P}}', { S: goNil('[]string'), M: goNil('map[string]string'), P: goNil('*types.Health') })).toBe('[] map[] <nil>')
  })
  it('reports a missing struct field with the struct type', () => {
    const s = goStruct({ ID: 'x' }, '*formatter.ContainerContext')
    expect(runError('{{.Foo}}', s)).toBe('template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type *formatter.ContainerContext')
    expect(runError('x {{.ID.Foo}}', s)).toBe('template: :1:4: executing "" at <.ID.Foo>: can\'t evaluate field Foo in type string')
  })
  it('calls function-valued fields as methods', () => {
    const c = goStruct({ Labels: 'a=1', Label: (name: unknown) => (name === 'a' ? '1' : '') }, '*formatter.ContainerContext')
    expect(run('{{.Label "a"}}|{{.Label "b"}}', c)).toBe('1|')
    expect(runError('{{.Label}}', c)).toBe('template: :1:2: executing "" at <.Label>: wrong number of args for Label: want 1 got 0')
  })
  it('fails on a nil interface in the middle of a chain', () => {
    expect(runError('{{.State.Health.Status}}', inspect)).toBe(
      'template: :1:2: executing "" at <.State.Health.Status>: nil pointer evaluating interface {}.Status',
    )
  })
})

describe('json', () => {
  it('encodes maps sorted, structs in order, without HTML escaping', () => {
    expect(run('{{json .}}', { b: '<a&b>', a: [1, 'x'], c: null })).toBe('{"a":[1,"x"],"b":"<a&b>","c":null}')
    expect(run('{{json .}}', goStruct({ Z: 1, A: 2, M: () => 0 }, 'T'))).toBe('{"Z":1,"A":2}')
    expect(run('{{json .Config.Cmd}}', inspect)).toBe('["nginx","-g","daemon off;"]')
    expect(run('{{json .S}}', { S: 'tab\there "q" \u2028 \x01 \b' })).toBe('"tab\\there \\"q\\" \\u2028 \\u0001 \\b"')
    expect(run('{{json .}}', { F: 0.0000001, N: goNil('[]string') })).toBe('{"F":1e-7,"N":null}')
  })
  it('fails on values JSON cannot hold', () => {
    expect(runError('{{json .F}}', { F: NaN })).toBe('template: :1:2: executing "" at <json .F>: error calling json: json: unsupported value: NaN')
  })
})

describe('index, len, range, if, with, variables', () => {
  it('indexes slices and maps', () => {
    expect(run('{{index .Config.Env 0}}', inspect)).toBe('PATH=/usr/bin')
    expect(run('{{index .NetworkSettings.Ports "80/tcp"}}', inspect)).toBe('[map[HostIp:0.0.0.0 HostPort:8080]]')
    expect(run('{{(index (index .NetworkSettings.Ports "80/tcp") 0).HostPort}}', inspect)).toBe('8080')
    expect(run('[{{index .Config.Labels "x"}}]', inspect)).toBe('[]')
    expect(run('{{index .M "x"}}', { M: { a: 1 } })).toBe('<no value>')
  })
  it('reports index errors', () => {
    expect(runError('{{index .Config.Env 5}}', inspect)).toBe(
      'template: :1:2: executing "" at <index .Config.Env 5>: error calling index: index out of range: 5',
    )
    expect(runError('{{index .Missing 0}}', {})).toBe('template: :1:2: executing "" at <index .Missing 0>: error calling index: index of untyped nil')
    expect(runError('{{index .E "a"}}', { E: ['x'] })).toBe(
      'template: :1:2: executing "" at <index .E "a">: error calling index: cannot index slice/array with type string',
    )
    expect(runError('{{index}}', {})).toBe('template: :1:2: executing "" at <index>: wrong number of args for index: want at least 1 got 0')
  })
  it('ranges over slices and maps with variables, else and break/continue', () => {
    expect(run('{{range .Config.Env}}{{.}};{{end}}', inspect)).toBe('PATH=/usr/bin;NGINX_VERSION=1.27;')
    expect(run('{{range $i, $e := .L}}{{$i}}={{$e}} {{end}}', { L: ['a', 'b'] })).toBe('0=a 1=b ')
    expect(run('{{range $k, $v := .M}}{{$k}}:{{$v}},{{end}}', { M: { b: 2, a: 1 } })).toBe('a:1,b:2,')
    expect(run('{{range .L}}x{{else}}empty{{end}}', { L: [] })).toBe('empty')
    expect(run('{{range .Missing}}x{{else}}none{{end}}', {})).toBe('none')
    expect(run('{{range .L}}{{if eq . 2}}{{continue}}{{end}}{{if eq . 4}}{{break}}{{end}}{{.}}{{end}}', { L: [1, 2, 3, 4, 5] })).toBe('13')
    expect(runError('{{range .S}}{{end}}', { S: true })).toBe('template: :1:8: executing "" at <.S>: range can\'t iterate over true')
  })
  it('evaluates if/else if/else and with', () => {
    const t = '{{if eq .N 1}}one{{else if eq .N 2}}two{{else}}many{{end}}'
    expect([1, 2, 3].map((N) => run(t, { N }))).toEqual(['one', 'two', 'many'])
    expect(run('{{if .S}}y{{else}}n{{end}}{{if .E}}y{{else}}n{{end}}{{if .Z}}y{{else}}n{{end}}', { S: 'x', E: [], Z: 0 })).toBe('ynn')
    expect(run('{{with .A}}<{{.}}>{{else}}none{{end}}|{{with .B}}x{{else}}none{{end}}', { A: 'a', B: '' })).toBe('<a>|none')
    expect(run('{{with .A}}a{{else with .B}}{{.}}{{end}}', { A: '', B: 'b' })).toBe('b')
  })
  it('declares and assigns variables', () => {
    expect(run('{{$x := .A}}{{$x}}{{$x = "z"}}{{$x}}', { A: 'a' })).toBe('az')
    expect(run('{{range .L}}{{$.Top}}{{end}}', { Top: 'T', L: [1, 2] })).toBe('TT')
    expect(run('{{len .L}} {{len .S}} {{len .M}}', { L: [1, 2], S: 'héllo', M: { a: 1 } })).toBe('2 6 1')
  })
})

describe('functions', () => {
  it('compares with eq ne lt le gt ge and combines with and/or/not', () => {
    expect(run('{{eq .A "x" "y"}} {{ne .N 1}} {{lt .N 3}} {{le .N 2}} {{gt .N 1}} {{ge .N 3}}', { A: 'y', N: 2 })).toBe('true true true true true false')
    expect(run('{{and 1 0 "x"}} {{or 0 "" "z"}} {{not .A}} {{and .A .B}}', { A: 'a', B: 'b' })).toBe('0 z false b')
    expect(run('{{eq .Missing "x"}}', {})).toBe('false')
    expect(runError('{{eq .A 1}}', { A: 'x' })).toBe('template: :1:2: executing "" at <eq .A 1>: error calling eq: incompatible types for comparison')
    expect(runError('{{lt .A true}}', { A: true })).toBe('template: :1:2: executing "" at <lt .A true>: error calling lt: invalid type for comparison')
  })
  it('short-circuits and/or', () => {
    expect(run('{{or .A (index .Missing 0)}}', { A: 'a' })).toBe('a')
  })
  it('prints with print, println and printf', () => {
    expect(run('{{print "a" 1 2 "b"}}|{{println 1 "x"}}|{{printf "%s-%d-%v-%q-%5.2f-%x" .S 42 .L "q" 3.14159 255}}', { S: 's', L: ['a'] }))
      .toBe('a1 2b|1 x\n|s-42-[a]-"q"- 3.14-ff')
    expect(run('{{printf "%d %s"}}|{{printf "%d" "x"}}|{{printf "%s" 1 2}}', {})).toBe('%!d(MISSING) %!s(MISSING)|%!d(string=x)|%!s(int=1)%!(EXTRA int=2)')
    expect(run('{{printf "%-6s|%6s|%06d|%+d" "ab" "cd" 42 5}}', {})).toBe('ab    |    cd|000042|+5')
  })
  it('runs docker functions: upper lower title split join pad truncate', () => {
    expect(run('{{.Names | upper}} {{lower "ABC"}} {{title "hello world-x"}}', { Names: 'web' })).toBe('WEB abc Hello World-X')
    expect(run('{{split .S ","}} {{join .L "|"}} {{join (split "a:b" ":") "+"}}', { S: 'a,b,,c', L: ['x', 'y'] })).toBe('[a b  c] x|y a+b')
    expect(run('[{{pad .S 2 1}}][{{pad "" 2 2}}] {{truncate .S 3}} {{truncate "ab" 5}}', { S: 'abcdef' })).toBe('[  abcdef ][] abc ab')
    expect(runError('{{join .L ","}}', { L: [1, 2] })).toBe(
      'template: :1:7: executing "" at <.L>: wrong type for value; expected []string; got []interface {}',
    )
    expect(runError('{{upper 1}}', {})).toBe('template: :1:8: executing "" at <1>: expected string; found 1')
  })
  it('declares slice and map types for zero values and errors', () => {
    expect(run('{{join .L ","}}', { L: goSlice([], '[]string') })).toBe('')
  })
  it('trims with {{- and -}}', () => {
    expect(run('a  \n {{- .X -}} \n  b', { X: 'x' })).toBe('axb')
    expect(run('{{ .X }} {{- /* gone */ -}} !', { X: 'x' })).toBe('x!')
  })
  it('runs defined templates', () => {
    expect(run('{{define "n"}}<{{.}}>{{end}}{{range .L}}{{template "n" .}}{{end}}', { L: ['a', 'b'] })).toBe('<a><b>')
  })
})

describe('executePartial', () => {
  it('keeps the output written before an error (Go writes as it goes)', () => {
    const t = parseTemplate('a{{.X}}b{{.Y.Z}}c')
    if (!t.ok) throw new Error('parse')
    const r = executePartial(t.value, goStruct({ X: 1, Y: 'y' }, 'T'))
    expect(r.output).toBe('a1b')
    expect(r.error).toBe('template: :1:10: executing "" at <.Y.Z>: can\'t evaluate field Z in type string')
  })
  it('reports byte columns on the right line', () => {
    const t = parseTemplate('é\n  {{.A.B}}')
    if (!t.ok) throw new Error('parse')
    expect(executePartial(t.value, { A: 'x' }).error).toBe('template: :2:4: executing "" at <.A.B>: can\'t evaluate field B in type string')
  })
})

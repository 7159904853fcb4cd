import { describe, expect, test } from 'vitest'
import { DockerfileError } from './errors'
import { parseWords } from './line-parsers'
import { dump } from './node'
import { parseDockerfile } from './parser'
import { LINE_FILE, NEGATIVE_CASES, PARSE_CASES } from './testfiles.data'

describe('buildkit parser testfiles (TestParseCases)', () => {
  test('all 33 cases are here', () => expect(PARSE_CASES).toHaveLength(33))
  for (const c of PARSE_CASES) {
    test(c.name, () => {
      const r = parseDockerfile(c.dockerfile)
      expect(dump(r.ast) + '\n').toBe(c.result.replace(/\r\n/g, '\n'))
    })
  }
})

describe('buildkit parser testfiles-negative (TestParseErrorCases)', () => {
  test('all 4 cases are here', () => expect(NEGATIVE_CASES).toHaveLength(4))
  const messages: Record<string, string> = {
    empty_dockerfile: 'file with no instructions',
    only_comments: 'file with no instructions',
    env_no_value: 'ENV must have two arguments',
    'shykes-nested-json': 'when using JSON array syntax, arrays must be comprised of strings only',
  }
  for (const c of NEGATIVE_CASES) {
    test(c.name, () => {
      expect(() => parseDockerfile(c.dockerfile)).toThrow(DockerfileError)
      expect(() => parseDockerfile(c.dockerfile)).toThrow(messages[c.name]!)
    })
  }
})

test('TestParseIncludesLineNumbers', () => {
  const { ast } = parseDockerfile(LINE_FILE)
  expect([ast.startLine, ast.endLine]).toEqual([5, 31])
  expect(ast.children.map((c) => [c.startLine, c.endLine])).toEqual([
    [5, 5],
    [11, 12],
    [17, 31],
  ])
})

test('TestParseWords', () => {
  const d = { escapeToken: '\\' }
  expect(parseWords('foo', d)).toEqual(['foo'])
  expect(parseWords('foo bar', d)).toEqual(['foo', 'bar'])
  expect(parseWords('foo\\ bar', d)).toEqual(['foo\\ bar'])
  expect(parseWords('foo=bar', d)).toEqual(['foo=bar'])
  expect(parseWords("foo bar 'abc xyz'", d)).toEqual(['foo', 'bar', "'abc xyz'"])
  expect(parseWords('foo bar "abc xyz"', d)).toEqual(['foo', 'bar', '"abc xyz"'])
  expect(parseWords('àöû', d)).toEqual(['àöû'])
  expect(parseWords('föo bàr "âbc xÿz"', d)).toEqual(['föo', 'bàr', '"âbc xÿz"'])
})

describe('heredocs (parser_heredoc_test.go)', () => {
  test('RUN <<EOF collects the body up to the terminator', () => {
    const r = parseDockerfile('FROM busybox\nRUN <<EOF\necho hello\necho world\nEOF\nRUN ls\n')
    expect(r.ast.children).toHaveLength(3)
    const run = r.ast.children[1]!
    expect(run.heredocs).toEqual([{ name: 'EOF', fileDescriptor: 0, expand: true, chomp: false, content: 'echo hello\necho world\n' }])
    expect([run.startLine, run.endLine]).toEqual([2, 5])
  })
  test('quoted names do not expand; <<- chomps tabs', () => {
    const r = parseDockerfile("FROM busybox\nCOPY <<-'EOT' /dest\n\tx\n\tEOT\n")
    expect(r.ast.children[1]!.heredocs[0]).toMatchObject({ name: 'EOT', expand: false, chomp: true, content: '\tx\n' })
  })
  test('unterminated heredoc', () => {
    expect(() => parseDockerfile('FROM busybox\nRUN <<EOF\necho\n')).toThrow('unterminated heredoc')
  })
})

describe('directives', () => {
  test('escape backtick and syntax', () => {
    const r = parseDockerfile('# syntax=docker/dockerfile:1\n# escape=`\nFROM busybox\nRUN echo a `\n  b\n')
    expect(r.escapeToken).toBe('`')
    expect(r.directives.map((d) => d.name)).toEqual(['syntax', 'escape'])
    expect(dump(r.ast)).toBe('(from "busybox")\n(run "echo a   b")')
  })
  test('a repeated directive is an error', () => {
    expect(() => parseDockerfile('# escape=`\n# escape=\\\nFROM x\n')).toThrow('only one escape parser directive can be used')
  })
  test('empty continuation lines warn', () => {
    const r = parseDockerfile('FROM alpine\nRUN a \\\n\n  b\n')
    expect(r.warnings).toHaveLength(1)
    expect(dump(r.ast)).toBe('(from "alpine")\n(run "a   b")')
  })
})

import { describe, expect, it } from 'vitest'
import { parse, REFERENCE_ERRORS as E } from './reference'

// Expectations of distribution/reference v0.6.0 reference_test.go TestReferenceParse.
const F64 = 'f'.repeat(64)
const ok: [input: string, name: string, domain: string, tag?: string, digest?: string][] = [
  ['test_com', 'test_com', ''],
  ['test.com:tag', 'test.com', '', 'tag'],
  ['test.com:5000', 'test.com', '', '5000'],
  ['test.com/repo:tag', 'test.com/repo', 'test.com', 'tag'],
  ['test:5000/repo', 'test:5000/repo', 'test:5000'],
  ['test:5000/repo:tag', 'test:5000/repo', 'test:5000', 'tag'],
  [`test:5000/repo@sha256:${F64}`, 'test:5000/repo', 'test:5000', undefined, `sha256:${F64}`],
  [`test:5000/repo:tag@sha256:${F64}`, 'test:5000/repo', 'test:5000', 'tag', `sha256:${F64}`],
  ['lowercase:Uppercase', 'lowercase', '', 'Uppercase'],
  [`${'a/'.repeat(127)}a:tag-puts-this-over-max`, `${'a/'.repeat(127)}a`, 'a', 'tag-puts-this-over-max'],
  ['sub-dom1.foo.com/bar/baz/quux:some-long-tag', 'sub-dom1.foo.com/bar/baz/quux', 'sub-dom1.foo.com', 'some-long-tag'],
  ['b.gcr.io/test.example.com/my-app:test.example.com', 'b.gcr.io/test.example.com/my-app', 'b.gcr.io', 'test.example.com'],
  ['xn--n3h.com/myimage:xn--n3h.com', 'xn--n3h.com/myimage', 'xn--n3h.com', 'xn--n3h.com'],
  ['foo_bar.com:8080', 'foo_bar.com', '', '8080'],
  ['foo/foo_bar.com:8080', 'foo/foo_bar.com', 'foo', '8080'],
  ['192.168.1.1', '192.168.1.1', ''],
  ['192.168.1.1:5000/repo:5050', '192.168.1.1:5000/repo', '192.168.1.1:5000', '5050'],
  ['[2001:db8::1]/repo', '[2001:db8::1]/repo', '[2001:db8::1]'],
  ['[2001:db8::1]:5000/repo:tag', '[2001:db8::1]:5000/repo', '[2001:db8::1]:5000', 'tag'],
  ['[::1]:5000/repo', '[::1]:5000/repo', '[::1]:5000'],
  [`example.com/${'a'.repeat(255)}:tag`, `example.com/${'a'.repeat(255)}`, 'example.com', 'tag'],
]
const bad: [string, string][] = [
  ['', E.nameEmpty],
  [':justtag', E.invalidFormat],
  [`@sha256:${F64}`, E.invalidFormat],
  [`repo@sha256:${'f'.repeat(34)}`, E.digestInvalidLength],
  [`validname@invaliddigest:${F64}`, E.digestUnsupported],
  ['Uppercase:tag', E.nameContainsUppercase],
  ['test:5000/Uppercase/lowercase:tag', E.nameContainsUppercase],
  [`domain/${'a'.repeat(256)}:tag`, E.nameTooLong],
  ['aa/asdf$$^/aa', E.invalidFormat],
  ['[2001:db8::1]', E.invalidFormat],
  ['[2001:db8::1]:5000', E.invalidFormat],
  ['[fe80::1%eth0]:5000/repo', E.invalidFormat],
]

describe('reference.Parse', () => {
  it.each(ok)('parses %s', (input, name, domain, tag, digest) => {
    const r = parse(input)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.name).toBe(name)
    expect(r.value.domain).toBe(domain)
    expect(r.value.tag).toBe(tag)
    expect(r.value.digest).toBe(digest)
    expect(r.value.canonical()).toBe(input)
  })
  it.each(bad)('rejects %j', (input, message) => {
    const r = parse(input)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.message).toBe(message)
  })
})

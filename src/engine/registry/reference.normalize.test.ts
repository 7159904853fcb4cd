import { describe, expect, it } from 'vitest'
import { familiarString, parseAnyReference, parseDockerRef, parseReference, withDefaultTag } from './reference'

// Expectations of distribution/reference v0.6.0 normalize_test.go.
function must(s: string) {
  const r = parseReference(s)
  if (!r.ok) throw new Error(`${s}: ${r.error.message}`)
  return r.value
}

describe('ParseNormalizedNamed', () => {
  it.each([
    ['fooo/bar', 'fooo/bar', 'docker.io/fooo/bar', 'docker.io', 'fooo/bar'],
    ['index.docker.io/fooo/bar', 'fooo/bar', 'docker.io/fooo/bar', 'docker.io', 'fooo/bar'],
    ['library/ubuntu', 'ubuntu', 'docker.io/library/ubuntu', 'docker.io', 'library/ubuntu'],
    ['ubuntu', 'ubuntu', 'docker.io/library/ubuntu', 'docker.io', 'library/ubuntu'],
    ['nonlibrary/ubuntu', 'nonlibrary/ubuntu', 'docker.io/nonlibrary/ubuntu', 'docker.io', 'nonlibrary/ubuntu'],
    ['other/library', 'other/library', 'docker.io/other/library', 'docker.io', 'other/library'],
    ['localhost/fooo', 'localhost/fooo', 'localhost/fooo', 'localhost', 'fooo'],
    ['LOCALDOMAIN/fooo/bar', 'LOCALDOMAIN/fooo/bar', 'LOCALDOMAIN/fooo/bar', 'LOCALDOMAIN', 'fooo/bar'],
    ['127.0.0.1:8000/private/moonbase', '127.0.0.1:8000/private/moonbase', '127.0.0.1:8000/private/moonbase', '127.0.0.1:8000', 'private/moonbase'],
    ['example.com:8000/privatebasee', 'example.com:8000/privatebasee', 'example.com:8000/privatebasee', 'example.com:8000', 'privatebasee'],
    ['docker.io/foo', 'foo', 'docker.io/library/foo', 'docker.io', 'library/foo'],
    ['library/foo/bar', 'library/foo/bar', 'docker.io/library/foo/bar', 'docker.io', 'library/foo/bar'],
    ['store/foo/bar', 'store/foo/bar', 'docker.io/store/foo/bar', 'docker.io', 'store/foo/bar'],
    ['Foo/bar', 'Foo/bar', 'Foo/bar', 'Foo', 'bar'],
    ['ubuntu-12.04-base', 'ubuntu-12.04-base', 'docker.io/library/ubuntu-12.04-base', 'docker.io', 'library/ubuntu-12.04-base'],
  ])('%s', (input, familiar, full, domain, path) => {
    const r = must(input)
    expect(r.familiarName()).toBe(familiar)
    expect(r.canonical()).toBe(full)
    expect(r.domain).toBe(domain)
    expect(r.path).toBe(path)
  })

  it.each(['docker/docker', 'docker-rules/docker', 'docker---rules/docker', 'd/docker', 'jess/t', 'dock__er/docker', '192.168.0.1:80', '[fc00::1]:5000/docker', 'thisisthesongthatneverendsitgoesonandonandonthisisthesongthatnev', 'docker.io/1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a'])(
    'accepts %s',
    (s) => expect(parseReference(s).ok).toBe(true),
  )
  it.each(['https://github.com/docker/docker', 'docker/Docker', '-docker', 'docker///docker', 'docker-/docker', '____/____', 'dock..er/docker', 'dock_.er/docker', 'docker/', '[fc00::1]', 'fc00::1:5000/debian', '[2001:db8:3:4::192.0.2.33]:5000/debian'])(
    'rejects %s',
    (s) => expect(parseReference(s).ok).toBe(false),
  )

  it('prints Docker error texts', () => {
    const upper = parseReference('Nginx')
    expect(!upper.ok && upper.error.message).toBe('invalid reference format: repository name (library/Nginx) must be lowercase')
    const hex = '1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a'
    const id = parseReference(hex)
    expect(!id.ok && id.error.message).toBe(`invalid repository name (${hex}), cannot specify 64-byte hexadecimal strings`)
    const bad = parseReference('nginx:')
    expect(!bad.ok && bad.error.message).toBe('invalid reference format')
  })

  it('keeps tag and digest together (TestParseReferenceWithTagAndDigest)', () => {
    const short = 'busybox:latest@sha256:86e0e091d0da6bde2456dbb48306f3956bbeb2eae1b5b9a43045843f69fe4aaa'
    const r = must(short)
    expect(r.canonical()).toBe(`docker.io/library/${short}`)
    expect(familiarString(r)).toBe(short)
  })
})

describe('ParseDockerRef and TagNameOnly', () => {
  const d = 'sha256:e6693c20186f837fc393390135d8a598a96a833917917789d63766cab6c59582'
  it.each([
    ['busybox', 'docker.io/library/busybox:latest'],
    [`busybox@${d}`, `docker.io/library/busybox@${d}`],
    ['library/busybox', 'docker.io/library/busybox:latest'],
    ['docker.io/busybox:latest', 'docker.io/library/busybox:latest'],
    ['gcr.io/library/busybox', 'gcr.io/library/busybox:latest'],
    [`gcr.io/library/busybox:latest@${d}`, `gcr.io/library/busybox@${d}`],
  ])('%s → %s', (input, expected) => {
    const r = parseDockerRef(input)
    expect(r.ok && r.value.canonical()).toBe(expected)
  })
  it('adds latest only to a bare name', () => {
    expect(withDefaultTag(must('node')).familiar()).toBe('node:latest')
    expect(withDefaultTag(must('node:18')).familiar()).toBe('node:18')
  })
})

describe('ParseAnyReference', () => {
  it('treats a 64-hex string as an image ID and 63-hex as a name', () => {
    const id = 'dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9c'
    const r = parseAnyReference(id)
    expect(r.ok && r.value.kind === 'digest' && r.value.digest).toBe(`sha256:${id}`)
    const n = parseAnyReference(id.slice(0, 63))
    expect(n.ok && n.value.kind === 'named' && n.value.canonical()).toBe(`docker.io/library/${id.slice(0, 63)}`)
  })
})

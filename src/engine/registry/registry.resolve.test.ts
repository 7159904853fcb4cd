import { describe, expect, it } from 'vitest'
import { errorText } from '../kernel/errors'
import { CATALOG } from './catalog'
import { parseReference } from './reference'
import { resolveManifest } from './registry'

function resolve(s: string) {
  const r = parseReference(s)
  if (!r.ok) throw new Error(r.error.message)
  return resolveManifest(r.value)
}

describe('resolveManifest', () => {
  it('resolves every catalog tag to its own image', () => {
    for (const img of CATALOG) {
      for (const tag of img.tags) {
        const name = img.repository.replace(/^library\//, '')
        const r = resolve(`${name}:${tag}`)
        expect(r.ok, `${name}:${tag}`).toBe(true)
        if (r.ok) expect(r.value.image).toBe(img)
      }
    }
  })

  it('resolves the tags the tutorials use', () => {
    const want: Record<string, string> = {
      node: 'NODE_VERSION=25.2.1', 'node:lts': 'NODE_VERSION=24.12.0', 'node:18': 'NODE_VERSION=18.20.8',
      'node:alpine': 'NODE_VERSION=25.2.1', python: 'PYTHON_VERSION=3.14.2', 'python:3.11': 'PYTHON_VERSION=3.11.14',
      nginx: 'NGINX_VERSION=1.29.4', 'nginx:stable': 'NGINX_VERSION=1.28.0', httpd: 'HTTPD_VERSION=2.4.66',
    }
    for (const [ref, env] of Object.entries(want)) {
      const r = resolve(ref)
      expect(r.ok && r.value.image.config.Env, ref).toContain(env)
    }
    const u = resolve('ubuntu')
    expect(u.ok && u.value.image.config.Labels?.['org.opencontainers.image.version']).toBe('24.04')
    expect(resolve('docker.io/library/alpine:3.20').ok).toBe(true)
    expect(resolve('devwikirepo/envnodecolorapp').ok).toBe(true)
  })

  it('resolves a digest reference to the image with that manifest digest', () => {
    const a = resolve('alpine:3.21')
    if (!a.ok) throw new Error()
    const d = resolve(`alpine@${a.value.manifestDigest}`)
    expect(d.ok && d.value.image).toBe(a.value.image)
    expect(resolve(`node@${a.value.manifestDigest}`).ok).toBe(false)
  })

  it('denies unknown repositories with the daemon text', () => {
    const r = resolve('foo')
    expect(!r.ok && errorText(r.error)).toBe(
      "Error response from daemon: pull access denied for foo, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    )
    const u = resolve('someone/app:1')
    expect(!u.ok && u.error.message).toMatch(/^pull access denied for someone\/app,/)
  })

  it('reports unknown tags as manifest unknown', () => {
    const r = resolve('alpine:nosuchtag')
    expect(!r.ok && r.error.message).toBe('manifest for alpine:nosuchtag not found: manifest unknown: manifest unknown')
    expect(!r.ok && r.error.fromDaemon).toBe(true)
    // There is no debian:slim tag, only <suite>-slim.
    expect(resolve('debian:slim').ok).toBe(false)
  })
})

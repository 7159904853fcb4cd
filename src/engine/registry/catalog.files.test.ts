import { describe, expect, it } from 'vitest'
import type { Entry, LayerFiles } from '../fs/types'
import { CATALOG } from './catalog'
import type { CatalogImage } from './catalog/types'

function merged(tag: string, repo: string): LayerFiles {
  const img = CATALOG.find((i) => i.repository === `library/${repo}` && i.tags.includes(tag)) as CatalogImage
  return Object.assign({}, ...img.layers.map((l) => l.files()))
}

/** Follows symlinks (including symlinked parent directories) through the merged files. */
function lookup(files: LayerFiles, path: string, depth = 0): Entry | undefined {
  if (depth > 20) return undefined
  const parts = path.split('/').filter(Boolean)
  let cur = ''
  for (let i = 0; i < parts.length; i++) {
    const next = `${cur}/${parts[i]}`
    const e = files[next]
    if (e?.type === 'symlink') {
      const base = e.target.startsWith('/') ? e.target : `${cur}/${e.target}`
      return lookup(files, [base, ...parts.slice(i + 1)].join('/').replace(/\/[^/]+\/\.\.\//g, '/'), depth + 1)
    }
    cur = next
  }
  const e = files[cur]
  return e && e.type !== 'whiteout' ? e : undefined
}

const text = (f: LayerFiles, p: string) => {
  const e = lookup(f, p)
  return e?.type === 'file' ? e.data : undefined
}
const program = (f: LayerFiles, p: string) => {
  const e = lookup(f, p)
  return e?.type === 'file' ? e.program : undefined
}

describe('files a learner looks at', () => {
  it('has the os-release of each distribution', () => {
    expect(text(merged('24.04', 'ubuntu'), '/etc/os-release')).toContain('PRETTY_NAME="Ubuntu 24.04.3 LTS"\n')
    expect(text(merged('bookworm', 'debian'), '/etc/os-release')).toMatch(/^PRETTY_NAME="Debian GNU\/Linux 12 \(bookworm\)"\n/)
    expect(text(merged('latest', 'debian'), '/etc/os-release')).toContain('DEBIAN_VERSION_FULL=13.2\n')
    expect(text(merged('3.22', 'alpine'), '/etc/os-release')).toBe(
      'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.22.2\nPRETTY_NAME="Alpine Linux v3.22"\nHOME_URL="https://alpinelinux.org/"\nBUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n',
    )
    expect(text(merged('latest', 'alpine'), '/etc/alpine-release')).toBe('3.23.2\n')
    expect(lookup(merged('latest', 'busybox'), '/etc/os-release')).toBeUndefined()
  })

  it('runs the right shells and tools', () => {
    const ubuntu = merged('latest', 'ubuntu')
    expect(program(ubuntu, '/bin/sh')).toBe('dash')
    expect(program(ubuntu, '/bin/bash')).toBe('bash')
    expect(lookup(ubuntu, '/usr/bin/ps')).toBeUndefined()
    expect(program(merged('latest', 'alpine'), '/bin/sh')).toBe('busybox')
    expect(program(merged('latest', 'busybox'), '/bin/ls')).toBe('busybox')
    expect(lookup(merged('latest', 'alpine'), '/bin/bash')).toBeUndefined()
    const node = merged('latest', 'node')
    expect(program(node, '/usr/local/bin/node')).toBe('node')
    expect(program(node, '/usr/local/bin/npm')).toBe('npm')
    expect(program(node, '/usr/bin/curl')).toBe('curl')
    expect(text(node, '/usr/local/bin/docker-entrypoint.sh')).toMatch(/^#!\/bin\/sh\n/)
    expect(text(node, '/etc/passwd')).toContain('node:x:1000:1000::/home/node:/bin/bash\n')
    expect(program(merged('latest', 'python'), '/usr/local/bin/python3')).toBe('python3')
    expect(program(merged('latest', 'python'), '/usr/local/bin/pip')).toBe('pip')
    expect(program(merged('latest', 'hello-world'), '/hello')).toBe('hello')
  })

  it('ships the web servers with their pages', () => {
    const nginx = merged('latest', 'nginx')
    expect(program(nginx, '/usr/sbin/nginx')).toBe('nginx')
    const index = text(nginx, '/usr/share/nginx/html/index.html')!
    expect(index).toContain('<title>Welcome to nginx!</title>')
    expect(index.length).toBe(615)
    expect(text(nginx, '/usr/share/nginx/html/50x.html')!.length).toBe(497)
    expect(text(nginx, '/etc/nginx/conf.d/default.conf')).toContain('listen       80;')
    expect(Object.keys(nginx).filter((p) => p.startsWith('/docker-entrypoint.d/')).sort()).toEqual([
      '/docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
      '/docker-entrypoint.d/15-local-resolvers.envsh',
      '/docker-entrypoint.d/20-envsubst-on-templates.sh',
      '/docker-entrypoint.d/30-tune-worker-processes.sh',
    ])
    const httpd = merged('latest', 'httpd')
    expect(text(httpd, '/usr/local/apache2/htdocs/index.html')).toContain('It works!')
    expect(program(httpd, '/usr/local/apache2/bin/httpd')).toBe('httpd')
    expect(text(httpd, '/usr/local/bin/httpd-foreground')).toContain('httpd -DFOREGROUND')
  })

  it('ships the colour app source', () => {
    const img = CATALOG.find((i) => i.repository === 'devwikirepo/envnodecolorapp')!
    const files: LayerFiles = Object.assign({}, ...img.layers.map((l) => l.files()))
    expect(text(files, '/app/app.js')).toContain('process.env.COLOR')
    expect(JSON.parse(text(files, '/app/package.json')!).scripts.start).toBe('node app.js')
  })
})

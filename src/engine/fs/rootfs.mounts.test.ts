import { describe, expect, test } from 'vitest'
import { RootFs } from './rootfs'
import { FsError, type LayerFiles } from './types'

const meta = { mode: 0o755, uid: 0, gid: 0, mtime: 0 }

function setup() {
  const base: LayerFiles = {
    '/data': { type: 'dir', ...meta },
    '/data/old': { type: 'file', ...meta, data: 'hidden by the mount' },
    '/etc': { type: 'dir', ...meta },
    '/link': { type: 'symlink', ...meta, target: '/data' },
  }
  const volFiles: LayerFiles = {}
  const vol = new RootFs([], volFiles)
  const host = new RootFs([], {})
  host.mkdir('/home/learner/site', { recursive: true })
  host.writeFile('/home/learner/site/index.html', 'hi')
  const c = new RootFs([base], {})
  c.mounts = new Map([
    ['/data', { fs: vol, source: '/' }],
    ['/srv/www', { fs: host, source: '/home/learner/site', readOnly: true }],
  ])
  return { c, vol, volFiles, host }
}

const code = (f: () => unknown) => {
  try {
    f()
  } catch (e) {
    return e instanceof FsError ? `${e.code} ${e.path}` : String(e)
  }
  return 'ok'
}

describe('RootFs mounts', () => {
  test('reads and writes below a mount point go to the mounted filesystem', () => {
    const { c, volFiles } = setup()
    expect(c.readdir('/data')).toEqual([])
    c.writeFile('/data/new', 'x')
    c.mkdir('/data/a/b', { recursive: true })
    expect(volFiles['/new']).toMatchObject({ type: 'file', data: 'x' })
    expect(volFiles['/a/b']).toMatchObject({ type: 'dir' })
    expect(c.upper).toEqual({})
    expect(c.readFile('/link/new')).toBe('x') // a symlink resolved in the container's view
    expect(c.walk('/data')).toEqual(['/data/a', '/data/a/b', '/data/new'])
  })

  test('the parent lists the mount point; a bind mount sees the host and its changes', () => {
    const { c, host } = setup()
    expect(c.readdir('/')).toEqual(['data', 'etc', 'link', 'srv'])
    expect(c.readdir('/srv')).toEqual(['www'])
    expect(c.readFile('/srv/www/index.html')).toBe('hi')
    host.writeFile('/home/learner/site/index.html', 'edited')
    expect(c.readFile('/srv/www/index.html')).toBe('edited')
  })

  test('read-only mounts refuse writes with EROFS; rename across mounts is EXDEV', () => {
    const { c } = setup()
    expect(code(() => c.writeFile('/srv/www/x', 'y'))).toBe('EROFS /srv/www/x')
    expect(code(() => c.remove('/srv/www/index.html'))).toBe('EROFS /srv/www/index.html')
    expect(new FsError('EROFS', '/x').reason).toBe('Read-only file system')
    c.writeFile('/data/f', '1')
    expect(code(() => c.rename('/data/f', '/etc/f'))).toBe('EXDEV /data/f')
    expect(new FsError('EXDEV', '/x').reason).toBe('Invalid cross-device link')
    c.rename('/data/f', '/data/g')
    expect(c.readdir('/data')).toEqual(['g'])
    expect(code(() => c.remove('/data'))).toBe('EBUSY /data')
  })
})

import { describe, expect, it } from 'vitest'
import { run } from '../../shell/test-kit'
import { filevercmp } from './commands/sort-uniq'

const out = async (src: string, files: Record<string, string> = {}) => (await run(src, { files })).stdout

describe('sort -V (GNU version sort, gnulib filevercmp)', () => {
  it('orders numbers inside names by value', async () => {
    expect(await out('printf "1.10\\n1.2\\n1.9\\n" | sort -V')).toBe('1.2\n1.9\n1.10\n')
    expect(await out('printf "a10\\na2\\na1\\n" | sort -V')).toBe('a1\na2\na10\n')
    expect(await out('printf "x-10.sh\\nx-9.sh\\n" | sort; printf "x-10.sh\\nx-9.sh\\n" | sort --version-sort')).toBe('x-10.sh\nx-9.sh\nx-9.sh\nx-10.sh\n')
  })
  it('puts a ~ pre-release before the release, hidden names first, file suffixes last', async () => {
    expect(await out('printf "1.0\\n1.0~rc1\\n" | sort -V')).toBe('1.0~rc1\n1.0\n')
    expect(await out('printf "b\\n.a\\na\\n" | sort -V')).toBe('.a\na\nb\n')
    expect(await out('printf "pkg-1.10.tar.gz\\npkg-1.9.tar.gz\\npkg-1.9.zip\\n" | sort -V')).toBe('pkg-1.9.tar.gz\npkg-1.9.zip\npkg-1.10.tar.gz\n')
    expect(await out('printf "1.2\\n1.10\\n" | sort -rV')).toBe('1.10\n1.2\n')
  })
  it('compares like gnulib for leading zeros and empty strings', () => {
    expect(filevercmp('', 'a')).toBeLessThan(0)
    expect(filevercmp('.', '..')).toBeLessThan(0)
    expect(filevercmp('a01', 'a1')).toBe(0)
    expect(filevercmp('a1b', 'a1a')).toBeGreaterThan(0)
  })
  it('sorts the nginx entrypoint scripts in their numbered order', async () => {
    const list = ['/d/30-tune-worker-processes.sh', '/d/15-local-resolvers.envsh', '/d/20-envsubst-on-templates.sh', '/d/10-listen-on-ipv6-by-default.sh']
    expect(await out(`printf '%s\\n' ${list.join(' ')} | sort -V`)).toBe([...list].sort().join('\n') + '\n')
  })
})

describe('find -follow / -L', () => {
  const tree = 'mkdir -p /d /real; echo x > /real/f; ln -s /real /d/link; echo y > /d/g; ln -s /d/g /d/alias; ln -s /nowhere /d/broken'
  it('without it, symbolic links are reported as links and not descended', async () => {
    expect(await out(`${tree}; find /d -type f | sort; echo --; find /d -type l -print | sort`)).toBe('/d/g\n--\n/d/alias\n/d/broken\n/d/link\n')
  })
  it('-follow (anywhere) and -L (before the paths) dereference links; a broken link stays a link', async () => {
    expect(await out(`${tree}; find /d/ -follow -type f -print | sort`)).toBe('/d/alias\n/d/g\n/d/link/f\n')
    expect(await out(`${tree}; find -L /d -type f | sort; echo --; find -L /d -type l`)).toBe('/d/alias\n/d/g\n/d/link/f\n--\n/d/broken\n')
  })
  it('reports a directory loop instead of recursing for ever', async () => {
    const r = await run('mkdir -p /l/a; ln -s /l /l/a/up; find -L /l -type d')
    expect(r.stdout).toBe('/l\n/l/a\n')
    expect(r.stderr).toBe("find: File system loop detected; '/l/a/up' is part of the same file system loop as '/l'.\n")
    expect(r.status).toBe(1)
  })
})

import { describe, expect, it } from 'vitest'
import { run } from '../../shell/test-kit'

const files = { '/d/b.txt': 'hello\n', '/d/a.sh': '#!/bin/sh\n', '/d/.hidden': '', '/d/dir/x': '' }

describe('ls', () => {
  it('lists one per line to a pipe, hiding dotfiles', async () => {
    expect((await run('ls /d', { files })).stdout).toBe('a.sh\nb.txt\ndir\n')
  })
  it('-a shows . and ..; -A only the dotfiles', async () => {
    expect((await run('ls -a /d; ls -A /d', { files })).stdout).toBe('.\n..\n.hidden\na.sh\nb.txt\ndir\n.hidden\na.sh\nb.txt\ndir\n')
  })
  it('reports a missing operand with exit 2', async () => {
    const r = await run('ls /nope')
    expect(r.stderr).toBe("ls: cannot access '/nope': No such file or directory\n")
    expect(r.status).toBe(2)
  })
  it('long format: mode, links, owner, size, date, total', async () => {
    const r = await run('chmod 755 /d/a.sh; ls -l /d', { files })
    expect(r.stdout).toBe(
      'total 12\n' +
        '-rwxr-xr-x 1 root root   10 Jul 16 04:36 a.sh\n' +
        '-rw-r--r-- 1 root root    6 Jul 16 04:36 b.txt\n' +
        'drwxr-xr-x 2 root root 4096 Jul 16 04:36 dir\n',
    )
  })
  it('-d lists the directory itself; -h uses human sizes', async () => {
    expect((await run('ls -ld /tmp; ls -lh /bin/ls', { files })).stdout).toBe('drwxrwxrwt 2 root root 4096 Jul 16 03:36 /tmp\n-rwxr-xr-x 1 root root 123K Jul 16 03:36 /bin/ls\n')
  })
  it('prints columns to a terminal', async () => {
    const r = await run('ls /d', { files, tty: true, columns: 20 })
    expect(r.stdout).toBe('a.sh  b.txt  dir\n')
  })
  it('headers each directory with several operands and -R', async () => {
    expect((await run('cd /d; ls -R', { files })).stdout).toBe('.:\na.sh\nb.txt\ndir\n\n./dir:\nx\n')
  })
})

import { describe, expect, it } from 'vitest'
import { run } from '../../shell/test-kit'

const out = async (src: string) => (await run(src)).stdout

describe('system and file commands', () => {
  it('date: default format, +FORMAT, -I and -d @N', async () => {
    expect(await out("date; date -u +'%Y-%m-%d %H:%M:%S %a %j'; date -I; date -d @0 +%F")).toBe('Tue Jul 16 04:36:32 UTC 2024\n2024-07-16 04:36:32 Tue 198\n2024-07-16\n1970-01-01\n')
  })
  it('env -i, NAME=V cmd, and printenv exit status', async () => {
    expect(await out('env -i A=1 /bin/env; env B=2 printenv B; printenv NOPE; echo $?')).toBe('A=1\n2\n1\n')
  })
  it('uname, hostname, whoami, id', async () => {
    expect(await out('uname; uname -a; hostname; whoami; id')).toBe(
      'Linux\nLinux a1b2c3d4e5f6 6.8.0-45-generic #45-Ubuntu SMP PREEMPT_DYNAMIC Fri Aug 30 12:02:04 UTC 2024 x86_64 GNU/Linux\na1b2c3d4e5f6\nroot\nuid=0(root) gid=0(root) groups=0(root)\n',
    )
  })
  it('mkdir -p, rmdir, rm -r and their errors', async () => {
    const r = await run('mkdir /a; mkdir /a; mkdir -p /a/b/c; rm /a; rmdir /a; rm -r /a; ls /a; rm /nope; rm -f /nope')
    expect(r.stderr).toBe(
      "mkdir: cannot create directory '/a': File exists\nrm: cannot remove '/a': Is a directory\nrmdir: failed to remove '/a': Directory not empty\nls: cannot access '/a': No such file or directory\nrm: cannot remove '/nope': No such file or directory\n",
    )
  })
  it('cp, mv, ln -s, touch, chmod', async () => {
    expect(await out('echo x > /tmp/a; cp /tmp/a /tmp/b; mv /tmp/b /root; ln -s /tmp/a /tmp/l; touch /tmp/e; chmod u+x /tmp/e; ls /root; cat /tmp/l; ls -l /tmp/e | cut -c1-10; cp -r /etc /tmp/etc2; ls /tmp/etc2')).toBe('b\nx\n-rwxr--r--\ngroup\npasswd\n')
  })
  it('find by name, type and depth', async () => {
    expect(await out("mkdir -p /f/s; touch /f/a.txt /f/s/b.txt; find /f -name '*.txt'; find /f -type d; find /f -maxdepth 1 -type f")).toBe('/f/a.txt\n/f/s/b.txt\n/f\n/f/s\n/f/a.txt\n')
  })
  it('sleep advances the clock; basename, dirname, which, test program', async () => {
    expect(await out('sleep 2; date +%S; basename /a/b.txt .txt; dirname /a/b/; which ls nope; echo $?; /bin/test 3 -lt 4 && echo lt')).toBe('34\nb\n/a\n/bin/ls\n1\nlt\n')
  })
  it('ps lists processes', async () => {
    expect(await out('ps -ef | head -n 2')).toBe('UID          PID    PPID  C STIME TTY          TIME CMD\nroot           1       0  0 04:35 pts/0    00:00:00 bash\n')
  })
  it('clear writes the terminal reset sequence', async () => {
    expect(await out('clear')).toBe('\x1b[H\x1b[2J\x1b[3J')
  })
})

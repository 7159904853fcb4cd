import { layer, lines, step, DEFAULT_PATH } from './files'
import type { CatalogImage } from './types'

/** busybox:1.37.0 (glibc) as of library commit `64f37b2ac2` (2025-12-12); oci-import, no os-release. */
const CREATED = '2025-12-11T19:40:18Z'

const APPLETS = [
  '[', '[[', 'ash', 'awk', 'basename', 'cat', 'chmod', 'clear', 'cp', 'cut', 'date', 'df', 'dirname', 'du', 'echo',
  'env', 'false', 'find', 'grep', 'head', 'hostname', 'id', 'kill', 'ln', 'ls', 'mkdir', 'more', 'mv', 'nl', 'ping',
  'printenv', 'ps', 'pwd', 'rm', 'sed', 'seq', 'sh', 'sleep', 'sort', 'stat', 'tac', 'tail', 'tee', 'test', 'top',
  'touch', 'tr', 'true', 'uname', 'uniq', 'vi', 'wc', 'wget', 'which', 'whoami', 'xargs', 'yes',
]

const rootfs = layer('busybox-1.37.0-glibc-20251211', CREATED, { compressed: 2_211_507, size: 4_421_246 }, (b) => {
  b.dirs('/dev', '/etc', '/home', '/lib', '/lib64', '/usr/sbin', '/var/spool/mail', '/var/www')
  b.dir('/root', 0o700).dir('/tmp', 0o1777)
  b.exe('/bin/busybox', 'busybox', 1_146_008)
  for (const a of APPLETS) b.link(`/bin/${a}`, '/bin/busybox')
  b.file('/etc/passwd', lines(
    'root:x:0:0:root:/root:/bin/sh',
    'daemon:x:1:1:daemon:/usr/sbin:/bin/false',
    'bin:x:2:2:bin:/bin:/bin/false',
    'sys:x:3:3:sys:/dev:/bin/false',
    'sync:x:4:100:sync:/bin:/bin/sync',
    'mail:x:8:8:mail:/var/spool/mail:/bin/false',
    'www-data:x:33:33:www-data:/var/www:/bin/false',
    'operator:x:37:37:Operator:/var:/bin/false',
    'nobody:x:65534:65534:nobody:/home:/bin/false',
  ))
  b.file('/etc/group', lines(
    ...'root:0 daemon:1 bin:2 sys:3 adm:4 tty:5 disk:6 lp:7 mail:8 kmem:9 wheel:10:root cdrom:11 dialout:18 floppy:19 video:28 audio:29 tape:32 www-data:33 operator:37 utmp:43 plugdev:46 staff:50 lock:54 netdev:82 users:100 nobody:65534'
      .split(' ')
      .map((g) => {
        const [name, gid, members = ''] = g.split(':')
        return `${name}:x:${gid}:${members}`
      }),
  ))
  b.file('/etc/nsswitch.conf', lines('hosts:     files dns', 'networks:  files'))
  b.file('/etc/localtime', 'TZif2\n')
  b.blob('/lib/libc.so.6', 1_922_136)
  b.blob('/lib64/ld-linux-x86-64.so.2', 236_616)
})

export const BUSYBOX_IMAGES: CatalogImage[] = [
  {
    repository: 'library/busybox',
    tags: ['latest', '1', '1.37', '1.37.0', 'unstable', 'glibc', '1-glibc', '1.37-glibc', '1.37.0-glibc'],
    created: CREATED,
    architecture: 'amd64',
    os: 'linux',
    config: { Env: [DEFAULT_PATH], Cmd: ['sh'] },
    layers: [rootfs],
    history: [step(CREATED, 'BusyBox 1.37.0 (glibc), Debian 13', '')],
    size: 4_421_246,
  },
]

import type { LayerBuilder } from './files'
import { lines } from './files'

export const ALPINE_PASSWD = lines(
  'root:x:0:0:root:/root:/bin/sh',
  'bin:x:1:1:bin:/bin:/sbin/nologin',
  'daemon:x:2:2:daemon:/sbin:/sbin/nologin',
  'lp:x:4:7:lp:/var/spool/lpd:/sbin/nologin',
  'sync:x:5:0:sync:/sbin:/bin/sync',
  'shutdown:x:6:0:shutdown:/sbin:/sbin/shutdown',
  'halt:x:7:0:halt:/sbin:/sbin/halt',
  'mail:x:8:12:mail:/var/mail:/sbin/nologin',
  'news:x:9:13:news:/usr/lib/news:/sbin/nologin',
  'uucp:x:10:14:uucp:/var/spool/uucppublic:/sbin/nologin',
  'cron:x:16:16:cron:/var/spool/cron:/sbin/nologin',
  'ftp:x:21:21::/var/lib/ftp:/sbin/nologin',
  'sshd:x:22:22:sshd:/dev/null:/sbin/nologin',
  'games:x:35:35:games:/usr/games:/sbin/nologin',
  'ntp:x:123:123:NTP:/var/empty:/sbin/nologin',
  'guest:x:405:100:guest:/dev/null:/sbin/nologin',
  'nobody:x:65534:65534:nobody:/:/sbin/nologin',
)

export const ALPINE_GROUP = lines(
  'root:x:0:root', 'bin:x:1:root,bin,daemon', 'daemon:x:2:root,bin,daemon', 'sys:x:3:root,bin', 'adm:x:4:root,daemon',
  'tty:x:5:', 'disk:x:6:root', 'lp:x:7:lp', 'kmem:x:9:', 'wheel:x:10:root', 'floppy:x:11:root', 'mail:x:12:mail',
  'news:x:13:news', 'uucp:x:14:uucp', 'cron:x:16:cron', 'audio:x:18:', 'cdrom:x:19:', 'dialout:x:20:root', 'ftp:x:21:',
  'sshd:x:22:', 'input:x:23:', 'tape:x:26:root', 'video:x:27:root', 'netdev:x:28:', 'kvm:x:34:kvm', 'games:x:35:',
  'shadow:x:42:', 'www-data:x:82:', 'users:x:100:games', 'ntp:x:123:', 'abuild:x:300:', 'utmp:x:406:', 'ping:x:999:',
  'nogroup:x:65533:', 'nobody:x:65534:',
)

/** BusyBox applets and where Alpine installs their links. */
const APPLETS: Record<string, string[]> = {
  '/bin': ['ash', 'sh', 'ls', 'cat', 'echo', 'date', 'hostname', 'sleep', 'true', 'false', 'grep', 'sed', 'mkdir', 'rm', 'cp', 'mv', 'touch', 'chmod', 'ln', 'uname', 'ps', 'pwd', 'stat', 'df', 'kill', 'vi', 'more', 'ping'],
  '/usr/bin': ['env', 'printenv', 'wc', 'head', 'tail', 'sort', 'id', 'whoami', 'find', 'which', 'clear', 'tr', 'cut', 'tee', 'xargs', 'basename', 'dirname', 'test', '[', 'seq', 'yes', 'du', 'uniq', 'tac', 'nl', 'wget', 'awk', 'top', 'less'],
}

export interface AlpineOptions {
  version: string // "3.23.2"
  busyboxSize: number
}

export function alpineOsRelease(version: string): string {
  const minor = version.split('.').slice(0, 2).join('.')
  return lines(
    'NAME="Alpine Linux"',
    'ID=alpine',
    `VERSION_ID=${version}`,
    `PRETTY_NAME="Alpine Linux v${minor}"`,
    'HOME_URL="https://alpinelinux.org/"',
    'BUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"',
  )
}

/** The Alpine minirootfs: busybox applets as links to /bin/busybox, apk, the usual /etc files. */
export function fillAlpine(b: LayerBuilder, o: AlpineOptions): void {
  b.dirs('/dev', '/etc', '/home', '/lib', '/media', '/mnt', '/opt', '/proc', '/run', '/sbin', '/srv', '/sys')
  b.dir('/root', 0o700).dir('/tmp', 0o1777).dir('/var/tmp', 0o1777)
  b.dirs('/usr/local/bin', '/usr/sbin', '/usr/lib', '/var/cache/apk', '/var/log', '/etc/apk')
  b.file('/usr/lib/os-release', alpineOsRelease(o.version))
  b.link('/etc/os-release', '../usr/lib/os-release')
  b.file('/etc/alpine-release', `${o.version}\n`)
  b.file('/etc/passwd', ALPINE_PASSWD).file('/etc/group', ALPINE_GROUP)
  b.file('/etc/shadow', '', 0o640, 0, 42)
  b.file('/etc/shells', lines('# valid login shells', '/bin/sh', '/bin/ash'))
  b.file('/etc/profile', lines('export PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"', '', "export PAGER=less", "PS1='\\h:\\w\\$ '", 'umask 022'))
  b.file('/etc/motd', lines('Welcome to Alpine!', '', 'The Alpine Wiki contains a large amount of how-to guides and general', 'information about administrating Alpine systems.', 'See <https://wiki.alpinelinux.org/>.', '', 'You can setup the system with the command: setup-alpine', '', 'You may change this message by editing /etc/motd.', ''))
  const minor = o.version.split('.').slice(0, 2).join('.')
  b.file('/etc/apk/repositories', lines(`https://dl-cdn.alpinelinux.org/alpine/v${minor}/main`, `https://dl-cdn.alpinelinux.org/alpine/v${minor}/community`))
  b.exe('/bin/busybox', 'busybox', o.busyboxSize)
  for (const [dir, names] of Object.entries(APPLETS)) for (const n of names) b.link(`${dir}/${n}`, '/bin/busybox')
  b.exe('/sbin/apk', 'apk', 72_160)
  b.blob('/lib/ld-musl-x86_64.so.1', 663_928)
}

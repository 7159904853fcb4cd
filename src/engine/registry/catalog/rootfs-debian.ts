import type { LayerBuilder } from './files'
import { lines } from './files'

/** Debian's base-passwd users (as in the debuerreotype rootfs). */
export const DEBIAN_PASSWD = lines(
  'root:x:0:0:root:/root:/bin/bash',
  'daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin',
  'bin:x:2:2:bin:/bin:/usr/sbin/nologin',
  'sys:x:3:3:sys:/dev:/usr/sbin/nologin',
  'sync:x:4:65534:sync:/bin:/bin/sync',
  'games:x:5:60:games:/usr/games:/usr/sbin/nologin',
  'man:x:6:12:man:/var/cache/man:/usr/sbin/nologin',
  'lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin',
  'mail:x:8:8:mail:/var/mail:/usr/sbin/nologin',
  'news:x:9:9:news:/var/spool/news:/usr/sbin/nologin',
  'uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin',
  'proxy:x:13:13:proxy:/bin:/usr/sbin/nologin',
  'www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin',
  'backup:x:34:34:backup:/var/backups:/usr/sbin/nologin',
  'list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin',
  'irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin',
  '_apt:x:42:65534::/nonexistent:/usr/sbin/nologin',
  'nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin',
)

export const DEBIAN_GROUP = lines(
  ...'root:0 daemon:1 bin:2 sys:3 adm:4 tty:5 disk:6 lp:7 mail:8 news:9 uucp:10 man:12 proxy:13 kmem:15 dialout:20 fax:21 voice:22 cdrom:24 floppy:25 tape:26 sudo:27 audio:29 dip:30 www-data:33 backup:34 operator:37 list:38 irc:39 src:40 shadow:42 utmp:43 video:44 sasl:45 plugdev:46 staff:50 games:60 users:100 nogroup:65534'
    .split(' ')
    .map((g) => g.replace(':', ':x:') + ':'),
)

/** GNU coreutils and friends in /usr/bin, with the sizes of their amd64 binaries. */
const GNU_TOOLS: Record<string, number> = {
  ls: 151_344, cat: 44_016, echo: 35_208, date: 108_920, env: 48_128, printenv: 35_208,
  hostname: 22_760, sleep: 35_336, true: 27_016, false: 27_016, grep: 186_960, sed: 122_224,
  wc: 48_232, head: 43_952, tail: 64_784, sort: 113_512, uname: 35_208, id: 48_120,
  whoami: 35_208, mkdir: 72_176, rm: 60_408, cp: 137_472, mv: 133_416, touch: 96_584,
  chmod: 60_328, ln: 68_520, find: 224_848, which: 1_073, clear: 14_568, tr: 48_272, cut: 48_232,
  tee: 39_176, xargs: 68_544, basename: 35_208, dirname: 35_176, pwd: 39_304, test: 43_320,
  '[': 47_416, seq: 48_192, yes: 35_176, stat: 88_424, df: 97_696, du: 101_920, uniq: 43_992,
  tac: 39_248, nl: 43_928, dpkg: 309_328, 'apt-get': 18_952, apt: 18_832,
}

export interface DebianLikeOptions {
  osRelease: string
  /** /etc/debian_version contents (Ubuntu's base-files writes a Debian codename there). */
  debianVersion: string
  passwd: string
  group: string
  bashSize: number
  dashSize: number
  /** Debian ≥ 12 and Ubuntu ≥ 22.04 images have merged /usr (/bin → usr/bin). */
  mergedUsr: boolean
  /** Slim images drop documentation but keep the same programs. */
  slim?: boolean
  issue?: string
}

/** The files a learner looks at in a Debian or Ubuntu root filesystem layer. */
export function fillDebianLike(b: LayerBuilder, o: DebianLikeOptions): void {
  const bin = o.mergedUsr ? '/usr/bin' : '/bin'
  if (o.mergedUsr) {
    b.link('/bin', 'usr/bin').link('/sbin', 'usr/sbin').link('/lib', 'usr/lib').link('/lib64', 'usr/lib64')
  }
  b.dirs('/boot', '/dev', '/etc', '/home', '/media', '/mnt', '/opt', '/proc', '/run', '/srv', '/sys')
  b.dir('/root', 0o700).dir('/tmp', 0o1777).dir('/var/tmp', 0o1777)
  b.dirs('/usr/local/bin', '/usr/local/sbin', '/usr/local/lib', '/usr/sbin', '/usr/lib', '/var/lib/apt/lists', '/var/log', '/var/cache')
  if (!o.slim) b.dirs('/usr/share/doc', '/usr/share/man')
  b.file('/usr/lib/os-release', o.osRelease)
  b.link('/etc/os-release', '../usr/lib/os-release')
  b.file('/etc/debian_version', o.debianVersion)
  b.file('/etc/passwd', o.passwd).file('/etc/group', o.group)
  b.file('/etc/shadow', '', 0o640, 0, 42)
  b.file('/etc/shells', lines('# /etc/shells: valid login shells', '/bin/sh', '/usr/bin/sh', '/bin/bash', '/usr/bin/bash', '/bin/dash', '/usr/bin/dash'))
  b.file('/etc/issue', o.issue ?? 'Debian GNU/Linux \\n \\l\n\n')
  b.file('/root/.bashrc', lines('# ~/.bashrc: executed by bash(1) for non-login shells.', "# export LS_OPTIONS='--color=auto'"))
  b.file('/root/.profile', lines('# ~/.profile: executed by Bourne-compatible login shells.', 'if [ "$BASH" ]; then', '  if [ -f ~/.bashrc ]; then', '    . ~/.bashrc', '  fi', 'fi', 'mesg n 2> /dev/null || true'))
  b.exe(`${bin}/bash`, 'bash', o.bashSize).exe(`${bin}/dash`, 'dash', o.dashSize).link(`${bin}/sh`, 'dash')
  b.exes(bin, GNU_TOOLS)
  b.link(`${bin}/rbash`, 'bash')
}

/** Files the buildpack-deps `-curl` step adds. */
export function fillCurlTools(b: LayerBuilder): void {
  b.exe('/usr/bin/curl', 'curl', 309_112).exe('/usr/bin/wget', 'wget', 514_456)
  b.exe('/usr/bin/gpg', 'gpg', 1_182_856)
  b.dirs('/etc/ssl/certs', '/usr/share/ca-certificates/mozilla')
  b.file('/etc/ssl/certs/ca-certificates.crt', '# (certificate bundle elided)\n')
}

/** Files the buildpack-deps `-scm` step adds (procps brings `ps`). */
export function fillScmTools(b: LayerBuilder): void {
  b.exe('/usr/bin/git', 'git', 4_145_728).exe('/usr/bin/ps', 'ps', 154_128).exe('/usr/bin/ssh', 'ssh', 1_022_848)
  b.exe('/usr/bin/svn', 'svn', 293_440).exe('/usr/bin/hg', 'hg', 1_024)
  b.exe('/usr/bin/top', 'top', 129_072)
}

/** Files the full buildpack-deps step adds: the compilers and build tools. */
export function fillBuildTools(b: LayerBuilder, gcc: string): void {
  b.exe('/usr/bin/make', 'make', 256_728).exe(`/usr/bin/gcc-${gcc}`, 'gcc', 1_003_760).link('/usr/bin/gcc', `gcc-${gcc}`)
  b.exe(`/usr/bin/g++-${gcc}`, 'g++', 1_007_856).link('/usr/bin/g++', `g++-${gcc}`).link('/usr/bin/cc', '/etc/alternatives/cc')
  b.link('/etc/alternatives/cc', '/usr/bin/gcc')
  b.exe('/usr/bin/patch', 'patch', 196_432).exe('/usr/bin/unzip', 'unzip', 182_992).exe('/usr/bin/xz', 'xz', 88_264)
  b.exe('/usr/bin/file', 'file', 22_976).exe('/usr/bin/autoconf', 'autoconf', 14_845)
  b.dirs('/usr/include', '/usr/lib/gcc/x86_64-linux-gnu')
}

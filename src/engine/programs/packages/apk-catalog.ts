import { FileList, type PkgFile } from './fs-writer'

/**
 * The offline Alpine repository (main + community of v3.23, late 2025): versions, installed
 * sizes and the dependencies a stock alpine image lacks (musl, busybox, libssl3, zlib and
 * ca-certificates-bundle are in the minirootfs).
 */
export interface ApkPackage {
  name: string
  version: string
  /** Installed size in bytes. */
  size: number
  depends: string[]
  description: string
  files: PkgFile[]
  /** Packages with an install trigger (ca-certificates rebuilds the bundle). */
  trigger?: boolean
}

interface Def {
  v: string
  size: number
  dep?: string[]
  desc: string
  files?: (f: FileList) => void
  trigger?: boolean
}

const DEFS: Record<string, Def> = {
  curl: { v: '8.17.0-r1', size: 257_000, dep: ['ca-certificates', 'libcurl'], desc: 'URL retrival utility and library', files: (f) => f.exe('/usr/bin/curl', 'curl', 255_072) },
  libcurl: { v: '8.17.0-r1', size: 765_000, dep: ['brotli-libs', 'c-ares', 'libidn2', 'libpsl', 'nghttp2-libs', 'nghttp3', 'zstd-libs'], desc: 'The multiprotocol file transfer library' },
  'ca-certificates': { v: '20250911-r0', size: 676_000, desc: 'Common CA certificates PEM files from Mozilla', trigger: true, files: (f) => f.file('/etc/ssl/certs/ca-certificates.crt', '# (certificate bundle elided)\n').dir('/usr/share/ca-certificates/mozilla') },
  'brotli-libs': { v: '1.2.0-r0', size: 972_000, desc: 'Generic lossless compressor (libraries)' },
  'c-ares': { v: '1.34.5-r0', size: 220_000, desc: 'Asynchronous DNS/names resolver library' },
  libunistring: { v: '1.4.1-r0', size: 1_760_000, desc: 'Library for manipulating Unicode strings and C strings' },
  libidn2: { v: '2.3.8-r0', size: 129_000, dep: ['libunistring'], desc: 'Encoding and decoding of internationalized domain names' },
  libpsl: { v: '0.21.5-r3', size: 81_000, desc: 'C library for the Publix Suffix List' },
  'nghttp2-libs': { v: '1.68.0-r0', size: 164_000, desc: 'Experimental HTTP/2 client, server and proxy (libraries)' },
  nghttp3: { v: '1.13.1-r0', size: 150_000, desc: 'HTTP/3 library written in C' },
  'zstd-libs': { v: '1.5.7-r2', size: 678_000, desc: 'Zstandard - Fast real-time compression algorithm (libraries)' },
  pcre2: { v: '10.47-r0', size: 672_000, desc: 'Perl-compatible regular expression library' },
  libexpat: { v: '2.7.3-r0', size: 158_000, desc: 'XML Parser library written in C' },
  wget: { v: '1.25.0-r2', size: 470_000, dep: ['libidn2', 'libpsl', 'pcre2'], desc: 'Network utility to retrieve files from the Web', files: (f) => f.exe('/usr/bin/wget', 'wget', 463_720) },
  git: { v: '2.52.0-r0', size: 13_500_000, dep: ['libcurl', 'libexpat', 'pcre2'], desc: 'Distributed version control system', files: (f) => f.exe('/usr/bin/git', 'git', 3_772_456).dir('/usr/share/git-core/templates') },
  bash: { v: '5.3.3-r1', size: 1_220_000, dep: ['readline'], desc: 'The GNU Bourne Again shell', files: (f) => f.exe('/bin/bash', 'bash', 1_098_840) },
  readline: { v: '8.3.1-r0', size: 263_000, dep: ['libncursesw'], desc: 'GNU readline library' },
  libncursesw: { v: '6.5_p20251123-r0', size: 394_000, dep: ['ncurses-terminfo-base'], desc: 'Console display library (libncursesw)' },
  'ncurses-terminfo-base': { v: '6.5_p20251123-r0', size: 53_000, desc: 'Descriptions of common terminals' },
  nginx: {
    v: '1.28.0-r3', size: 1_340_000, dep: ['pcre2'], desc: 'HTTP and reverse proxy server (stable version)',
    files: (f) => f.exe('/usr/sbin/nginx', 'nginx-pkg', 1_192_320).file('/etc/nginx/nginx.conf', '# /etc/nginx/nginx.conf\nuser nginx;\nworker_processes auto;\nhttp {\n\tinclude /etc/nginx/http.d/*.conf;\n}\n')
      .file('/etc/nginx/http.d/default.conf', '# This is a default site configuration which will simply return 404, preventing\n# chance access to any other virtualhost.\n\nserver {\n\tlisten 80 default_server;\n\tlisten [::]:80 default_server;\n\n\t# Everything is a 404\n\tlocation / {\n\t\treturn 404;\n\t}\n}\n')
      .dir('/var/lib/nginx/html').dir('/var/log/nginx').dir('/run/nginx'),
  },
  python3: {
    v: '3.12.12-r0', size: 26_300_000, dep: ['libbz2', 'libexpat', 'libffi', 'gdbm', 'xz-libs', 'mpdecimal', 'libncursesw', 'readline', 'sqlite-libs'], desc: 'A high-level scripting language',
    files: (f) => f.exe('/usr/bin/python3.12', 'python3', 14_328).link('/usr/bin/python3', 'python3.12').file('/usr/lib/python3.12/os.py', '# (the standard library is elided here)\n'),
  },
  libbz2: { v: '1.0.8-r6', size: 72_000, desc: 'Shared library for bz2' },
  libffi: { v: '3.5.2-r0', size: 47_000, desc: 'portable, high level programming interface to various calling conventions.' },
  gdbm: { v: '1.26-r0', size: 233_000, desc: 'GNU dbm is a set of database routines that use extensible hashing' },
  'xz-libs': { v: '5.8.1-r0', size: 209_000, desc: 'Library and CLI tools for XZ and LZMA compressed files (libraries)' },
  mpdecimal: { v: '4.0.1-r0', size: 264_000, desc: 'complete implementation of the General Decimal Arithmetic Specification' },
  'sqlite-libs': { v: '3.51.1-r0', size: 1_600_000, desc: 'Sqlite3 library' },
  nodejs: { v: '24.11.1-r0', size: 45_800_000, dep: ['ca-certificates', 'icu-libs', 'libuv', 'c-ares', 'brotli-libs', 'nghttp2-libs'], desc: 'JavaScript runtime built on V8 engine - LTS version', files: (f) => f.exe('/usr/bin/node', 'node', 45_120_000) },
  'icu-libs': { v: '76.1-r1', size: 2_100_000, dep: ['icu-data-en'], desc: 'International Components for Unicode library (libraries)' },
  'icu-data-en': { v: '76.1-r1', size: 2_200_000, desc: 'Stripped down ICU data with only en_US/GB locale and no legacy charsets.' },
  libuv: { v: '1.51.0-r0', size: 160_000, desc: 'Cross-platform asychronous I/O' },
  vim: { v: '9.1.1775-r0', size: 3_550_000, dep: ['xxd', 'vim-common'], desc: 'Improved vi-style text editor', files: (f) => f.exe('/usr/bin/vim', 'vim', 3_102_536) },
  xxd: { v: '9.1.1775-r0', size: 19_000, desc: 'Hexdump utility from vim' },
  'vim-common': { v: '9.1.1775-r0', size: 32_600_000, desc: 'Improved vi-style text editor (common files)' },
  nano: { v: '8.6-r0', size: 640_000, dep: ['libncursesw'], desc: 'Enhanced clone of the Pico text editor', files: (f) => f.exe('/usr/bin/nano', 'nano', 263_112) },
  less: { v: '679-r0', size: 200_000, dep: ['libncursesw'], desc: 'File pager', files: (f) => f.exe('/usr/bin/less', 'less', 171_416) },
  'procps-ng': { v: '4.0.5-r0', size: 620_000, dep: ['libproc2', 'libncursesw'], desc: 'Utilities for monitoring your system and processes on your system', files: (f) => f.exe('/usr/bin/ps', 'ps', 91_648).exe('/usr/bin/free', 'free', 22_920).exe('/usr/bin/uptime', 'uptime', 14_440).exe('/usr/bin/top', 'top', 113_784) },
  libproc2: { v: '4.0.5-r0', size: 107_000, desc: 'Library for monitoring system and processes' },
  'iputils-ping': { v: '20250605-r0', size: 68_000, desc: 'Tool to test the reachability of network hosts', files: (f) => f.exe('/bin/ping', 'ping', 67_784) },
  unzip: { v: '6.0-r16', size: 313_000, desc: 'Extract PKZIP-compressed .zip files', files: (f) => f.exe('/usr/bin/unzip', 'unzip', 172_944) },
}

export const APK_ARCHIVE: Map<string, ApkPackage> = new Map(
  Object.entries(DEFS).map(([name, d]) => {
    const f = new FileList()
    d.files?.(f)
    return [name, { name, version: d.v, size: d.size, depends: d.dep ?? [], description: d.desc, files: f.files, trigger: d.trigger }]
  }),
)

/** The minirootfs's own packages (`apk info`), per minor release. */
export function apkBase(minor: string): { name: string; version: string }[] {
  const v3 = minor === '3.23'
  return [
    ['alpine-baselayout', '3.7.1-r8'], ['alpine-baselayout-data', '3.7.1-r8'], ['alpine-keys', '2.6-r0'], [`alpine-release`, `${minor}.0-r0`],
    ['apk-tools', v3 ? '3.0.3-r1' : '2.14.9-r3'], ['busybox', '1.37.0-r29'], ['busybox-binsh', '1.37.0-r29'], ['ca-certificates-bundle', '20250911-r0'],
    ...(v3 ? [['libapk', '3.0.3-r1']] : []), ['libcrypto3', '3.5.4-r0'], ['libssl3', '3.5.4-r0'], ['musl', '1.2.5-r21'], ['musl-utils', '1.2.5-r21'],
    ['scanelf', '1.3.8-r2'], ['ssl_client', '1.37.0-r29'], ['zlib', '1.3.1-r2'],
  ].map(([name, version]) => ({ name: name!, version: version! }))
}

/** Installed bytes of the minirootfs packages ("OK: 8 MiB in 16 packages" on a fresh image). */
export const APK_BASE_BYTES = 8_220_000

import { DEB_NGINX_CONF, DEB_NGINX_DEFAULT_SITE, DEB_NGINX_WELCOME, NGINX_MIME_TYPES } from './deb-files'
import { FileList, type PkgFile } from './fs-writer'

/**
 * The offline apt archive: a few packages learners install, with the versions, sizes and
 * dependencies of Ubuntu noble/jammy and Debian trixie/bookworm (late 2025). Only the
 * dependencies a stock image lacks are listed; the base system (libc6, zlib1g, …) is assumed.
 */
export type Family = 'noble' | 'jammy' | 'trixie' | 'bookworm'

export interface DebPackage {
  name: string
  version: string
  arch: 'amd64' | 'all'
  /** Multi-Arch: same libraries are printed as `name:amd64` by dpkg. */
  qualified: boolean
  section: string
  /** Archive suite/component it is fetched from, e.g. "noble-updates/main". */
  from: string
  size: number
  installedKb: number
  depends: string[]
  recommends: string[]
  suggests: string[]
  description: string
  debconf: boolean
  /** A file whose presence means the image already has the package (buildpack-deps layers). */
  marker?: string
  files: PkgFile[]
  /** Lines the maintainer scripts print after "Setting up …". */
  setup: string
}

interface Def {
  v: Record<Family, string>
  all?: boolean
  lib?: boolean
  section: string
  size: number
  kb: number
  /** Which pocket has the current version ("updates" or "security"); default: the release. */
  pocket?: Partial<Record<Family, 'updates' | 'security'>>
  component?: string
  dep?: string[]
  rec?: string[]
  sug?: string[]
  desc: string
  debconf?: boolean
  marker?: string
  files?: (f: FileList, fam: Family) => void
  setup?: (fam: Family) => string
}

const T64: Family[] = ['noble', 'trixie']
const t64 = (n: string) => (fam: Family) => (T64.includes(fam) ? `${n}t64` : n)
const per = (m: Record<Family, string>) => (fam: Family) => m[fam]
const PY: Record<Family, string> = { noble: '3.12', jammy: '3.10', trixie: '3.13', bookworm: '3.11' }
const PERL: Record<Family, string> = { noble: '5.38', jammy: '5.34', trixie: '5.40', bookworm: '5.36' }

/** Canonical names (used in this file) → each release's real package name. */
const RENAMES: Record<string, (fam: Family) => string> = {
  libcurl4: t64('libcurl4'),
  'libcurl3-gnutls': (f) => (T64.includes(f) ? 'libcurl3t64-gnutls' : 'libcurl3-gnutls'),
  libpsl5: t64('libpsl5'),
  libelf1: t64('libelf1'),
  libatm1: t64('libatm1'),
  libuv1: t64('libuv1'),
  libreadline8: t64('libreadline8'),
  libldap: per({ noble: 'libldap2', jammy: 'libldap-2.5-0', trixie: 'libldap2', bookworm: 'libldap-2.5-0' }),
  libssh: per({ noble: 'libssh-4', jammy: 'libssh-4', trixie: 'libssh2-1t64', bookworm: 'libssh2-1' }),
  libproc: per({ noble: 'libproc2-0', jammy: 'libprocps8', trixie: 'libproc2-0', bookworm: 'libprocps8' }),
  libnode: per({ noble: 'libnode109', jammy: 'libnode72', trixie: 'libnode115', bookworm: 'libnode108' }),
  libicu: per({ noble: 'libicu74', jammy: 'libicu70', trixie: 'libicu76', bookworm: 'libicu72' }),
  'python3.X': (f) => `python${PY[f]}`,
  'python3.X-minimal': (f) => `python${PY[f]}-minimal`,
  'libpython3.X-minimal': (f) => `libpython${PY[f]}-minimal`,
  'libpython3.X-stdlib': (f) => `libpython${PY[f]}-stdlib`,
  'perl-modules': (f) => `perl-modules-${PERL[f]}`,
  libperl: (f) => `libperl${PERL[f]}${f === 'noble' || f === 'trixie' ? 't64' : ''}`,
}

export function realName(canonical: string, fam: Family): string {
  return RENAMES[canonical]?.(fam) ?? canonical
}

const CERTS: Record<Family, number> = { noble: 146, jammy: 140, trixie: 150, bookworm: 142 }
const ALT = (name: string, path: string, link = `/usr/bin/${name}`) => `update-alternatives: using ${path} to provide ${link} (${name}) in auto mode\n`

const DEFS: Record<string, Def> = {
  nginx: {
    v: { noble: '1.24.0-2ubuntu7.5', jammy: '1.18.0-6ubuntu14.7', trixie: '1.26.3-3+deb13u1', bookworm: '1.22.1-9+deb12u3' },
    pocket: { noble: 'updates', jammy: 'updates', trixie: 'security', bookworm: 'security' },
    section: 'httpd', size: 520_870, kb: 1_433, dep: ['nginx-common', 'iproute2'], sug: ['nginx-doc', 'ssl-cert'],
    desc: 'small, powerful, scalable web/proxy server', marker: '/usr/sbin/nginx',
    files: (f) => f.exe('/usr/sbin/nginx', 'nginx-pkg', 1_298_432).dir('/usr/share/nginx/modules'),
    setup: () => 'invoke-rc.d: could not determine current runlevel\ninvoke-rc.d: policy-rc.d denied execution of start.\n',
  },
  'nginx-common': {
    v: { noble: '1.24.0-2ubuntu7.5', jammy: '1.18.0-6ubuntu14.7', trixie: '1.26.3-3+deb13u1', bookworm: '1.22.1-9+deb12u3' },
    pocket: { noble: 'updates', jammy: 'updates', trixie: 'security', bookworm: 'security' },
    all: true, section: 'httpd', size: 43_360, kb: 380, sug: ['fcgiwrap', 'nginx-doc', 'ssl-cert'], debconf: true,
    desc: 'small, powerful, scalable web/proxy server - common files',
    files: (f) => {
      f.file('/etc/nginx/nginx.conf', DEB_NGINX_CONF).file('/etc/nginx/mime.types', NGINX_MIME_TYPES)
      f.file('/etc/nginx/sites-available/default', DEB_NGINX_DEFAULT_SITE)
      f.link('/etc/nginx/sites-enabled/default', '/etc/nginx/sites-available/default')
      f.dir('/etc/nginx/conf.d').dir('/etc/nginx/modules-enabled').dir('/etc/nginx/snippets')
      f.file('/var/www/html/index.nginx-debian.html', DEB_NGINX_WELCOME)
      f.dir('/var/log/nginx', 0o755).dir('/var/lib/nginx')
      f.file('/usr/share/doc/nginx-common/copyright', 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\nUpstream-Name: nginx\n')
    },
  },
  iproute2: {
    v: { noble: '6.1.0-1ubuntu6.2', jammy: '5.15.0-1ubuntu2', trixie: '6.15.0-1', bookworm: '6.1.0-3' },
    pocket: { noble: 'updates' }, section: 'net', size: 1_120_000, kb: 3_500,
    dep: ['libbpf1', 'libelf1', 'libmnl0', 'libxtables12', 'libcap2-bin'], rec: ['libatm1'], sug: ['iproute2-doc'],
    desc: 'networking and traffic control tools', debconf: true,
    files: (f) => f.exe('/usr/sbin/ip', 'ip', 760_736).file('/etc/iproute2/rt_tables', '255\tlocal\n254\tmain\n253\tdefault\n0\tunspec\n'),
  },
  libbpf1: { v: { noble: '1:1.3.0-2build2', jammy: '1:0.5.0-1ubuntu22.04.1', trixie: '1:1.5.0-3', bookworm: '1:1.1.0-1' }, lib: true, section: 'libs', size: 166_000, kb: 470, desc: 'eBPF helper library (shared library)' },
  libelf1: { v: { noble: '0.190-1.1ubuntu0.1', jammy: '0.186-1ubuntu0.1', trixie: '0.192-4', bookworm: '0.188-2.1' }, lib: true, section: 'libs', size: 57_800, kb: 143, desc: 'library to read and write ELF files' },
  libmnl0: { v: { noble: '1.0.5-2build1', jammy: '1.0.4-3build2', trixie: '1.0.5-3', bookworm: '1.0.4-3' }, lib: true, section: 'libs', size: 12_300, kb: 47, desc: 'minimalistic Netlink communication library' },
  libxtables12: { v: { noble: '1.8.10-3ubuntu2', jammy: '1.8.7-1ubuntu5.2', trixie: '1.8.11-2', bookworm: '1.8.9-2' }, lib: true, section: 'libs', size: 35_700, kb: 97, desc: 'netfilter xtables library' },
  'libcap2-bin': { v: { noble: '1:2.66-5ubuntu2.2', jammy: '1:2.44-1ubuntu0.22.04.2', trixie: '1:2.75-10+b1', bookworm: '1:2.66-4+deb12u1' }, section: 'utils', size: 34_400, kb: 131, rec: ['libpam-cap'], desc: 'POSIX 1003.1e capabilities (utilities)' },
  'libpam-cap': { v: { noble: '1:2.66-5ubuntu2.2', jammy: '1:2.44-1ubuntu0.22.04.2', trixie: '1:2.75-10+b1', bookworm: '1:2.66-4+deb12u1' }, lib: true, section: 'admin', size: 12_500, kb: 48, desc: 'POSIX 1003.1e capabilities (PAM module)', debconf: true },
  libatm1: { v: { noble: '1:2.5.1-5.1build1', jammy: '1:2.5.1-4build2', trixie: '1:2.5.1-6', bookworm: '1:2.5.1-4+b2' }, lib: true, section: 'libs', size: 22_800, kb: 75, desc: 'shared library for ATM (Asynchronous Transfer Mode)' },

  curl: {
    v: { noble: '8.5.0-2ubuntu10.6', jammy: '7.81.0-1ubuntu1.21', trixie: '8.14.1-2+deb13u2', bookworm: '7.88.1-10+deb12u14' },
    pocket: { noble: 'updates', jammy: 'updates', trixie: 'security', bookworm: 'security' },
    section: 'web', size: 226_000, kb: 534, dep: ['libcurl4'], rec: ['ca-certificates'],
    desc: 'command line tool for transferring data with URL syntax', marker: '/usr/bin/curl',
    files: (f) => f.exe('/usr/bin/curl', 'curl', 309_112).file('/usr/share/doc/curl/copyright', 'Upstream-Name: curl\n'),
  },
  libcurl4: {
    v: { noble: '8.5.0-2ubuntu10.6', jammy: '7.81.0-1ubuntu1.21', trixie: '8.14.1-2+deb13u2', bookworm: '7.88.1-10+deb12u14' },
    pocket: { noble: 'updates', jammy: 'updates', trixie: 'security', bookworm: 'security' },
    lib: true, section: 'libs', size: 341_000, kb: 936,
    dep: ['libbrotli1', 'libgssapi-krb5-2', 'libldap', 'libnghttp2-14', 'libpsl5', 'librtmp1', 'libssh'],
    desc: 'easy-to-use client-side URL transfer library (OpenSSL flavour)',
  },
  'libcurl3-gnutls': {
    v: { noble: '8.5.0-2ubuntu10.6', jammy: '7.81.0-1ubuntu1.21', trixie: '8.14.1-2+deb13u2', bookworm: '7.88.1-10+deb12u14' },
    pocket: { noble: 'updates', jammy: 'updates', trixie: 'security', bookworm: 'security' },
    lib: true, section: 'libs', size: 334_000, kb: 910, dep: ['libbrotli1', 'libgssapi-krb5-2', 'libldap', 'libnghttp2-14', 'libpsl5', 'librtmp1', 'libssh'],
    desc: 'easy-to-use client-side URL transfer library (GnuTLS flavour)',
  },
  libbrotli1: { v: { noble: '1.1.0-2build2', jammy: '1.0.9-2build6', trixie: '1.1.0-2+b7', bookworm: '1.0.9-2+b6' }, lib: true, section: 'libs', size: 339_000, kb: 838, desc: 'library implementing brotli encoder and decoder (shared libraries)' },
  'libgssapi-krb5-2': { v: { noble: '1.20.1-6ubuntu2.6', jammy: '1.19.2-2ubuntu0.7', trixie: '1.21.3-5', bookworm: '1.20.1-2+deb12u4' }, lib: true, section: 'libs', size: 143_000, kb: 426, dep: ['libk5crypto3', 'libkrb5-3', 'libkrb5support0'], rec: ['krb5-locales'], sug: ['krb5-doc', 'krb5-user'], desc: 'MIT Kerberos runtime libraries - krb5 GSS-API Mechanism' },
  'libkrb5-3': { v: { noble: '1.20.1-6ubuntu2.6', jammy: '1.19.2-2ubuntu0.7', trixie: '1.21.3-5', bookworm: '1.20.1-2+deb12u4' }, lib: true, section: 'libs', size: 348_000, kb: 1_081, dep: ['libk5crypto3', 'libkeyutils1', 'libkrb5support0'], desc: 'MIT Kerberos runtime libraries' },
  libk5crypto3: { v: { noble: '1.20.1-6ubuntu2.6', jammy: '1.19.2-2ubuntu0.7', trixie: '1.21.3-5', bookworm: '1.20.1-2+deb12u4' }, lib: true, section: 'libs', size: 81_900, kb: 274, dep: ['libkrb5support0'], desc: 'MIT Kerberos runtime libraries - Crypto Library' },
  libkrb5support0: { v: { noble: '1.20.1-6ubuntu2.6', jammy: '1.19.2-2ubuntu0.7', trixie: '1.21.3-5', bookworm: '1.20.1-2+deb12u4' }, lib: true, section: 'libs', size: 33_900, kb: 134, desc: 'MIT Kerberos runtime libraries - Support library' },
  libkeyutils1: { v: { noble: '1.6.3-3build1', jammy: '1.6.1-2ubuntu3', trixie: '1.6.3-6', bookworm: '1.6.3-2' }, lib: true, section: 'misc', size: 9_490, kb: 40, desc: 'Linux Key Management Utilities (library)' },
  'krb5-locales': { v: { noble: '1.20.1-6ubuntu2.6', jammy: '1.19.2-2ubuntu0.7', trixie: '1.21.3-5', bookworm: '1.20.1-2+deb12u4' }, all: true, section: 'localization', size: 14_100, kb: 61, desc: 'internationalization support for MIT Kerberos' },
  libldap: { v: { noble: '2.6.7+dfsg-1~exp1ubuntu8.2', jammy: '2.5.19+dfsg-0ubuntu0.22.04.1', trixie: '2.6.10+dfsg-1', bookworm: '2.5.13+dfsg-5' }, lib: true, section: 'libs', size: 195_000, kb: 565, dep: ['libsasl2-2'], rec: ['libldap-common', 'libsasl2-modules'], desc: 'OpenLDAP libraries' },
  'libldap-common': { v: { noble: '2.6.7+dfsg-1~exp1ubuntu8.2', jammy: '2.5.19+dfsg-0ubuntu0.22.04.1', trixie: '2.6.10+dfsg-1', bookworm: '2.5.13+dfsg-5' }, all: true, section: 'libs', size: 31_700, kb: 113, desc: 'OpenLDAP common files for libraries' },
  'libsasl2-2': { v: { noble: '2.1.28+dfsg1-5ubuntu3.1', jammy: '2.1.27+dfsg2-3ubuntu1.2', trixie: '2.1.28+dfsg1-9', bookworm: '2.1.28+dfsg-10' }, lib: true, section: 'libs', size: 53_800, kb: 165, dep: ['libsasl2-modules-db'], desc: 'Cyrus SASL - authentication abstraction library' },
  'libsasl2-modules-db': { v: { noble: '2.1.28+dfsg1-5ubuntu3.1', jammy: '2.1.27+dfsg2-3ubuntu1.2', trixie: '2.1.28+dfsg1-9', bookworm: '2.1.28+dfsg-10' }, lib: true, section: 'libs', size: 20_300, kb: 97, desc: 'Cyrus SASL - pluggable authentication modules (DB)' },
  'libsasl2-modules': { v: { noble: '2.1.28+dfsg1-5ubuntu3.1', jammy: '2.1.27+dfsg2-3ubuntu1.2', trixie: '2.1.28+dfsg1-9', bookworm: '2.1.28+dfsg-10' }, lib: true, section: 'devel', size: 69_900, kb: 322, sug: ['libsasl2-modules-gssapi-mit', 'libsasl2-modules-ldap', 'libsasl2-modules-otp', 'libsasl2-modules-sql'], desc: 'Cyrus SASL - pluggable authentication modules' },
  'libnghttp2-14': { v: { noble: '1.59.0-1ubuntu0.2', jammy: '1.43.0-1ubuntu0.2', trixie: '1.64.0-1.1', bookworm: '1.52.0-1+deb12u2' }, lib: true, section: 'libs', size: 74_300, kb: 221, desc: 'library implementing HTTP/2 protocol (shared library)' },
  libpsl5: { v: { noble: '0.21.2-1.1build1', jammy: '0.21.0-1.2build2', trixie: '0.21.2-1.1+b1', bookworm: '0.21.2-1' }, lib: true, section: 'libs', size: 57_100, kb: 101, rec: ['publicsuffix'], desc: 'Library for Public Suffix List (shared libraries)' },
  publicsuffix: { v: { noble: '20231001.0357-0.1', jammy: '20211207.1025-1', trixie: '20250328.1952-0.1', bookworm: '20230209.2326-1' }, all: true, section: 'net', size: 129_000, kb: 320, desc: 'accurate, machine-readable list of domain name suffixes' },
  librtmp1: { v: { noble: '2.4+20151223.gitfa8646d.1-2build7', jammy: '2.4+20151223.gitfa8646d.1-2build4', trixie: '2.4+20151223.gitfa8646d.1-2+b5', bookworm: '2.4+20151223.gitfa8646d.1-2+b2' }, lib: true, section: 'libs', size: 56_300, kb: 152, desc: 'toolkit for RTMP streams (shared library)' },
  libssh: { v: { noble: '0.10.6-2ubuntu0.1', jammy: '0.9.6-2ubuntu0.22.04.4', trixie: '1.11.1-1', bookworm: '1.10.0-3+b1' }, lib: true, section: 'libs', size: 188_000, kb: 557, desc: 'SSH client library' },
  'ca-certificates': {
    v: { noble: '20240203', jammy: '20240203~22.04.1', trixie: '20250419', bookworm: '20230311+deb12u1' },
    all: true, section: 'misc', size: 159_000, kb: 382, dep: ['openssl'], debconf: true, marker: '/etc/ssl/certs/ca-certificates.crt',
    desc: 'Common CA certificates',
    files: (f) => f.dir('/usr/share/ca-certificates/mozilla').file('/etc/ca-certificates.conf', '# Mozilla CA bundle, one certificate per line\nmozilla/ISRG_Root_X1.crt\n').file('/etc/ssl/certs/ca-certificates.crt', '# (certificate bundle elided)\n'),
    setup: (fam) => `Updating certificates in /etc/ssl/certs...\n${CERTS[fam]} added, 0 removed; done.\n`,
  },
  openssl: {
    v: { noble: '3.0.13-0ubuntu3.6', jammy: '3.0.2-0ubuntu1.20', trixie: '3.5.1-1+deb13u1', bookworm: '3.0.17-1~deb12u3' },
    pocket: { noble: 'updates', jammy: 'updates', trixie: 'security', bookworm: 'security' },
    section: 'utils', size: 1_002_000, kb: 2_169, sug: ['openssl-doc'], desc: 'Secure Sockets Layer toolkit - cryptographic utility', marker: '/usr/bin/openssl',
    files: (f) => f.exe('/usr/bin/openssl', 'openssl', 1_004_544).file('/usr/lib/ssl/openssl.cnf', '# OpenSSL configuration (elided)\n'),
  },
  wget: {
    v: { noble: '1.21.4-1ubuntu4.1', jammy: '1.21.2-2ubuntu1.1', trixie: '1.25.0-2', bookworm: '1.21.3-1+deb12u1' },
    section: 'web', size: 334_000, kb: 964, dep: ['libpsl5'], rec: ['ca-certificates'], desc: 'retrieves files from the web', marker: '/usr/bin/wget',
    files: (f) => f.exe('/usr/bin/wget', 'wget', 514_456).file('/etc/wgetrc', '# wgetrc: global settings for wget (all commented out)\n'),
  },
  git: {
    v: { noble: '1:2.43.0-1ubuntu7.3', jammy: '1:2.34.1-1ubuntu1.15', trixie: '1:2.47.3-0+deb13u1', bookworm: '1:2.39.5-0+deb12u2' },
    pocket: { noble: 'updates', jammy: 'updates', trixie: 'security', bookworm: 'security' },
    section: 'vcs', size: 3_679_000, kb: 22_917, dep: ['git-man', 'liberror-perl', 'libcurl3-gnutls', 'libexpat1', 'perl'], rec: ['ca-certificates', 'less'],
    sug: ['gettext-base', 'git-daemon-run', 'git-doc', 'git-email', 'git-gui', 'gitk', 'gitweb', 'git-cvs', 'git-mediawiki', 'git-svn'],
    desc: 'fast, scalable, distributed revision control system', marker: '/usr/bin/git',
    files: (f) => f.exe('/usr/bin/git', 'git', 4_145_728).dir('/usr/share/git-core/templates'),
  },
  'git-man': { v: { noble: '1:2.43.0-1ubuntu7.3', jammy: '1:2.34.1-1ubuntu1.15', trixie: '1:2.47.3-0+deb13u1', bookworm: '1:2.39.5-0+deb12u2' }, pocket: { noble: 'updates', jammy: 'updates', trixie: 'security', bookworm: 'security' }, all: true, section: 'doc', size: 1_100_000, kb: 2_100, desc: 'fast, scalable, distributed revision control system (manual pages)' },
  'liberror-perl': { v: { noble: '0.17029-2', jammy: '0.17029-1', trixie: '0.17030-1', bookworm: '0.17029-2' }, all: true, section: 'perl', size: 25_600, kb: 78, dep: ['perl'], desc: 'Perl module for error/exception handling in an OO-ish way' },
  libexpat1: { v: { noble: '2.6.1-2ubuntu0.3', jammy: '2.4.7-1ubuntu0.6', trixie: '2.7.1-2', bookworm: '2.5.0-1+deb12u2' }, lib: true, section: 'libs', size: 88_000, kb: 292, desc: 'XML parsing C library - runtime library' },
  perl: { v: { noble: '5.38.2-3.2ubuntu0.2', jammy: '5.34.0-3ubuntu1.5', trixie: '5.40.1-6', bookworm: '5.36.0-7+deb12u3' }, section: 'perl', size: 231_000, kb: 720, dep: ['perl-modules', 'libperl'], desc: 'Larry Wall\'s Practical Extraction and Report Language', marker: '/usr/bin/perl', files: (f) => f.exe('/usr/bin/perl', 'perl', 3_926_296) },
  'perl-modules': { v: { noble: '5.38.2-3.2ubuntu0.2', jammy: '5.34.0-3ubuntu1.5', trixie: '5.40.1-6', bookworm: '5.36.0-7+deb12u3' }, all: true, section: 'perl', size: 3_110_000, kb: 17_800, desc: 'Core Perl modules' },
  libperl: { v: { noble: '5.38.2-3.2ubuntu0.2', jammy: '5.34.0-3ubuntu1.5', trixie: '5.40.1-6', bookworm: '5.36.0-7+deb12u3' }, lib: true, section: 'libs', size: 4_870_000, kb: 28_300, desc: 'shared Perl library' },

  python3: {
    v: { noble: '3.12.3-0ubuntu2.1', jammy: '3.10.6-1~22.04.1', trixie: '3.13.5-1', bookworm: '3.11.2-1+b1' },
    section: 'python', size: 23_000, kb: 92, dep: ['python3-minimal', 'python3.X', 'libpython3-stdlib'], sug: ['python3-doc', 'python3-tk', 'python3-venv'],
    desc: 'interactive high-level object-oriented language (default python3 version)', marker: '/usr/bin/python3',
    files: (f, fam) => f.link('/usr/bin/python3', `python${PY[fam]}`).link('/usr/bin/pydoc3', `pydoc${PY[fam]}`),
  },
  'python3-minimal': { v: { noble: '3.12.3-0ubuntu2.1', jammy: '3.10.6-1~22.04.1', trixie: '3.13.5-1', bookworm: '3.11.2-1+b1' }, section: 'python', size: 27_400, kb: 124, dep: ['python3.X-minimal'], desc: 'minimal subset of the Python language (default python3 version)' },
  libpython3_stdlib: { v: { noble: '3.12.3-0ubuntu2.1', jammy: '3.10.6-1~22.04.1', trixie: '3.13.5-1', bookworm: '3.11.2-1+b1' }, section: 'python', size: 9_880, kb: 26, dep: ['libpython3.X-stdlib'], desc: 'interactive high-level object-oriented language (default python3 version)' },
  'python3.X': { v: { noble: '3.12.3-1ubuntu0.8', jammy: '3.10.12-1~22.04.11', trixie: '3.13.5-2', bookworm: '3.11.2-6+deb12u6' }, section: 'python', size: 651_000, kb: 664, dep: ['python3.X-minimal', 'libpython3.X-stdlib', 'media-types'], rec: ['tzdata'], desc: 'Interactive high-level object-oriented language', files: (f, fam) => f.link(`/usr/bin/pydoc${PY[fam]}`, `python${PY[fam]}`) },
  'python3.X-minimal': { v: { noble: '3.12.3-1ubuntu0.8', jammy: '3.10.12-1~22.04.11', trixie: '3.13.5-2', bookworm: '3.11.2-6+deb12u6' }, section: 'python', size: 2_334_000, kb: 6_260, dep: ['libpython3.X-minimal', 'libexpat1'], desc: 'Minimal subset of the Python language', files: (f, fam) => f.exe(`/usr/bin/python${PY[fam]}`, 'python3', 6_831_736) },
  'libpython3.X-minimal': { v: { noble: '3.12.3-1ubuntu0.8', jammy: '3.10.12-1~22.04.11', trixie: '3.13.5-2', bookworm: '3.11.2-6+deb12u6' }, lib: true, section: 'python', size: 836_000, kb: 4_410, desc: 'Minimal subset of the Python language', files: (f, fam) => f.file(`/usr/lib/python${PY[fam]}/os.py`, '# (the standard library is elided here)\n') },
  'libpython3.X-stdlib': { v: { noble: '3.12.3-1ubuntu0.8', jammy: '3.10.12-1~22.04.11', trixie: '3.13.5-2', bookworm: '3.11.2-6+deb12u6' }, lib: true, section: 'python', size: 2_068_000, kb: 8_500, dep: ['libreadline8', 'libsqlite3-0', 'netbase'], desc: 'Interactive high-level object-oriented language (standard library)' },
  'media-types': { v: { noble: '10.1.0', jammy: '7.0.0', trixie: '13.0.0', bookworm: '10.0.0' }, all: true, section: 'net', size: 27_200, kb: 103, desc: 'List of standard media types and their usual file extension', files: (f) => f.file('/etc/mime.types', '# media types (elided)\n') },
  netbase: { v: { noble: '6.4', jammy: '6.3', trixie: '6.5', bookworm: '6.4' }, all: true, section: 'admin', size: 13_000, kb: 41, desc: 'Basic TCP/IP networking system', marker: '/etc/services', files: (f) => f.file('/etc/services', 'http\t\t80/tcp\t\twww\nhttps\t\t443/tcp\n') },
  libreadline8: { v: { noble: '8.2-4build1', jammy: '8.1.2-1', trixie: '8.2-6', bookworm: '8.2-1.3' }, lib: true, section: 'libs', size: 153_000, kb: 483, dep: ['readline-common'], desc: 'GNU readline and history libraries, run-time libraries' },
  'readline-common': { v: { noble: '8.2-4build1', jammy: '8.1.2-1', trixie: '8.2-6', bookworm: '8.2-1.3' }, all: true, section: 'utils', size: 56_500, kb: 94, desc: 'GNU readline and history libraries, common files' },
  'libsqlite3-0': { v: { noble: '3.45.1-1ubuntu2.5', jammy: '3.37.2-2ubuntu0.5', trixie: '3.46.1-7', bookworm: '3.40.1-2+deb12u2' }, lib: true, section: 'libs', size: 701_000, kb: 1_800, desc: 'SQLite 3 shared library' },
  tzdata: { v: { noble: '2025b-0ubuntu0.24.04.1', jammy: '2025b-0ubuntu0.22.04.1', trixie: '2025b-4+deb13u1', bookworm: '2025b-0+deb12u2' }, all: true, section: 'localization', size: 276_000, kb: 1_445, debconf: true, desc: 'time zone and daylight-saving time data', marker: '/usr/share/zoneinfo/UTC', files: (f) => f.file('/usr/share/zoneinfo/UTC', 'TZif2\n').link('/etc/localtime', '/usr/share/zoneinfo/Etc/UTC').file('/etc/timezone', 'Etc/UTC\n'), setup: () => "\nCurrent default time zone: 'Etc/UTC'\nLocal time is now:      @DATE@.\nUniversal Time is now:  @DATE@.\nRun 'dpkg-reconfigure tzdata' if you wish to change it.\n\n" },

  nodejs: {
    v: { noble: '18.19.1+dfsg-6ubuntu5', jammy: '12.22.9~dfsg-1ubuntu3.6', trixie: '20.19.2+dfsg-1', bookworm: '18.19.0+dfsg-6~deb12u2' },
    section: 'javascript', size: 313_000, kb: 845, dep: ['libnode', 'libuv1', 'libcares2', 'libicu'], rec: ['nodejs-doc'], sug: ['npm'],
    desc: 'evented I/O for V8 javascript - runtime executable', marker: '/usr/bin/node',
    files: (f) => f.exe('/usr/bin/node', 'node', 801_480).link('/usr/bin/nodejs', 'node'),
  },
  libnode: { v: { noble: '18.19.1+dfsg-6ubuntu5', jammy: '12.22.9~dfsg-1ubuntu3.6', trixie: '20.19.2+dfsg-1', bookworm: '18.19.0+dfsg-6~deb12u2' }, lib: true, section: 'libs', size: 13_400_000, kb: 55_800, desc: 'evented I/O for V8 javascript - runtime library' },
  'nodejs-doc': { v: { noble: '18.19.1+dfsg-6ubuntu5', jammy: '12.22.9~dfsg-1ubuntu3.6', trixie: '20.19.2+dfsg-1', bookworm: '18.19.0+dfsg-6~deb12u2' }, all: true, section: 'doc', size: 3_552_000, kb: 15_400, desc: 'API documentation for Node.js, the javascript platform' },
  libuv1: { v: { noble: '1.48.0-1.1build1', jammy: '1.43.0-1ubuntu0.1', trixie: '1.50.0-2', bookworm: '1.44.2-1+deb12u1' }, lib: true, section: 'libs', size: 97_300, kb: 303, desc: 'asynchronous event notification library - runtime library' },
  libcares2: { v: { noble: '1.27.0-1.0ubuntu1', jammy: '1.18.1-1ubuntu0.22.04.3', trixie: '1.34.5-1', bookworm: '1.18.1-3' }, lib: true, section: 'libs', size: 73_300, kb: 191, desc: 'asynchronous name resolver' },
  libicu: { v: { noble: '74.2-1ubuntu3.1', jammy: '70.1-2', trixie: '76.1-4', bookworm: '72.1-3+deb12u1' }, lib: true, section: 'libs', size: 10_900_000, kb: 36_300, desc: 'International Components for Unicode' },

  vim: {
    v: { noble: '2:9.1.0016-1ubuntu7.9', jammy: '2:8.2.3995-1ubuntu2.24', trixie: '2:9.1.1230-2', bookworm: '2:9.0.1378-2+deb12u2' },
    pocket: { noble: 'updates', jammy: 'updates' },
    section: 'editors', size: 1_881_000, kb: 4_090, dep: ['vim-common', 'vim-runtime', 'libgpm2', 'libsodium23'], sug: ['ctags', 'vim-doc', 'vim-scripts'],
    desc: 'Vi IMproved - enhanced vi editor', marker: '/usr/bin/vim.basic',
    files: (f) => f.exe('/usr/bin/vim.basic', 'vim', 3_878_216).link('/usr/bin/vim', '/etc/alternatives/vim').link('/etc/alternatives/vim', '/usr/bin/vim.basic').link('/usr/bin/vi', '/etc/alternatives/vi').link('/etc/alternatives/vi', '/usr/bin/vim.basic'),
    setup: () => ['vim', 'vimdiff', 'rvim', 'rview', 'vi', 'view', 'ex', 'editor'].map((n) => ALT(n, '/usr/bin/vim.basic')).join(''),
  },
  'vim-common': { v: { noble: '2:9.1.0016-1ubuntu7.9', jammy: '2:8.2.3995-1ubuntu2.24', trixie: '2:9.1.1230-2', bookworm: '2:9.0.1378-2+deb12u2' }, pocket: { noble: 'updates', jammy: 'updates' }, all: true, section: 'editors', size: 385_000, kb: 409, dep: ['xxd'], desc: 'Vi IMproved - Common files', files: (f) => f.file('/etc/vim/vimrc', '" All system-wide defaults are set in $VIMRUNTIME/defaults.vim\nruntime! debian.vim\n') },
  'vim-runtime': { v: { noble: '2:9.1.0016-1ubuntu7.9', jammy: '2:8.2.3995-1ubuntu2.24', trixie: '2:9.1.1230-2', bookworm: '2:9.0.1378-2+deb12u2' }, pocket: { noble: 'updates', jammy: 'updates' }, all: true, section: 'editors', size: 7_281_000, kb: 39_800, desc: 'Vi IMproved - Runtime files' },
  xxd: { v: { noble: '2:9.1.0016-1ubuntu7.9', jammy: '2:8.2.3995-1ubuntu2.24', trixie: '2:9.1.1230-2', bookworm: '2:9.0.1378-2+deb12u2' }, pocket: { noble: 'updates', jammy: 'updates' }, section: 'editors', size: 63_700, kb: 105, desc: 'tool to make (or reverse) a hex dump' },
  libgpm2: { v: { noble: '1.20.7-11', jammy: '1.20.7-10build1', trixie: '1.20.7-11+b2', bookworm: '1.20.7-10+b1' }, lib: true, section: 'libs', size: 14_800, kb: 50, sug: ['gpm'], desc: 'General Purpose Mouse - shared library' },
  libsodium23: { v: { noble: '1.0.18-1build3', jammy: '1.0.18-1build2', trixie: '1.0.18-1+b2', bookworm: '1.0.18-1' }, lib: true, section: 'libs', size: 161_000, kb: 373, desc: 'Network communication, cryptography and signaturing library' },
  nano: {
    v: { noble: '7.2-2ubuntu0.1', jammy: '6.2-1ubuntu0.1', trixie: '8.4-1', bookworm: '7.2-1+deb12u1' },
    section: 'editors', size: 282_000, kb: 881, sug: ['hunspell'], desc: 'small, friendly text editor inspired by Pico', marker: '/usr/bin/nano',
    files: (f) => f.exe('/usr/bin/nano', 'nano', 283_464).link('/usr/bin/pico', 'nano').file('/etc/nanorc', '## Sample initialization file for GNU nano.\n'),
    setup: () => ALT('editor', '/bin/nano') + ALT('pico', '/bin/nano'),
  },
  'iputils-ping': {
    v: { noble: '3:20240117-1ubuntu0.1', jammy: '3:20211215-1ubuntu0.1', trixie: '3:20240905-3', bookworm: '3:20221126-1+deb12u1' },
    section: 'net', size: 44_100, kb: 123, rec: ['libcap2-bin'], desc: 'Tools to test the reachability of network hosts', marker: '/usr/bin/ping',
    files: (f) => f.exe('/usr/bin/ping', 'ping', 92_312),
  },
  procps: {
    v: { noble: '2:4.0.4-4ubuntu3.2', jammy: '2:3.3.17-6ubuntu2.1', trixie: '2:4.0.4-9', bookworm: '2:4.0.2-3' },
    section: 'admin', size: 708_000, kb: 2_349, dep: ['libproc'], rec: ['psmisc'], desc: '/proc file system utilities', marker: '/usr/bin/ps',
    files: (f) => f.exe('/usr/bin/ps', 'ps', 154_128).exe('/usr/bin/top', 'top', 129_072).exe('/usr/bin/free', 'free', 27_104).exe('/usr/bin/uptime', 'uptime', 14_688).exe('/usr/bin/w', 'uptime', 27_112).exe('/usr/bin/pgrep', 'pgrep', 35_328),
    setup: () => ALT('w', '/usr/bin/w.procps'),
  },
  libproc: { v: { noble: '2:4.0.4-4ubuntu3.2', jammy: '2:3.3.17-6ubuntu2.1', trixie: '2:4.0.4-9', bookworm: '2:4.0.2-3' }, lib: true, section: 'libs', size: 62_000, kb: 180, desc: 'library for accessing process information from /proc' },
  psmisc: { v: { noble: '23.7-1build1', jammy: '23.4-2build3', trixie: '23.7-2', bookworm: '23.6-1' }, section: 'admin', size: 179_000, kb: 762, desc: 'utilities that use the proc file system' },
  less: {
    v: { noble: '590-2ubuntu2.1', jammy: '590-1ubuntu0.22.04.3', trixie: '668-1', bookworm: '590-2.1~deb12u2' },
    section: 'text', size: 142_000, kb: 368, desc: 'pager program similar to more', marker: '/usr/bin/less',
    files: (f) => f.exe('/usr/bin/less', 'less', 192_104),
    setup: () => ALT('pager', '/bin/less'),
  },
  unzip: {
    v: { noble: '6.0-28ubuntu4.1', jammy: '6.0-26ubuntu3.2', trixie: '6.0-29', bookworm: '6.0-28' },
    section: 'utils', size: 174_000, kb: 385, sug: ['zip'], desc: 'De-archiver for .zip files', marker: '/usr/bin/unzip',
    files: (f) => f.exe('/usr/bin/unzip', 'unzip', 182_992),
  },
  'net-tools': {
    v: { noble: '2.10-0.1ubuntu4.4', jammy: '1.60+git20181103.0eebece-1ubuntu5.4', trixie: '2.10-1.3', bookworm: '2.10-0.1+deb12u2' },
    section: 'net', size: 204_000, kb: 788, desc: 'NET-3 networking toolkit', marker: '/usr/sbin/ifconfig',
    files: (f) => f.exe('/usr/sbin/ifconfig', 'ifconfig', 76_168),
  },
}

/** `libpython3-stdlib` is spelt with a dash in the archive; the key above avoids a clash with RENAMES. */
const KEY_NAMES: Record<string, string> = { libpython3_stdlib: 'libpython3-stdlib' }
const CANONICAL: Record<string, string> = { 'libpython3-stdlib': 'libpython3_stdlib' }

const POCKET_COMPONENT: Record<Family, string> = { noble: 'main', jammy: 'main', trixie: 'main', bookworm: 'main' }

/** The archive of one release, by real package name. */
export function debArchive(fam: Family): Map<string, DebPackage> {
  const out = new Map<string, DebPackage>()
  const name = (canonical: string) => realName(KEY_NAMES[canonical] ?? canonical, fam)
  const depName = (dep: string) => name(CANONICAL[dep] ?? dep)
  for (const [key, def] of Object.entries(DEFS)) {
    const pocket = def.pocket?.[fam]
    const suite = pocket ? `${fam}-${pocket}` : fam
    const component = def.component ?? POCKET_COMPONENT[fam]
    const files = new FileList()
    def.files?.(files, fam)
    const n = name(key)
    out.set(n, {
      name: n,
      version: def.v[fam],
      arch: def.all ? 'all' : 'amd64',
      qualified: def.lib === true,
      section: def.section,
      from: `${suite}/${component}`,
      size: def.size,
      installedKb: def.kb,
      depends: (def.dep ?? []).map(depName),
      recommends: (def.rec ?? []).map(depName),
      suggests: def.sug ?? [],
      description: def.desc,
      debconf: def.debconf === true,
      marker: def.marker,
      files: [...files.files, { path: `/usr/share/doc/${n}`, kind: 'dir' }],
      setup: def.setup?.(fam) ?? '',
    })
  }
  return out
}

/** The libc-bin version whose ldconfig trigger runs after libraries are unpacked. */
export const LIBC_BIN: Record<Family, string> = { noble: '2.39-0ubuntu8.6', jammy: '2.35-0ubuntu3.11', trixie: '2.41-12', bookworm: '2.36-9+deb12u13' }

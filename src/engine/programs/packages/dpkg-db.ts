import type { RootFs } from '../../fs/rootfs'
import type { DebPackage, Family } from './deb-catalog'
import { appendFile, readText } from './fs-writer'

/**
 * dpkg's database: /var/lib/dpkg/status (one RFC 822 stanza per package) and
 * /var/lib/dpkg/info/<pkg>.list. The catalog images do not carry a status file, so the base
 * system's packages are known here and written out the first time a package is installed.
 */
export interface StatusEntry {
  name: string
  version: string
  arch: string
  description: string
  qualified?: boolean
}

const STATUS = '/var/lib/dpkg/status'

const b = (name: string, version: string, description: string, arch = 'amd64'): StatusEntry => ({ name, version, arch, description })

/** A representative slice of each release's base system (what `dpkg -l` shows before installs). */
const BASE: Record<Family, StatusEntry[]> = {
  noble: [
    b('apt', '2.8.3', 'commandline package manager'), b('base-files', '13ubuntu10.3', 'Debian base system miscellaneous files'),
    b('bash', '5.2.21-2ubuntu4', 'GNU Bourne Again SHell'), b('coreutils', '9.4-3ubuntu6.1', 'GNU core utilities'),
    b('dash', '0.5.12-6ubuntu5', 'POSIX-compliant shell'), b('debconf', '1.5.86ubuntu1', 'Debian configuration management system', 'all'),
    b('dpkg', '1.22.6ubuntu6.5', 'Debian package management system'), b('findutils', '4.9.0-5build1', 'utilities for finding files--find, xargs'),
    b('grep', '3.11-4build1', 'GNU grep, egrep and fgrep'), b('gzip', '1.12-1ubuntu3.1', 'GNU compression utilities'),
    b('hostname', '3.23+nmu2ubuntu2', 'utility to set/show the host name or domain name'), b('libc-bin', '2.39-0ubuntu8.6', 'GNU C Library: Binaries'),
    b('libc6', '2.39-0ubuntu8.6', 'GNU C Library: Shared libraries'), b('libssl3t64', '3.0.13-0ubuntu3.6', 'Secure Sockets Layer toolkit - shared libraries'),
    b('login', '1:4.13+dfsg1-4ubuntu3.2', 'system login tools'), b('mawk', '1.3.4.20240123-1build1', 'Pattern scanning and text processing language'),
    b('ncurses-base', '6.4+20240113-1ubuntu2', 'basic terminal type definitions', 'all'), b('passwd', '1:4.13+dfsg1-4ubuntu3.2', 'change and administer password and group data'),
    b('perl-base', '5.38.2-3.2ubuntu0.2', 'minimal Perl system'), b('sed', '4.9-2build1', 'GNU stream editor for filtering/transforming text'),
    b('tar', '1.35+dfsg-3build1', 'GNU version of the tar archiving utility'), b('util-linux', '2.39.3-9ubuntu6.3', 'miscellaneous system utilities'),
    b('zlib1g', '1:1.3.dfsg-3.1ubuntu2.1', 'compression library - runtime'),
  ],
  jammy: [
    b('apt', '2.4.14', 'commandline package manager'), b('base-files', '12ubuntu4.7', 'Debian base system miscellaneous files'),
    b('bash', '5.1-6ubuntu1.1', 'GNU Bourne Again SHell'), b('coreutils', '8.32-4.1ubuntu1.2', 'GNU core utilities'),
    b('dash', '0.5.11+git20210903+057cd650a4ed-3build1', 'POSIX-compliant shell'), b('dpkg', '1.21.1ubuntu2.6', 'Debian package management system'),
    b('grep', '3.7-1build1', 'GNU grep, egrep and fgrep'), b('libc6', '2.35-0ubuntu3.11', 'GNU C Library: Shared libraries'),
    b('sed', '4.8-1ubuntu2', 'GNU stream editor for filtering/transforming text'), b('tar', '1.34+dfsg-1ubuntu0.1.22.04.2', 'GNU version of the tar archiving utility'),
    b('zlib1g', '1:1.2.11.dfsg-2ubuntu9.2', 'compression library - runtime'),
  ],
  trixie: [
    b('apt', '3.0.3', 'commandline package manager'), b('base-files', '13.8+deb13u2', 'Debian base system miscellaneous files'),
    b('bash', '5.2.37-2+b5', 'GNU Bourne Again SHell'), b('coreutils', '9.7-3', 'GNU core utilities'),
    b('dash', '0.5.12-12', 'POSIX-compliant shell'), b('debconf', '1.5.91', 'Debian configuration management system', 'all'),
    b('dpkg', '1.22.21', 'Debian package management system'), b('findutils', '4.10.0-3', 'utilities for finding files--find, xargs'),
    b('grep', '3.11-4', 'GNU grep, egrep and fgrep'), b('gzip', '1.13-1', 'GNU compression utilities'),
    b('hostname', '3.25', 'utility to set/show the host name or domain name'), b('libc-bin', '2.41-12', 'GNU C Library: Binaries'),
    b('libc6', '2.41-12', 'GNU C Library: Shared libraries'), b('libssl3t64', '3.5.1-1+deb13u1', 'Secure Sockets Layer toolkit - shared libraries'),
    b('login', '1:4.16.0-2+really2.41-2', 'system login tools'), b('mawk', '1.3.4.20250131-1', 'Pattern scanning and text processing language'),
    b('ncurses-base', '6.5+20250216-2', 'basic terminal type definitions', 'all'), b('passwd', '1:4.17.4-2', 'change and administer password and group data'),
    b('perl-base', '5.40.1-6', 'minimal Perl system'), b('sed', '4.9-2', 'GNU stream editor for filtering/transforming text'),
    b('tar', '1.35+dfsg-3.1', 'GNU version of the tar archiving utility'), b('util-linux', '2.41-5', 'miscellaneous system utilities'),
    b('zlib1g', '1:1.3.dfsg+really1.3.1-1+b1', 'compression library - runtime'),
  ],
  bookworm: [
    b('apt', '2.6.1', 'commandline package manager'), b('base-files', '12.4+deb12u12', 'Debian base system miscellaneous files'),
    b('bash', '5.2.15-2+b9', 'GNU Bourne Again SHell'), b('coreutils', '9.1-1', 'GNU core utilities'),
    b('dash', '0.5.12-2', 'POSIX-compliant shell'), b('debconf', '1.5.82', 'Debian configuration management system', 'all'),
    b('dpkg', '1.21.22', 'Debian package management system'), b('findutils', '4.9.0-4', 'utilities for finding files--find, xargs'),
    b('grep', '3.8-5', 'GNU grep, egrep and fgrep'), b('gzip', '1.12-1', 'GNU compression utilities'),
    b('libc-bin', '2.36-9+deb12u13', 'GNU C Library: Binaries'), b('libc6', '2.36-9+deb12u13', 'GNU C Library: Shared libraries'),
    b('libssl3', '3.0.17-1~deb12u3', 'Secure Sockets Layer toolkit - shared libraries'), b('login', '1:4.13+dfsg1-1+deb12u1', 'system login tools'),
    b('mawk', '1.3.4.20200120-3.1', 'Pattern scanning and text processing language'), b('perl-base', '5.36.0-7+deb12u3', 'minimal Perl system'),
    b('sed', '4.9-1', 'GNU stream editor for filtering/transforming text'), b('tar', '1.34+dfsg-1.2+deb12u1', 'GNU version of the tar archiving utility'),
    b('util-linux', '2.38.1-5+deb12u3', 'miscellaneous system utilities'), b('zlib1g', '1:1.2.13.dfsg-1', 'compression library - runtime'),
  ],
}

/** Base files and directories: the "(Reading database ... N files and directories currently installed.)" count. */
export const BASE_FILE_COUNT: Record<Family, number> = { noble: 4381, jammy: 4395, trixie: 5642, bookworm: 6090 }

function parseStatus(text: string): StatusEntry[] {
  const out: StatusEntry[] = []
  for (const stanza of text.split(/\n\n+/)) {
    const field = (k: string) => new RegExp(`^${k}: (.*)$`, 'm').exec(stanza)?.[1]
    const name = field('Package')
    if (!name) continue
    out.push({
      name,
      version: field('Version') ?? '',
      arch: field('Architecture') ?? 'amd64',
      description: field('Description') ?? '',
      qualified: field('Multi-Arch') === 'same',
    })
  }
  return out
}

/** Every installed package, base first, in dpkg's name order. */
export function installedPackages(fs: RootFs, fam: Family): StatusEntry[] {
  const text = readText(fs, STATUS)
  const list = text === null ? BASE[fam] : parseStatus(text)
  return [...list].sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))
}

type StanzaFields = Pick<DebPackage, 'name' | 'version' | 'arch' | 'section' | 'installedKb' | 'qualified' | 'depends' | 'recommends' | 'description'>

function stanza(p: StanzaFields): string {
  const lines = [
    `Package: ${p.name}`,
    'Status: install ok installed',
    'Priority: optional',
    `Section: ${p.section}`,
    `Installed-Size: ${p.installedKb}`,
    `Architecture: ${p.arch}`,
    ...(p.qualified ? ['Multi-Arch: same'] : []),
    `Version: ${p.version}`,
    ...(p.depends.length ? [`Depends: ${p.depends.join(', ')}`] : []),
    ...(p.recommends.length ? [`Recommends: ${p.recommends.join(', ')}`] : []),
    `Description: ${p.description}`,
  ]
  return lines.join('\n') + '\n'
}

/** Record an unpacked package: its status stanza and its file list. */
export function recordInstalled(fs: RootFs, fam: Family, p: DebPackage, paths: string[]): void {
  if (readText(fs, STATUS) === null) {
    const base = BASE[fam].map((e) => stanza({ name: e.name, version: e.version, arch: e.arch === 'all' ? 'all' : 'amd64', description: e.description, section: 'admin', installedKb: 0, qualified: false, depends: [], recommends: [] }))
    appendFile(fs, STATUS, base.join('\n'))
  }
  appendFile(fs, STATUS, '\n' + stanza(p))
  const list = `/var/lib/dpkg/info/${p.name}${p.qualified ? ':amd64' : ''}.list`
  appendFile(fs, list, ['/.', ...paths].join('\n') + '\n')
}

export function isRecorded(fs: RootFs, fam: Family, name: string): boolean {
  return installedPackages(fs, fam).some((e) => e.name === name)
}

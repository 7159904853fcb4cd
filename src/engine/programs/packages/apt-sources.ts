import type { RootFs } from '../../fs/rootfs'
import type { ProgramContext } from '../../process/types'
import type { Family } from './deb-catalog'
import { readText, unpack, type PkgFile } from './fs-writer'
import { aptSize, aptTime } from './format'

/**
 * The image's apt sources as `apt-get update` walks them: each suite's InRelease, then the
 * Packages index of each component, with the sizes the archives serve (late 2025).
 */
interface Suite {
  uri: string
  suite: string
  inRelease: number
  indexes: [component: string, bytes: number][]
}

export interface AptDistro {
  id: 'ubuntu' | 'debian'
  codename: string
  fam: Family
  /** apt ≥ 3.0 (Debian trixie) prints the new Installing:/Summary: layout. */
  apt3: boolean
  suites: Suite[]
}

const UBUNTU = 'http://archive.ubuntu.com/ubuntu'
const UBUNTU_SECURITY = 'http://security.ubuntu.com/ubuntu'
const DEBIAN = 'http://deb.debian.org/debian'
const DEBIAN_SECURITY = 'http://deb.debian.org/debian-security'

function ubuntuSuites(c: string, big: boolean): Suite[] {
  const k = big ? 1 : 0.93
  const n = (x: number) => Math.round(x * k)
  return [
    { uri: UBUNTU, suite: c, inRelease: 256_000, indexes: [['universe', n(19_300_000)], ['main', n(1_808_000)], ['multiverse', n(331_000)], ['restricted', n(117_000)]] },
    { uri: UBUNTU_SECURITY, suite: `${c}-security`, inRelease: 126_000, indexes: [['universe', n(1_181_000)], ['main', n(1_690_000)], ['restricted', n(2_551_000)], ['multiverse', 33_100]] },
    { uri: UBUNTU, suite: `${c}-updates`, inRelease: 126_000, indexes: [['universe', n(1_915_000)], ['main', n(2_065_000)], ['restricted', n(2_689_000)], ['multiverse', 35_900]] },
    { uri: UBUNTU, suite: `${c}-backports`, inRelease: 126_000, indexes: [['universe', 33_900], ['main', 49_400]] },
  ]
}

const DEBIAN_SUITES: Record<'trixie' | 'bookworm', Suite[]> = {
  trixie: [
    { uri: DEBIAN, suite: 'trixie', inRelease: 140_000, indexes: [['main', 9_670_000]] },
    { uri: DEBIAN, suite: 'trixie-updates', inRelease: 47_300, indexes: [['main', 5_412]] },
    { uri: DEBIAN_SECURITY, suite: 'trixie-security', inRelease: 43_400, indexes: [['main', 69_800]] },
  ],
  bookworm: [
    { uri: DEBIAN, suite: 'bookworm', inRelease: 151_000, indexes: [['main', 8_791_000]] },
    { uri: DEBIAN, suite: 'bookworm-updates', inRelease: 55_400, indexes: [['main', 6_924]] },
    { uri: DEBIAN_SECURITY, suite: 'bookworm-security', inRelease: 48_000, indexes: [['main', 283_000]] },
  ],
}

/** Which release the container is, from /etc/os-release (null: not Debian-like). */
export function detectDistro(fs: RootFs): AptDistro | null {
  const text = readText(fs, '/etc/os-release') ?? ''
  const id = /^ID=(\S+)$/m.exec(text)?.[1]
  const codename = /^VERSION_CODENAME=(\S+)$/m.exec(text)?.[1] ?? ''
  if (id === 'ubuntu') {
    const fam: Family = codename === 'noble' ? 'noble' : 'jammy'
    return { id, codename, fam, apt3: false, suites: ubuntuSuites(codename || 'noble', codename === 'noble') }
  }
  if (id === 'debian') {
    const fam: Family = codename === 'bookworm' ? 'bookworm' : 'trixie'
    return { id, codename: fam, fam, apt3: fam === 'trixie', suites: DEBIAN_SUITES[fam] }
  }
  return null
}

const LISTS = '/var/lib/apt/lists'

/** apt's list file names: the URI without scheme, slashes as underscores. */
function listName(uri: string, rest: string): string {
  return `${LISTS}/${`${uri.replace(/^https?:\/\//, '')}/dists/${rest}`.replace(/\//g, '_')}`
}

/** True once `apt-get update` has fetched the package indexes (a fresh image has none). */
export function hasLists(fs: RootFs, d: AptDistro): boolean {
  const s = d.suites[0]!
  return fs.exists(listName(s.uri, `${s.suite}/${s.indexes[0]![0]}/binary-amd64/Packages.lz4`))
}

/** The archive URL a package comes from, for its Get: line. */
export function archiveUri(d: AptDistro, suite: string): string {
  if (suite.endsWith('-security')) return d.id === 'ubuntu' ? UBUNTU_SECURITY : DEBIAN_SECURITY
  return d.id === 'ubuntu' ? UBUNTU : DEBIAN
}

/** Simulated download: bytes at ~11 MB/s plus a little latency, on the engine's clock. */
export async function download(ctx: ProgramContext, bytes: number): Promise<{ seconds: number; ok: boolean }> {
  const ms = 250 + Math.round(bytes / 11_000)
  const ok = await ctx.host.clock.sleep(ms, ctx.signals.terminated)
  return { seconds: ms / 1000, ok }
}

export function fetchedLine(bytes: number, seconds: number): string {
  return `Fetched ${aptSize(bytes)} in ${aptTime(seconds)} (${aptSize(bytes / Math.max(seconds, 0.001)).replace(/B$/, 'B/s')})\n`
}

/** `apt-get update`: Hit for suites already fetched, Get for the rest; the lists are written. */
export async function aptUpdate(ctx: ProgramContext, d: AptDistro): Promise<number> {
  const fs = ctx.fs
  const out: string[] = []
  const files: PkgFile[] = []
  let n = 0
  let bytes = 0
  const pending: [string, number, string][] = []
  for (const s of d.suites) {
    const inRelease = listName(s.uri, `${s.suite}/InRelease`)
    if (fs.exists(inRelease)) {
      out.push(`Hit:${++n} ${s.uri} ${s.suite} InRelease\n`)
      continue
    }
    out.push(`Get:${++n} ${s.uri} ${s.suite} InRelease [${aptSize(s.inRelease)}]\n`)
    bytes += s.inRelease
    files.push({ path: inRelease, kind: 'file', data: `Origin: ${d.id === 'ubuntu' ? 'Ubuntu' : 'Debian'}\nSuite: ${s.suite}\nCodename: ${s.suite}\n` })
    for (const [component, size] of s.indexes) {
      pending.push([`${s.uri} ${s.suite}/${component} amd64 Packages [${aptSize(size)}]`, size, listName(s.uri, `${s.suite}/${component}/binary-amd64/Packages.lz4`)])
    }
  }
  for (const [text, size, path] of pending) {
    out.push(`Get:${++n} ${text}\n`)
    bytes += size
    files.push({ path, kind: 'file', data: '(package index, lz4-compressed, elided)\n' })
  }
  for (const line of out) ctx.stdout.write(line)
  if (bytes > 0) {
    const t = await download(ctx, bytes)
    if (!t.ok) return 130
    ctx.stdout.write(fetchedLine(bytes, t.seconds))
  }
  unpack(fs, [{ path: `${LISTS}/partial`, kind: 'dir', mode: 0o700 }, { path: `${LISTS}/lock`, kind: 'file', data: '', mode: 0o640 }, ...files])
  return 0
}

import { utcFields } from '../../kernel/time'
import type { ProgramContext } from '../../process/types'
import { archiveUri, download, fetchedLine, type AptDistro } from './apt-sources'
import { debArchive, LIBC_BIN, type DebPackage } from './deb-catalog'
import { BASE_FILE_COUNT, installedPackages, recordInstalled } from './dpkg-db'
import { aptSize, columnList, dateUtc, wrapList } from './format'
import { unpack } from './fs-writer'

export interface InstallOptions {
  names: string[]
  yes: boolean
  recommends: boolean
  /** `apt` (not apt-get) prints "Error:" on apt 3. */
  apt: boolean
  /** quiet=1 when stdout is not a terminal: progress lines end in "..." without "Done". */
  tty: boolean
}

const n = (p: DebPackage) => (p.qualified ? `${p.name}:amd64` : p.name)
const debName = (p: DebPackage) => `${p.name}_${p.version.replace(':', '%3a')}_${p.arch}.deb`

/** The three progress lines every install starts with. */
export function readingLines(tty: boolean): string {
  const done = tty ? ' Done' : ''
  return `Reading package lists...${done}\nBuilding dependency tree...${done}\nReading state information...${done}\n`
}

/**
 * `apt-get install`: resolve against the offline archive, print apt's plan, ask unless -y,
 * "download", and let dpkg unpack and configure each package into the writable layer.
 */
export async function aptInstall(ctx: ProgramContext, d: AptDistro, o: InstallOptions, listsPresent: boolean): Promise<number> {
  const archive = debArchive(d.fam)
  const out = (t: string) => ctx.stdout.write(t)
  const err = (t: string) => ctx.stderr.write(`${d.apt3 && o.apt ? 'Error:' : 'E:'} ${t}\n`)
  out(readingLines(o.tty))
  const unknown = o.names.filter((x) => !listsPresent || !archive.has(x))
  if (unknown.length) {
    for (const u of unknown) err(`Unable to locate package ${u}`)
    return 100
  }
  const installed = new Set(installedPackages(ctx.fs, d.fam).map((e) => e.name))
  const have = (p: DebPackage) => installed.has(p.name) || (p.marker !== undefined && ctx.fs.exists(p.marker))
  // Depth first, dependencies before the package: the order dpkg unpacks and configures in.
  const plan: DebPackage[] = []
  const seen = new Set<string>()
  const visit = (name: string) => {
    const p = archive.get(name)
    if (!p || seen.has(name) || have(p)) return
    seen.add(name)
    for (const dep of p.depends) visit(dep)
    if (o.recommends) for (const r of p.recommends) visit(r)
    plan.push(p)
  }
  for (const name of o.names) {
    const p = archive.get(name)!
    if (have(p)) out(`${name} is already the newest version (${p.version}).\n`)
    else visit(name)
  }
  const sorted = [...plan].sort((a, b) => (a.name < b.name ? -1 : 1))
  const extra = sorted.filter((p) => !o.names.includes(p.name)).map((p) => p.name)
  const suggested = [...new Set(plan.flatMap((p) => p.suggests))].filter((s) => !seen.has(s)).sort()
  const skippedRecs = o.recommends ? [] : [...new Set(plan.flatMap((p) => p.recommends))].filter((r) => !seen.has(r) && !installed.has(r)).sort()
  const downloadBytes = plan.reduce((a, p) => a + p.size, 0)
  const space = plan.reduce((a, p) => a + p.installedKb, 0) * 1024
  if (d.apt3) {
    const requested = sorted.filter((p) => o.names.includes(p.name)).map((p) => p.name)
    if (requested.length) out(`Installing:\n${columnList(requested)}\n`)
    if (extra.length) out(`Installing dependencies:\n${columnList(extra)}\n`)
    if (suggested.length) out(`Suggested packages:\n${columnList(suggested)}\n`)
    if (skippedRecs.length) out(`Recommended packages:\n${columnList(skippedRecs)}\n`)
    out(`Summary:\n  Upgrading: 0, Installing: ${plan.length}, Removing: 0, Not Upgrading: 0\n`)
    if (plan.length) out(`  Download size: ${aptSize(downloadBytes)}\n  Space needed: ${aptSize(space)} / 56.9 GB available\n\n`)
  } else {
    if (extra.length) out(`The following additional packages will be installed:\n${wrapList(extra)}`)
    if (suggested.length) out(`Suggested packages:\n${wrapList(suggested)}`)
    if (skippedRecs.length) out(`Recommended packages:\n${wrapList(skippedRecs)}`)
    if (plan.length) out(`The following NEW packages will be installed:\n${wrapList(sorted.map((p) => p.name))}`)
    out(`0 upgraded, ${plan.length} newly installed, 0 to remove and 0 not upgraded.\n`)
    if (plan.length) out(`Need to get ${aptSize(downloadBytes)} of archives.\nAfter this operation, ${aptSize(space)} of additional disk space will be used.\n`)
  }
  if (!plan.length) return 0
  if (!o.yes) {
    out('Do you want to continue? [Y/n] ')
    const answer = await ctx.stdin.read(ctx.signals.terminated)
    if (answer === null || !/^\s*(y|yes)?\s*$/i.test(answer)) {
      if (answer === null) out('\n')
      out('Abort.\n')
      return 1
    }
  }
  plan.forEach((p, i) => {
    const suite = p.from.split('/')[0]!
    out(`Get:${i + 1} ${archiveUri(d, suite)} ${p.from} amd64 ${p.name} ${p.arch} ${p.version} [${aptSize(p.size)}]\n`)
  })
  if (plan.some((p) => p.debconf)) ctx.stderr.write('debconf: delaying package configuration, since apt-utils is not installed\n')
  const t = await download(ctx, downloadBytes)
  if (!t.ok) return 130
  out(fetchedLine(downloadBytes, t.seconds))
  dpkgInstall(ctx, d, plan)
  return 0
}

/** dpkg's part: unpack every archive, then configure in order, then run the triggers. */
function dpkgInstall(ctx: ProgramContext, d: AptDistro, plan: DebPackage[]): void {
  const out = (t: string) => ctx.stdout.write(t)
  const width = String(plan.length - 1).length
  const before = BASE_FILE_COUNT[d.fam] + listedPaths(ctx)
  plan.forEach((p, i) => {
    out(`Selecting previously unselected package ${n(p)}.\n`)
    if (i === 0) out(`(Reading database ... ${before} files and directories currently installed.)\n`)
    const prefix = plan.length > 1 ? `${String(i).padStart(width, '0')}-` : ''
    out(`Preparing to unpack .../${prefix}${debName(p)} ...\n`)
    out(`Unpacking ${n(p)} (${p.version}) ...\n`)
    const paths = unpack(ctx.fs, p.files)
    recordInstalled(ctx.fs, d.fam, p, paths)
  })
  const date = dateUtc(utcFields(ctx.host.clock.now()))
  for (const p of plan) {
    out(`Setting up ${n(p)} (${p.version}) ...\n`)
    if (p.setup) out(p.setup.replaceAll('@DATE@', date))
  }
  if (plan.some((p) => p.qualified)) out(`Processing triggers for libc-bin (${LIBC_BIN[d.fam]}) ...\n`)
  const ca = plan.find((p) => p.name === 'ca-certificates')
  if (ca) {
    out(`Processing triggers for ca-certificates (${ca.version}) ...\n`)
    out('Updating certificates in /etc/ssl/certs...\n0 added, 0 removed; done.\nRunning hooks in /etc/ca-certificates/update.d...\ndone.\n')
  }
}

/** Paths recorded by earlier installs (dpkg counts them in "Reading database"). */
function listedPaths(ctx: ProgramContext): number {
  const dir = '/var/lib/dpkg/info'
  if (!ctx.fs.isDir(dir)) return 0
  let count = 0
  for (const f of ctx.fs.readdir(dir)) if (f.endsWith('.list')) count += ctx.fs.readFile(`${dir}/${f}`).split('\n').filter(Boolean).length - 1
  return count
}

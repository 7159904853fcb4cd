import type { Program, ProgramContext } from '../../process/types'
import { APK_ARCHIVE, APK_BASE_BYTES, apkBase, type ApkPackage } from './apk-catalog'
import { apkSize } from './format'
import { appendFile, readText, unpack } from './fs-writer'

const INSTALLED = '/lib/apk/db/installed'
const WORLD = '/etc/apk/world'
const CACHE = '/var/cache/apk'

/** Index snapshot names per repository (git describe of aports at the snapshot). */
const DESCRIBE: Record<string, [string, string]> = { main: ['3-g0f7e1e5d3a9', '8bd5c6f1'], community: ['2-g51d4b7fa0c2', 'f1e0b2a7'] }
const AVAILABLE = 26_876

function repositories(ctx: ProgramContext): string[] {
  return (readText(ctx.fs, '/etc/apk/repositories') ?? '').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
}

function releaseOf(ctx: ProgramContext): { version: string; minor: string } {
  const version = (readText(ctx.fs, '/etc/alpine-release') ?? '3.23.2').trim()
  return { version, minor: version.split('.').slice(0, 2).join('.') }
}

const indexPath = (repo: string) => `${CACHE}/APKINDEX.${DESCRIBE[repo.endsWith('community') ? 'community' : 'main']![1]}.tar.gz`

/** Fetch the indexes that are not cached yet (all of them with --no-cache), as apk does before solving. */
function fetchIndexes(ctx: ProgramContext, force: boolean, save: boolean): void {
  for (const repo of repositories(ctx)) {
    if (!force && ctx.fs.exists(indexPath(repo))) continue
    ctx.stdout.write(`fetch ${repo}/x86_64/APKINDEX.tar.gz\n`)
    if (save) unpack(ctx.fs, [{ path: indexPath(repo), kind: 'file', data: '(signed package index, elided)\n' }])
  }
}

interface Db {
  names: Set<string>
  count: number
  bytes: number
}

function readDb(ctx: ProgramContext, minor: string): Db {
  const base = apkBase(minor)
  const extra = [...(readText(ctx.fs, INSTALLED) ?? '').matchAll(/^P:(.+)$/gm)].map((m) => m[1]!)
  const bytes = APK_BASE_BYTES + extra.reduce((a, n) => a + (APK_ARCHIVE.get(n)?.size ?? 0), 0)
  const names = new Set([...base.map((b) => b.name), ...extra])
  return { names, count: names.size, bytes }
}

/** apk add: unknown names fail the whole transaction, as the solver does. */
async function add(ctx: ProgramContext, names: string[], noCache: boolean): Promise<number> {
  const { minor } = releaseOf(ctx)
  fetchIndexes(ctx, noCache, !noCache)
  const unknown = names.filter((n) => !APK_ARCHIVE.has(n))
  if (unknown.length) {
    ctx.stderr.write('ERROR: unable to select packages:\n')
    for (const u of unknown) ctx.stderr.write(`  ${u} (no such package):\n    required by: world[${u}]\n`)
    return 1
  }
  const db = readDb(ctx, minor)
  const plan: ApkPackage[] = []
  const seen = new Set<string>()
  const visit = (n: string) => {
    const p = APK_ARCHIVE.get(n)
    if (!p || seen.has(n) || db.names.has(n)) return
    seen.add(n)
    for (const dep of p.depends) visit(dep)
    plan.push(p)
  }
  for (const n of names) visit(n)
  plan.forEach((p, i) => {
    ctx.stdout.write(`(${i + 1}/${plan.length}) Installing ${p.name} (${p.version})\n`)
    unpack(ctx.fs, p.files)
    appendFile(ctx.fs, INSTALLED, `C:Q1${p.name.length}${p.version}=\nP:${p.name}\nV:${p.version}\nA:x86_64\nI:${p.size}\nT:${p.description}\n\n`)
  })
  const world = (readText(ctx.fs, WORLD) ?? apkBase(minor).filter((b) => !b.name.startsWith('lib') && b.name !== 'musl').map((b) => b.name).join('\n') + '\n').split('\n').filter(Boolean)
  const newWorld = [...new Set([...world, ...names])].sort()
  if (newWorld.join('\n') !== world.join('\n')) ctx.fs.writeFile(WORLD, newWorld.join('\n') + '\n')
  if (plan.length) {
    ctx.stdout.write('Executing busybox-1.37.0-r29.trigger\n')
    for (const p of plan) if (p.trigger) ctx.stdout.write(`Executing ${p.name}-${p.version}.trigger\n`)
  }
  const after = readDb(ctx, minor)
  ctx.stdout.write(`OK: ${apkSize(after.bytes)} in ${after.count} packages\n`)
  return 0
}

/** apk: update, add, info, --version, over the offline repository. */
export const apk: Program = async (ctx) => {
  const args = ctx.argv.slice(1)
  const noCache = args.includes('--no-cache')
  const operands = args.filter((a) => !a.startsWith('-'))
  const [cmd, ...rest] = operands
  const { version, minor } = releaseOf(ctx)
  if (args.includes('--version') || args.includes('-V')) {
    ctx.stdout.write(minor === '3.23' ? 'apk-tools 3.0.3, compiled for x86_64.\n' : 'apk-tools 2.14.9, compiled for x86_64.\n')
    return 0
  }
  if (cmd && ['add', 'update', 'del', 'upgrade', 'fix'].includes(cmd) && ctx.uid !== 0) {
    ctx.stderr.write('ERROR: Unable to lock database: Permission denied\nERROR: Failed to open apk database: Permission denied\n')
    return 99
  }
  switch (cmd) {
    case 'update': {
      fetchIndexes(ctx, true, true)
      for (const repo of repositories(ctx)) {
        const [describe] = DESCRIBE[repo.endsWith('community') ? 'community' : 'main']!
        ctx.stdout.write(`v${version}-${describe} [${repo}]\n`)
      }
      ctx.stdout.write(`OK: ${AVAILABLE} distinct packages available\n`)
      return 0
    }
    case 'add':
      if (!rest.length) {
        const db = readDb(ctx, minor)
        ctx.stdout.write(`OK: ${apkSize(db.bytes)} in ${db.count} packages\n`)
        return 0
      }
      return add(ctx, rest, noCache)
    case 'info': {
      const db = readDb(ctx, minor)
      for (const n of [...db.names].sort()) ctx.stdout.write(`${n}\n`)
      return 0
    }
    case 'del':
      ctx.stderr.write('ERROR: removing packages is not supported in this playground; start a new container instead\n')
      return 1
    case 'upgrade': {
      fetchIndexes(ctx, noCache, !noCache)
      const db = readDb(ctx, minor)
      ctx.stdout.write(`OK: ${apkSize(db.bytes)} in ${db.count} packages\n`)
      return 0
    }
    default:
      ctx.stdout.write(`apk-tools ${minor === '3.23' ? '3.0.3' : '2.14.9'}, compiled for x86_64.\n\nusage: apk [<OPTIONS>...] COMMAND [<ARGUMENTS>...]\n\nInstallation and removal commands:\n  add        Add or modify constraints in WORLD and commit changes\n  del        Remove constraints from WORLD and commit changes\n\nRepository and cache commands:\n  update     Update repository indexes\n`)
      return cmd === undefined ? 1 : 1
  }
}

import type { Program, ProgramContext } from '../../process/types'
import { aptInstall, readingLines } from './apt-install'
import { aptUpdate, detectDistro, hasLists } from './apt-sources'
import { installedPackages } from './dpkg-db'

const APT_VERSION: Record<string, string> = { noble: '2.8.3', jammy: '2.4.14', trixie: '3.0.3', bookworm: '2.6.1' }

/** apt's own warning when its output is not a terminal (apt(8) only, not apt-get). */
const CLI_WARNING = '\nWARNING: apt does not have a stable CLI interface. Use with caution in scripts.\n\n'

interface Parsed {
  command: string | undefined
  operands: string[]
  yes: boolean
  recommends: boolean
  error?: string
}

/** apt-get's options: -y/--yes/--assume-yes, -q, --no-install-recommends, -o Key=Value. */
function parse(argv: string[]): Parsed {
  const r: Parsed = { command: undefined, operands: [], yes: false, recommends: true }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (a === '-y' || a === '--yes' || a === '--assume-yes' || a === '-yq' || a === '-qy') r.yes = true
    else if (a === '--no-install-recommends') r.recommends = false
    else if (a === '--install-recommends') r.recommends = true
    else if (a === '-o' || a === '-c') {
      const v = argv[++i] ?? ''
      if (/^APT::Get::Assume-Yes=(true|1)$/i.test(v)) r.yes = true
      if (/^APT::Install-Recommends=(false|0)$/i.test(v)) r.recommends = false
    } else if (/^-q+$/.test(a) || a === '--quiet' || a === '--no-install-suggests' || a === '--fix-missing' || a === '--no-cache' || a === '-f') continue
    else if (/^-[yq]+$/.test(a)) r.yes ||= a.includes('y')
    else if (a.startsWith('-')) return { ...r, error: `Command line option '${a.replace(/^-+/, '')}' [from ${a}] is not understood in combination with the other options.` }
    else if (r.command === undefined) r.command = a
    else r.operands.push(a)
  }
  return r
}

function usage(name: string, version: string): string {
  return `apt ${version} (amd64)\nUsage: ${name} [options] command\n\nMost used commands:\n  update - Retrieve new lists of packages\n  upgrade - Perform an upgrade\n  install - Install new packages (pkg is libc6 not libc6.deb)\n  remove - Remove packages\n  clean - Erase downloaded archive files\n\nThis playground's archive is offline and small: see \`${name === 'apt' ? 'apt list' : 'apt-cache pkgnames'}\`.\n`
}

/** `apt-get` and `apt`: update, install, upgrade, clean and list, against the offline archive. */
export function aptProgram(flavour: 'apt' | 'apt-get'): Program {
  return async (ctx: ProgramContext) => {
    const d = detectDistro(ctx.fs)
    if (!d) {
      ctx.stderr.write(`${flavour}: this image is not Debian or Ubuntu\n`)
      return 1
    }
    const version = APT_VERSION[d.fam] ?? '2.8.3'
    const p = parse(ctx.argv.slice(1))
    if (p.error) {
      ctx.stderr.write(`E: ${p.error}\n`)
      return 100
    }
    if (p.command === undefined || p.command === 'help' || ctx.argv.includes('--help') || ctx.argv.includes('-h')) {
      ctx.stdout.write(usage(flavour, version))
      return p.command === undefined && !ctx.argv.includes('--help') && !ctx.argv.includes('-h') ? 1 : 0
    }
    if (flavour === 'apt' && !ctx.tty) ctx.stderr.write(CLI_WARNING)
    const needsRoot = ['update', 'install', 'upgrade', 'dist-upgrade', 'full-upgrade', 'remove', 'purge', 'autoremove', 'clean', 'dist-clean'].includes(p.command)
    if (needsRoot && ctx.uid !== 0) {
      if (p.command === 'update') ctx.stderr.write('E: Could not open lock file /var/lib/apt/lists/lock - open (13: Permission denied)\nE: Unable to lock directory /var/lib/apt/lists/\n')
      else ctx.stderr.write('E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)\nE: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?\n')
      return 100
    }
    const tty = ctx.tty
    switch (p.command) {
      case 'update': {
        const status = await aptUpdate(ctx, d)
        if (status !== 0) return status
        ctx.stdout.write(`Reading package lists...${tty ? ' Done' : ''}\n`)
        if (flavour === 'apt') ctx.stdout.write(`Building dependency tree...${tty ? ' Done' : ''}\nReading state information...${tty ? ' Done' : ''}\nAll packages are up to date.\n`)
        return 0
      }
      case 'install':
        if (!p.operands.length) {
          ctx.stdout.write(readingLines(tty))
          ctx.stdout.write(d.apt3 ? 'Summary:\n  Upgrading: 0, Installing: 0, Removing: 0, Not Upgrading: 0\n' : '0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n')
          return 0
        }
        return aptInstall(ctx, d, { names: p.operands, yes: p.yes, recommends: p.recommends, apt: flavour === 'apt', tty }, hasLists(ctx.fs, d))
      case 'upgrade':
      case 'dist-upgrade':
      case 'full-upgrade':
        ctx.stdout.write(readingLines(tty))
        if (!d.apt3) ctx.stdout.write('Calculating upgrade...' + (tty ? ' Done' : '') + '\n')
        ctx.stdout.write(d.apt3 ? 'Summary:\n  Upgrading: 0, Installing: 0, Removing: 0, Not Upgrading: 0\n' : '0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n')
        return 0
      case 'clean':
      case 'autoclean':
        return 0
      case 'dist-clean':
        for (const f of ctx.fs.isDir('/var/lib/apt/lists') ? ctx.fs.readdir('/var/lib/apt/lists') : []) if (f !== 'partial' && f !== 'lock') ctx.fs.remove(`/var/lib/apt/lists/${f}`)
        return 0
      case 'autoremove':
        ctx.stdout.write(readingLines(tty))
        ctx.stdout.write(d.apt3 ? 'Summary:\n  Upgrading: 0, Installing: 0, Removing: 0, Not Upgrading: 0\n' : '0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n')
        return 0
      case 'list':
        if (flavour === 'apt') {
          ctx.stdout.write('Listing...' + (tty ? ' Done' : '') + '\n')
          for (const e of installedPackages(ctx.fs, d.fam)) ctx.stdout.write(`${e.name}/${d.codename},now ${e.version} ${e.arch} [installed]\n`)
          return 0
        }
        break
      case 'remove':
      case 'purge':
        ctx.stdout.write(readingLines(tty))
        ctx.stderr.write(`E: Removing packages is not supported in this playground; start a new container from the image instead.\n`)
        return 100
    }
    ctx.stderr.write(`E: Invalid operation ${p.command}\n`)
    return 100
  }
}

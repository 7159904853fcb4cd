import { resolvePath } from '../../../fs/path'
import { utcFields } from '../../../kernel/time'
import type { Program } from '../../../process/types'
import { readText } from '../fs-writer'

/** less: not a pager here; it prints the files (what less itself does when stdout is not a terminal). */
export const less: Program = async (ctx) => {
  const files = ctx.argv.slice(1).filter((a) => !a.startsWith('-') || a === '-')
  if (!files.length) {
    for (let c = await ctx.stdin.read(ctx.signals.terminated); c !== null; c = await ctx.stdin.read(ctx.signals.terminated)) ctx.stdout.write(c)
    return 0
  }
  let status = 0
  for (const f of files) {
    const text = readText(ctx.fs, resolvePath(ctx.cwd, f))
    if (text === null) {
      ctx.stderr.write(`${f}: No such file or directory\n`)
      status = 1
    } else ctx.stdout.write(text)
  }
  return status
}

/** unzip: there are no zip archives in this playground; the messages are Info-ZIP's. */
export const unzip: Program = async (ctx) => {
  const args = ctx.argv.slice(1)
  if (!args.length || args[0] === '-v') {
    ctx.stdout.write('UnZip 6.00 of 20 April 2009, by Debian. Original by Info-ZIP.\n\nUsage: unzip [-Z] [-opts[modifiers]] file[.zip] [list] [-x xlist] [-d exdir]\n')
    return 0
  }
  const file = args.find((a) => !a.startsWith('-'))!
  const path = resolvePath(ctx.cwd, file)
  if (!ctx.fs.exists(path)) {
    ctx.stderr.write(`unzip:  cannot find or open ${file}, ${file}.zip or ${file}.ZIP.\n`)
    return 9
  }
  ctx.stdout.write(`Archive:  ${file}\n`)
  ctx.stderr.write('  End-of-central-directory signature not found.  Either this file is not\n  a zipfile, or it constitutes one disk of a multi-part archive.\n')
  return 9
}

/** procps free: a 2 GiB machine, in KiB like `free` without flags, or -h. */
export const free: Program = async (ctx) => {
  const human = ctx.argv.includes('-h')
  const row = (t: number, u: number, f: number, s: number, b: number, a: number) =>
    human ? [t, u, f, s, b, a].map((k) => `${(k / 1048576).toFixed(1)}Gi`.padStart(11)).join('') : [t, u, f, s, b, a].map((k) => String(k).padStart(12)).join('')
  ctx.stdout.write(`${' '.repeat(15)}total        used        free      shared  buff/cache   available\n`)
  ctx.stdout.write(`Mem:   ${row(2_031_616, 412_344, 1_104_720, 3_352, 514_552, 1_619_272)}\n`)
  ctx.stdout.write(`Swap:  ${human ? ['0B', '0B', '0B'].map((x) => x.padStart(11)).join('') : [0, 0, 0].map((k) => String(k).padStart(12)).join('')}\n`)
  return 0
}

/** procps uptime (and `w`): time of day from the clock, up since the process table's oldest start. */
export const uptime: Program = async (ctx) => {
  const now = ctx.host.clock.now()
  const first = Math.min(now, ...ctx.host.processes().map((p) => p.startedAt))
  const mins = Math.floor((now - first) / 60_000)
  const f = utcFields(now)
  const t = [f.hour, f.minute, f.second].map((x) => String(x).padStart(2, '0')).join(':')
  ctx.stdout.write(` ${t} up ${mins < 60 ? `${mins} min` : `${Math.floor(mins / 60)}:${String(mins % 60).padStart(2, '0')}`},  0 users,  load average: 0.00, 0.00, 0.00\n`)
  return 0
}

/** pgrep / pkill over the namespace's process table (names only). */
export const pgrep: Program = async (ctx) => {
  const pattern = ctx.argv.slice(1).find((a) => !a.startsWith('-'))
  if (!pattern) {
    ctx.stderr.write(`${ctx.argv[0]}: no matching criteria specified\n`)
    return 2
  }
  const re = new RegExp(pattern)
  const hits = ctx.host.processes().filter((p) => p.pid !== ctx.pid && re.test((p.argv[0] ?? '').split('/').pop() ?? ''))
  for (const p of hits) ctx.stdout.write(`${p.pid}\n`)
  return hits.length ? 0 : 1
}

/** net-tools ifconfig: eth0 with the container's address (from /etc/hosts) and lo. */
export const ifconfig: Program = async (ctx) => {
  const hosts = readText(ctx.fs, '/etc/hosts') ?? ''
  const ip = new RegExp(`^(\\S+)\\s+${ctx.host.hostname}$`, 'm').exec(hosts)?.[1] ?? '172.17.0.2'
  ctx.stdout.write(`eth0: flags=4163<UP,BROADCAST,RUNNING,MULTICAST>  mtu 1500\n        inet ${ip}  netmask 255.255.0.0  broadcast 172.17.255.255\n        ether 02:42:ac:11:00:02  txqueuelen 0  (Ethernet)\n\n`)
  ctx.stdout.write('lo: flags=73<UP,LOOPBACK,RUNNING>  mtu 65536\n        inet 127.0.0.1  netmask 255.0.0.0\n        loop  txqueuelen 1000  (Local Loopback)\n\n')
  return 0
}

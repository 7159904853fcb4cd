import type { Program, ProgramContext } from '../../../process/types'
import { readText } from '../fs-writer'

/**
 * ping over the virtual network. Addresses on the container bridge (172.17.0.0/16) and
 * loopback answer; names resolve through /etc/hosts or the network's names; the outside
 * world is offline, so its packets are lost. Two output styles: iputils (Debian/Ubuntu)
 * and BusyBox (alpine, busybox).
 */
type Style = 'iputils' | 'busybox'

async function resolve(ctx: ProgramContext, host: string): Promise<string | null> {
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) return host
  if (host === 'localhost') return '127.0.0.1'
  for (const line of (readText(ctx.fs, '/etc/hosts') ?? '').split('\n')) {
    const [ip, ...names] = line.trim().split(/\s+/)
    if (ip && /^\d+\.\d+\.\d+\.\d+$/.test(ip) && names.includes(host)) return ip
  }
  const probe = await ctx.host.network.request(host, 9, { method: 'HEAD', path: '/', httpVersion: '1.1', headers: [], body: '' })
  // The network knows the name but does not tell its address: report the bridge gateway's range.
  return 'error' in probe && probe.error === 'unresolved' ? null : '172.17.0.1'
}

const reachable = (ip: string) => ip.startsWith('127.') || ip.startsWith('172.17.')

export function pingProgram(style: Style): Program {
  return async (ctx) => {
    const args = ctx.argv.slice(1)
    let count = Infinity
    let host: string | undefined
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!
      if (a === '-c') count = Number(args[++i])
      else if (/^-c\d+$/.test(a)) count = Number(a.slice(2))
      else if (a === '-i' || a === '-W' || a === '-w' || a === '-s') i++
      else if (!a.startsWith('-')) host = a
    }
    if (!host) {
      ctx.stderr.write(style === 'iputils' ? 'ping: usage error: Destination address required\n' : 'BusyBox v1.37.0 multi-call binary.\n\nUsage: ping [OPTIONS] HOST\n')
      return style === 'iputils' ? 2 : 1
    }
    if (!Number.isFinite(count) && count !== Infinity) count = Infinity
    const ip = await resolve(ctx, host)
    if (!ip) {
      ctx.stderr.write(style === 'iputils' ? `ping: ${host}: Temporary failure in name resolution\n` : `ping: bad address '${host}'\n`)
      return style === 'iputils' ? 2 : 1
    }
    const out = (t: string) => ctx.stdout.write(t)
    out(style === 'iputils' ? `PING ${host} (${ip}) 56(84) bytes of data.\n` : `PING ${host} (${ip}): 56 data bytes\n`)
    const label = host === ip ? ip : `${host} (${ip})`
    const rtts: number[] = []
    let sent = 0
    const start = ctx.host.clock.now()
    let interrupted = false
    const stop = { cancelled: false, fns: new Set<() => void>() }
    const token = { get cancelled() { return stop.cancelled }, onCancel: (fn: () => void) => (stop.fns.add(fn), () => void stop.fns.delete(fn)) }
    const off = ctx.signals.on('SIGINT', () => {
      interrupted = true
      stop.cancelled = true
      for (const fn of stop.fns) fn()
    })
    ctx.signals.terminated.onCancel(() => { stop.cancelled = true; for (const fn of stop.fns) fn() })
    while (sent < count && !interrupted) {
      if (sent > 0 && !(await ctx.host.clock.sleep(1000, token))) break
      sent++
      if (reachable(ip)) {
        const rtt = 0.03 + ctx.host.random.next() * 0.09
        rtts.push(rtt)
        out(style === 'iputils' ? `64 bytes from ${label}: icmp_seq=${sent} ttl=64 time=${rtt.toFixed(3)} ms\n` : `64 bytes from ${ip}: seq=${sent - 1} ttl=64 time=${rtt.toFixed(3)} ms\n`)
      }
    }
    off()
    if (ctx.signals.terminated.cancelled) return 130
    const elapsed = Math.max(0, Math.round(ctx.host.clock.now() - start)) + (sent > 1 ? 1 : 0)
    const loss = sent ? Math.round(((sent - rtts.length) / sent) * 100) : 0
    if (style === 'iputils') {
      out(`${interrupted ? '^C' : ''}\n--- ${host} ping statistics ---\n`)
      out(`${sent} packets transmitted, ${rtts.length} received, ${loss}% packet loss, time ${elapsed}ms\n`)
      if (rtts.length) {
        const min = Math.min(...rtts), max = Math.max(...rtts), avg = rtts.reduce((a, b) => a + b, 0) / rtts.length
        const mdev = Math.sqrt(rtts.reduce((a, b) => a + (b - avg) ** 2, 0) / rtts.length)
        out(`rtt min/avg/max/mdev = ${min.toFixed(3)}/${avg.toFixed(3)}/${max.toFixed(3)}/${mdev.toFixed(3)} ms\n`)
      }
    } else {
      out(`${interrupted ? '^C' : ''}\n--- ${host} ping statistics ---\n${sent} packets transmitted, ${rtts.length} packets received, ${loss}% packet loss\n`)
      if (rtts.length) {
        const min = Math.min(...rtts), max = Math.max(...rtts), avg = rtts.reduce((a, b) => a + b, 0) / rtts.length
        out(`round-trip min/avg/max = ${min.toFixed(3)}/${avg.toFixed(3)}/${max.toFixed(3)} ms\n`)
      }
    }
    return rtts.length ? 0 : 1
  }
}

export const ping = pingProgram('iputils')
export const busyboxPing = pingProgram('busybox')

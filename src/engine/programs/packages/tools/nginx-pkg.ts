import type { Daemon } from '../../../daemon/daemon'
import type { OutputStream, Program, ProgramContext } from '../../../process/types'
import { nginx } from '../../servers/nginx'
import { appendFile, readText } from '../fs-writer'

/**
 * nginx as the distributions package it: without `daemon off;` it forks into the background
 * (the shell gets its prompt back), logs to /var/log/nginx, and writes /run/nginx.pid so that
 * `nginx -s stop|quit|reload` can reach it. `nginx -g 'daemon off;'` stays in the foreground.
 */
const UPSTREAM: [RegExp, string][] = [[/ubuntu/i, ' (Ubuntu)']]

function versionOf(ctx: ProgramContext): string {
  const status = readText(ctx.fs, '/var/lib/dpkg/status') ?? ''
  const deb = /Package: nginx\n(?:.*\n)*?Version: (?:\d+:)?([\d.]+)/.exec(status)?.[1]
  const apk = /P:nginx\nV:([\d.]+)/.exec(readText(ctx.fs, '/lib/apk/db/installed') ?? '')?.[1]
  const os = readText(ctx.fs, '/etc/os-release') ?? ''
  const tag = UPSTREAM.find(([re]) => re.test(/^ID=(.*)$/m.exec(os)?.[1] ?? ''))?.[1] ?? ''
  return `${deb ?? apk ?? '1.26.3'}${tag}`
}

const fileLog = (ctx: ProgramContext, path: string): OutputStream => ({ write: (t) => appendFile(ctx.fs, path, t) })

export function nginxPackaged(daemonRef: () => Daemon): Program {
  return async (ctx) => {
    const args = ctx.argv.slice(1)
    const env = new Map(ctx.env)
    env.set('NGINX_VERSION', versionOf(ctx))
    const signal = args.indexOf('-s')
    if (signal >= 0) {
      const pid = Number((readText(ctx.fs, '/run/nginx.pid') ?? '').trim())
      const machine = daemonRef().runtime.machineOf(ctx.host.containerId)
      const action = args[signal + 1]
      const sig = action === 'stop' ? 'SIGTERM' : action === 'quit' ? 'SIGQUIT' : null
      if (!pid || !machine || !machine.processes().some((p) => p.pid === pid)) {
        ctx.stderr.write(`nginx: [error] invalid PID number "" in "/run/nginx.pid"\n`)
        return 1
      }
      if (sig) {
        machine.signalPid(pid, sig)
        ctx.fs.remove('/run/nginx.pid')
      }
      return 0
    }
    const conf = readText(ctx.fs, '/etc/nginx/nginx.conf') ?? ''
    const foreground = args.some((a, i) => args[i - 1] === '-g' && /daemon\s+off/.test(a)) || /^\s*daemon\s+off\s*;/m.test(conf) || args.includes('-t') || args.includes('-v') || args.includes('-V')
    const machine = ctx.host.containerId ? daemonRef().runtime.machineOf(ctx.host.containerId) : undefined
    if (foreground || !machine) return nginx({ ...ctx, env })
    // The master binds before it forks: a taken port fails here, in the foreground.
    const probe = ctx.host.network.listen(80, async () => ({ status: 500, statusText: '', headers: [], body: '' }))
    if (!probe.ok) {
      for (let i = 0; i < 5; i++) ctx.stderr.write(`nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)\n`)
      ctx.stderr.write('nginx: [emerg] still could not bind()\n')
      return 1
    }
    probe.close()
    const child = machine.run(nginx, {
      argv: ctx.argv,
      env,
      cwd: '/',
      stdout: fileLog(ctx, '/var/log/nginx/access.log'),
      stderr: fileLog(ctx, '/var/log/nginx/error.log'),
      ppid: 1,
    })
    appendFile(ctx.fs, '/run/nginx.pid', '')
    ctx.fs.writeFile('/run/nginx.pid', `${child.pid}\n`)
    return 0
  }
}

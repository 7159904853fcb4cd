/**
 * Shared setup for the curl and wget tests: a real nginx container published on
 * localhost:8080, plus a small scripted server in the same container on port 81 (published
 * on localhost:8082) for echoes, redirects and bodies without a length.
 */
import type { Engine } from '../../index'
import type { HttpRequest, HttpResponse } from '../../process/types'
import { createTestEngine, d, sh, type Captured } from '../../testing'
import { curl } from './curl'
import { wget } from './wget'

export const NGINX_INDEX_LENGTH = 615

function echo(req: HttpRequest): HttpResponse {
  const body = `${req.method} ${req.path}\n${req.headers.map(([k, v]) => `${k}: ${v}\n`).join('')}\n${req.body}`
  return { status: 200, statusText: 'OK', headers: [['Content-Type', 'text/plain'], ['Content-Length', String(body.length)]], body }
}

function scripted(req: HttpRequest): HttpResponse {
  const redirect = (status: number, text: string, location: string): HttpResponse => ({
    status,
    statusText: text,
    headers: [['Location', location], ['Content-Length', '6']],
    body: 'moved\n',
  })
  const m = /^\/redirect\/(\d+)$/.exec(req.path)
  if (m) return redirect(302, 'Found', Number(m[1]) > 1 ? `/redirect/${Number(m[1]) - 1}` : '/echo')
  if (req.path === '/loop') return redirect(302, 'Found', '/loop')
  if (req.path === '/see-other') return redirect(303, 'See Other', 'http://localhost:8082/echo')
  if (req.path === '/stream') return { status: 200, statusText: 'OK', headers: [['Content-Type', 'text/plain']], body: 'no length\n' }
  if (req.path.startsWith('/echo')) return echo(req)
  return { status: 500, statusText: 'Internal Server Error', headers: [['Content-Length', '0']], body: '' }
}

/** An engine with nginx on :8080 and the scripted server on :8082; the container is "web". */
export async function servers(): Promise<Engine & { containerId: string }> {
  const engine = createTestEngine()
  let run = await d(engine, 'docker run -d -p 8080:80 -p 8082:81 --name web nginx')
  const probe = await engine.daemon.network.portFor('').request('localhost', 8080, { method: 'HEAD', path: '/', httpVersion: '1.1', headers: [], body: '' })
  if ('error' in probe) {
    // the image's entrypoint script needs coreutils that may not be there yet: run nginx itself
    await d(engine, 'docker rm -f web')
    run = await d(engine, "docker run -d -p 8080:80 -p 8082:81 --name web --entrypoint nginx nginx -g 'daemon off;'")
  }
  const containerId = run.stdout.trim()
  const listening = engine.daemon.network.portFor(containerId).listen(81, async (req) => scripted(req))
  if (!listening.ok) throw new Error(listening.error)
  return Object.assign(engine, { containerId })
}

export { sh }

/** Run curl or wget directly on the host with stdout (and stderr) on a terminal. */
export async function onTty(engine: Engine, argv: string[]): Promise<Captured> {
  let stdout = ''
  let stderr = ''
  const p = engine.host.run(argv[0] === 'wget' ? wget : curl, {
    argv,
    env: engine.hostEnv(),
    cwd: engine.homeDir,
    stdout: { write: (t) => void (stdout += t), isTTY: true },
    stderr: { write: (t) => void (stderr += t), isTTY: true },
    tty: true,
    uid: 1000,
  })
  const status = await p.exit
  return { stdout, stderr, status }
}

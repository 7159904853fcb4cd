/**
 * Property tests over the whole engine (fast-check, fixed seed, bounded runs):
 *  1. any docker command line returns an exit status, with something to show for a failure;
 *  2. random sequences of valid container and image commands keep the daemon's invariants,
 *     and removing everything leaves nothing behind;
 *  3. any host shell line returns.
 * A command that streams or waits (stats, logs -f, wait, an attached run) is interrupted like
 * Ctrl+C; it must then return.
 */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { Engine } from './index'
import { CancelSource, type CancelToken, type Clock } from './kernel/ports'
import { createTestEngine, docker, sh, TEST_NOW, words, type Captured } from './testing'

const SEED = 20240716

// ---- harness --------------------------------------------------------------------------------

/** Sleeps longer than this never end within a test (a `sleep 1000` container stays up). */
const FOREVER_MS = 60_000

interface PropClock extends Clock {
  /** Called on every sleep; the runner counts them. */
  onSleep: (() => void) | null
}

/** A clock whose sleeps take a macrotask, so that a watchdog can interrupt a command. */
function propClock(): PropClock {
  let t = TEST_NOW
  const clock: PropClock = {
    onSleep: null,
    now: () => t,
    sleep: (ms: number, cancel?: CancelToken) =>
      new Promise<boolean>((resolve) => {
        clock.onSleep?.()
        if (cancel?.cancelled) return resolve(false)
        if (ms > FOREVER_MS) return void cancel?.onCancel(() => resolve(false))
        const off = cancel?.onCancel(() => {
          clearImmediate(timer)
          resolve(false)
        })
        const timer = setImmediate(() => {
          off?.()
          t += ms
          resolve(true)
        })
      }),
  }
  return clock
}

function propEngine(): { engine: Engine; clock: PropClock } {
  const clock = propClock()
  return { engine: createTestEngine({ clock, seed: 7 }), clock }
}

const MAX_SLEEPS = 40
const INTERRUPT_AFTER_MS = 300
const GIVE_UP_AFTER_MS = 3000

/**
 * `docker ARGV…`, with Ctrl+C after MAX_SLEEPS clock sleeps or INTERRUPT_AFTER_MS of wall time.
 * Rejects when the command has still not returned GIVE_UP_AFTER_MS later.
 */
async function run(engine: Engine, clock: PropClock, argv: string[]): Promise<Captured & { interrupted: boolean }> {
  const cancel = new CancelSource()
  let sleeps = 0
  clock.onSleep = () => {
    if (++sleeps >= MAX_SLEEPS) cancel.cancel()
  }
  const interrupt = setTimeout(() => cancel.cancel(), INTERRUPT_AFTER_MS)
  let giveUp: ReturnType<typeof setTimeout> | undefined
  const stuck = new Promise<never>((_, reject) => {
    cancel.onCancel(() => {
      giveUp = setTimeout(() => reject(new Error(`docker ${JSON.stringify(argv)} did not return after Ctrl+C`)), GIVE_UP_AFTER_MS)
    })
  })
  try {
    const r = await Promise.race([docker(engine, argv, { cancel }), stuck])
    return { ...r, interrupted: cancel.cancelled }
  } finally {
    clock.onSleep = null
    clearTimeout(interrupt)
    clearTimeout(giveUp)
  }
}

/** What a JavaScript error looks like when it leaks into a program's output. */
const LEAKED_JS_ERROR =
  /Cannot read propert|is not a function|is not iterable|is not defined|undefined is not|Maximum call stack|Invalid array length|TypeError|RangeError|ReferenceError|SyntaxError: /

function expectWellFormed(argv: string[], r: Captured & { interrupted?: boolean }): void {
  const what = `docker ${JSON.stringify(argv)} → ${r.status}\nstdout: ${r.stdout.slice(0, 400)}\nstderr: ${r.stderr.slice(0, 400)}`
  expect(Number.isInteger(r.status), what).toBe(true)
  expect(r.status >= 0 && r.status <= 255, what).toBe(true)
  if (r.status !== 0 && !r.interrupted) expect(r.stderr.length + r.stdout.length, what).toBeGreaterThan(0)
  expect(r.stderr, what).not.toMatch(LEAKED_JS_ERROR)
}

// ---- 1. random command lines ------------------------------------------------------------------

const SUBCOMMANDS = [
  'run', 'create', 'start', 'stop', 'restart', 'kill', 'rm', 'rmi', 'pull', 'push', 'images', 'image', 'ps', 'ls',
  'container', 'logs', 'inspect', 'exec', 'attach', 'tag', 'rename', 'pause', 'unpause', 'port', 'top', 'stats',
  'wait', 'cp', 'diff', 'commit', 'history', 'build', 'network', 'volume', 'system', 'prune', 'df', 'info', 'version',
  'login', 'logout', 'search', 'help', 'events', 'save', 'load', 'compose', 'builder',
]
const FLAGS = [
  '-d', '-a', '-f', '-p', '-P', '-q', '-i', '-t', '-it', '-e', '-v', '-w', '-u', '-h', '-n', '-s', '-l', '--name',
  '--rm', '--help', '--format', '--filter', '--no-trunc', '--all', '--force', '--signal', '--time', '-t0', '--tail',
  '--since', '--until', '--timestamps', '--entrypoint', '--user', '--restart', '--env', '--publish', '--detach',
  '--quiet', '--size', '--latest', '--last', '--digests', '--type', '--follow', '--no-stream', '--help=false',
  '--format=json', '-p=8080:80', '--name=web', '--', '-', '--nope', '-Z', '--debug', '-D', '--context',
]
const VALUES = [
  'busybox', 'alpine', 'nginx', 'nginx:alpine', 'hello-world', 'node', 'python:3', 'httpd', 'ubuntu', 'debian:bookworm',
  'busybox:latest', 'alpine@sha256:0000', 'nope/nope', 'UPPER', 'localhost:5000/x', 'a:b:c', 'sha256:', 'sha256:abc',
  'web', 'db', '/web', 'ab', '0', '1', '10', '-1', '1000', '65536', '8080:80', '80', '8080-8081:80-81', '127.0.0.1:8080:80',
  ':80', '80/udp', 'status=running', 'status=bogus', 'name=web', 'dangling=true', 'label=a=b', 'before=web',
  '{{.ID}}', '{{.Names}}', '{{json .}}', '{{range .}}{{end}}', '{{', '}}', '{{.Nope}}', '{{index .Config.Env 0}}',
  'table {{.Names}}\t{{.Status}}', 'json', 'table', 'sleep', 'echo', 'hi', 'sh', '-c', 'ls', '/', 'cat', '/etc/hostname',
  'A=1', 'KILL', 'SIGTERM', 'SIGNOPE', '9', 'web:/etc/hostname', './x', 'x:', '.', '..', '',
]
const QUOTED = ['"', "'", '""', "''", '"a b"', "'{{.ID}} {{.Names}}'", '"--name web"']

const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SUBCOMMANDS) },
  { weight: 4, arbitrary: fc.constantFrom(...FLAGS) },
  { weight: 5, arbitrary: fc.constantFrom(...VALUES) },
  { weight: 1, arbitrary: fc.constantFrom(...QUOTED) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
)
/** A docker command: mostly a subcommand first, then anything. */
const argvArb = fc.tuple(fc.constantFrom(...SUBCOMMANDS), fc.array(token, { maxLength: 7 }), fc.boolean()).map(([sub, rest, lead]) =>
  lead ? [sub, ...rest] : rest,
)

describe('any docker command line', () => {
  test('returns an exit status, never throws, and explains a failure', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(argvArb, { minLength: 1, maxLength: 4 }), async (commands) => {
        const { engine, clock } = propEngine()
        for (const argv of commands) expectWellFormed(argv, await run(engine, clock, argv))
      }),
      { seed: SEED, numRuns: 600 },
    )
  })

  test('the same through the one-line helper (quotes group words)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(token, { maxLength: 8 }), async (tokens) => {
        const { engine, clock } = propEngine()
        const line = tokens.join(' ')
        expectWellFormed(words(line), await run(engine, clock, words(line)))
      }),
      { seed: SEED, numRuns: 600 },
    )
  })
})

// ---- 2. invariants over valid command sequences -----------------------------------------------

const IMAGES = ['busybox', 'alpine', 'nginx', 'nginx:alpine']
const NAMES = ['web', 'db', 'cache']
const HOST_PORTS = ['8080', '8081', '9000']
const NEW_TAGS = ['mine:1', 'mine:2', 'other']

/** A container: by name, or the k-th existing one by ID prefix (resolved when the step runs). */
const target = fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...NAMES) }, { weight: 3, arbitrary: fc.nat(9).map((k) => ({ k })) })
type Target = string | { k: number }
/** An image: a reference (possibly one of our own tags), or the k-th image by ID. */
const imageTarget = fc.oneof(fc.constantFrom(...IMAGES, ...NEW_TAGS), fc.nat(9).map((k) => ({ k })))

const keepsRunning = (image: string) => (image.startsWith('nginx') ? [] : ['sleep', '1000'])

const step = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constantFrom('run', 'create'), name: fc.option(fc.constantFrom(...NAMES), { nil: undefined }), port: fc.option(fc.constantFrom(...HOST_PORTS), { nil: undefined }), image: fc.constantFrom(...IMAGES), exits: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constantFrom('start', 'kill', 'restart'), c: target }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constantFrom('pause', 'unpause'), c: target }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('stop'), c: target, t: fc.constantFrom('0', '1') }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('rm'), c: target, force: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('rmi'), i: imageTarget, force: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('tag'), i: imageTarget, to: fc.constantFrom(...NEW_TAGS) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('pull'), image: fc.constantFrom(...IMAGES) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('rename'), c: target, to: fc.constantFrom(...NAMES) }) },
)
type Step = typeof step extends fc.Arbitrary<infer S> ? S : never

function containerRef(e: Engine, t: Target, only?: (c: Engine['daemon']['state']['containers'][string]) => boolean): string {
  if (typeof t === 'string') return t
  const all = Object.values(e.daemon.state.containers)
  const ids = (only && all.some(only) ? all.filter(only) : all).map((c) => c.id)
  return ids.length ? ids[t.k % ids.length]!.slice(0, 12) : 'none'
}
function imageRef(e: Engine, t: Target): string {
  if (typeof t === 'string') return t
  const ids = Object.keys(e.daemon.state.images)
  return ids.length ? ids[t.k % ids.length]!.slice(7, 19) : 'none'
}

function argvOf(e: Engine, s: Step): string[] {
  switch (s.op) {
    case 'run':
    case 'create': {
      const flags = [...(s.op === 'run' ? ['-d'] : []), ...(s.name ? ['--name', s.name] : []), ...(s.port ? ['-p', `${s.port}:80`] : [])]
      return [s.op, ...flags, s.image, ...(s.exits ? ['true'] : keepsRunning(s.image))]
    }
    case 'stop':
      return ['stop', '-t', s.t, containerRef(e, s.c, (c) => c.state.Running)]
    case 'rm':
      return ['rm', ...(s.force ? ['-f'] : []), containerRef(e, s.c)]
    case 'rmi':
      return ['rmi', ...(s.force ? ['-f'] : []), imageRef(e, s.i)]
    case 'tag':
      return ['tag', imageRef(e, s.i), s.to]
    case 'pull':
      return ['pull', '-q', s.image]
    case 'rename':
      return ['rename', containerRef(e, s.c), s.to]
    case 'unpause':
      return ['unpause', containerRef(e, s.c, (c) => c.state.Paused)]
    default:
      return [s.op, containerRef(e, s.c, s.op === 'start' ? (c) => !c.state.Running : (c) => c.state.Running)]
  }
}

/** The daemon's invariants; returns what is wrong (empty when all hold). */
function violations(e: Engine): string[] {
  const st = e.daemon.state
  const out: string[] = []
  const containers = Object.values(st.containers)
  const names = containers.map((c) => c.name)
  if (new Set(names).size !== names.length) out.push(`duplicate container names: ${names.join(', ')}`)
  for (const c of containers) if (!st.images[c.image]) out.push(`container ${c.name} has no image ${c.image}`)
  const holder = new Map<string, string>()
  for (const b of e.daemon.network.hostBindings()) {
    if (!e.daemon.runtime.isRunning(b.containerId)) out.push(`port ${b.hostPort} is bound by a container that is not running`)
    const key = `${b.hostPort}/${b.proto}`
    const other = holder.get(key)
    if (other && other !== b.containerId) out.push(`host port ${key} is bound by two containers`)
    holder.set(key, b.containerId)
  }
  for (const img of Object.values(st.images)) {
    for (const diff of img.blob.rootfs.diff_ids) if (!st.layers[diff]) out.push(`image ${img.id} lacks layer ${diff}`)
  }
  for (const [tag, id] of Object.entries(st.tags)) if (!st.images[id]) out.push(`tag ${tag} points at a missing image`)
  return out
}

describe('valid command sequences', () => {
  test('keep names and host ports unique, images and layers present; rm -f + rmi -f of everything leaves nothing', async () => {
    const seen = new Map<string, number>() // what the sequences got to exercise
    const note = (k: string) => seen.set(k, (seen.get(k) ?? 0) + 1)
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 20 }), async (steps) => {
        const { engine: e, clock } = propEngine()
        const log: string[] = []
        for (const s of steps) {
          const argv = argvOf(e, s)
          const r = await run(e, clock, argv)
          log.push(`docker ${argv.join(' ')} → ${r.status} ${r.stderr.trim()}`)
          note(`${s.op} ${r.status === 0 ? 'ok' : 'failed'}`)
          if (/port is already allocated/.test(r.stderr)) note('port conflict')
          if (/is already in use by container/.test(r.stderr)) note('name conflict')
          if (e.daemon.network.hostBindings().length) note('ports bound')
          expectWellFormed(argv, r)
          expect(violations(e), log.join('\n')).toEqual([])
        }
        const ids = Object.keys(e.daemon.state.containers)
        if (ids.length) expectWellFormed(['rm', '-f'], await run(e, clock, ['rm', '-f', ...ids]))
        const images = Object.keys(e.daemon.state.images)
        if (images.length) expectWellFormed(['rmi', '-f'], await run(e, clock, ['rmi', '-f', ...images]))
        const st = e.daemon.state
        expect(
          { containers: Object.keys(st.containers), images: Object.keys(st.images), tags: Object.keys(st.tags), layers: Object.keys(st.layers), bindings: e.daemon.network.hostBindings().length },
          log.join('\n'),
        ).toEqual({ containers: [], images: [], tags: [], layers: [], bindings: 0 })
      }),
      { seed: SEED, numRuns: 400 },
    )
    // the sequences reached the interesting cases, not only errors
    for (const k of ['run ok', 'create ok', 'start ok', 'stop ok', 'kill ok', 'pause ok', 'unpause ok', 'restart ok', 'rm ok', 'rmi ok', 'tag ok', 'pull ok', 'rename ok', 'port conflict', 'name conflict', 'ports bound']) {
      expect(seen.get(k) ?? 0, `${k}: ${JSON.stringify(Object.fromEntries(seen))}`).toBeGreaterThan(0)
    }
  })
})

// ---- 3. host shell lines -----------------------------------------------------------------------

const SHELL_TOKENS = [
  'echo', 'printf', 'cat', 'ls', 'cd', 'pwd', 'export', 'unset', 'read', 'true', 'false', 'test', '[', ']', 'grep', 'wc',
  '-l', 'head', 'tail', 'sort', 'uniq', 'tr', 'a-z', 'A-Z', 'seq', '3', 'docker', 'ps', 'images', 'version', 'mkdir', 'rm',
  'touch', 'x', 'y', '/tmp', '~', '..', '-la', 'env', 'exit', 'history', 'help', 'type', 'which', 'set', 'shift', 'local',
  'for', 'in', 'do', 'done', 'if', 'then', 'else', 'fi', 'case', 'esac', '{', '}', '(', ')', '!', ';', ';;', '&&', '||',
  '|', '&', '>', '>>', '<', '2>&1', '<<', '<<<', '$', '$?', '$#', '$@', '$HOME', '${', '${x:-y}', '${#x}', '$(', '$((',
  '))', '1+2', '`', '"', "'", '\\', '#', '*', '?', '[a]', 'x=1', 'x=', '=', '\n', '\t', '%s\\n',
]
const shellLine = fc
  .array(
    fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...SHELL_TOKENS) },
      { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
    ),
    { maxLength: 10 },
  )
  .map((t) => t.join(' '))

describe('any host shell line', () => {
  test('returns an exit status and leaks no JavaScript error', async () => {
    await fc.assert(
      fc.asyncProperty(shellLine, async (line) => {
        const { engine } = propEngine()
        const r = await sh(engine, line)
        const what = `${JSON.stringify(line)} → ${r.status}\n${r.stderr.slice(0, 400)}`
        expect(Number.isInteger(r.status) && r.status >= 0 && r.status <= 255, what).toBe(true)
        expect(r.stderr, what).not.toMatch(LEAKED_JS_ERROR)
      }),
      { seed: SEED, numRuns: 600 },
    )
  })
})

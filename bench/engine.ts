/**
 * Engine figures, measured in a Node process of their own (started by bench/run.ts with
 * --expose-gc, from a Vite SSR bundle of this file so that no loader hooks or esbuild
 * keep-names wrappers sit in the measured heap). Prints one JSON object on stdout.
 */
import type { Clock } from '../src/engine/kernel/ports'
import { createTestEngine, docker, TEST_NOW } from '../src/engine/testing'
import type { Engine } from '../src/engine'

export interface EngineFigures {
  runs: number
  rounds: number
  msPerRun: number
  msPerRunRounds: number[]
  psAllMs: number
  heapKBPerContainer: number
  heapKBPerContainerRounds: number[]
  runningAtEnd: number
  latencyUs: Record<string, { median: number; p90: number; iterations: number }>
  /** `docker build` of an unchanged 10-instruction Dockerfile: median ms, and whether every step was CACHED. */
  rebuildMs: number
  rebuildAllCached: boolean
  /** A cold `docker build` of seed 001's Node.js app (FROM node, COPY, RUN npm install), ms. */
  coldBuildMs: number
}

/**
 * A clock that stands still and whose sleeps end only when cancelled: `sleep 1000` keeps its
 * container running for the whole benchmark, as it would for 1000 s in the browser.
 */
const stillClock: Clock = {
  now: () => TEST_NOW,
  sleep: (_ms, cancel) =>
    new Promise<boolean>((resolve) => {
      if (cancel?.cancelled) return resolve(false)
      cancel?.onCancel(() => resolve(false))
    }),
}

const gc = (globalThis as { gc?: () => void }).gc
function heapUsed(): number {
  if (!gc) throw new Error('run node with --expose-gc')
  for (let i = 0; i < 3; i++) gc()
  return process.memoryUsage().heapUsed
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!

async function must(e: Engine, argv: string[]): Promise<string> {
  const r = await docker(e, argv)
  if (r.status !== 0) throw new Error(`docker ${argv.join(' ')} → ${r.status}: ${r.stderr}`)
  return r.stdout
}

/** One round: a fresh engine, N × `docker run -d busybox sleep 1000`, then `docker ps -a`. */
async function round(n: number) {
  const e = createTestEngine({ clock: stillClock })
  await must(e, ['pull', 'busybox'])
  await must(e, ['run', '-d', 'busybox', 'sleep', '1000']) // warm the code paths
  await must(e, ['rm', '-f', (await must(e, ['ps', '-q'])).trim()])
  const before = heapUsed()
  const t0 = performance.now()
  for (let i = 0; i < n; i++) await must(e, ['run', '-d', 'busybox', 'sleep', '1000'])
  const t1 = performance.now()
  const after = heapUsed()
  const t2 = performance.now()
  const ps = await must(e, ['ps', '-a'])
  const t3 = performance.now()
  const rows = ps.trimEnd().split('\n').length - 1
  if (rows !== n) throw new Error(`docker ps -a listed ${rows} containers, expected ${n}`)
  const running = Object.keys(e.daemon.state.containers).filter((id) => e.daemon.runtime.isRunning(id)).length
  return { msPerRun: (t1 - t0) / n, psAllMs: t3 - t2, heapKB: (after - before) / n / 1000, running }
}

/** Median latency of single commands on a small, typical state. */
async function latency(iterations: number) {
  const e = createTestEngine({ clock: stillClock })
  for (const img of ['busybox', 'alpine', 'nginx']) await must(e, ['pull', img])
  await must(e, ['run', '-d', '--name', 'web', '-p', '8080:80', 'nginx'])
  for (let i = 0; i < 4; i++) await must(e, ['run', '-d', 'busybox', 'sleep', '1000'])
  await must(e, ['create', 'alpine'])
  const commands: Record<string, string[]> = {
    'docker ps': ['ps'],
    'docker ps -a': ['ps', '-a'],
    'docker images': ['images'],
    'docker inspect web': ['inspect', 'web'],
  }
  const out: EngineFigures['latencyUs'] = {}
  for (const [label, argv] of Object.entries(commands)) {
    for (let i = 0; i < 50; i++) await must(e, argv)
    const times: number[] = []
    for (let i = 0; i < iterations; i++) {
      const t = performance.now()
      await must(e, argv)
      times.push((performance.now() - t) * 1000)
    }
    out[label] = { median: Math.round(median(times)), p90: Math.round(quantile(times, 0.9)), iterations }
  }
  return out
}

const TEN_STEPS = [
  'FROM alpine',
  'WORKDIR /app',
  'ENV GREETING=hello',
  'RUN echo one > /one',
  'RUN echo two > /two',
  'COPY a.txt /app/',
  'RUN mkdir -p /data',
  'COPY b.txt /data/',
  'LABEL course=wharf',
  'CMD ["sh"]',
].join('\n')

/** Rebuild time of an unchanged 10-step Dockerfile, and a cold build of seed 001's app. */
async function builds(iterations: number) {
  const e = createTestEngine()
  const fs = e.host.fs
  fs.mkdir('/home/learner/ten', { recursive: true })
  fs.writeFile('/home/learner/ten/Dockerfile', TEN_STEPS + '\n')
  fs.writeFile('/home/learner/ten/a.txt', 'a\n')
  fs.writeFile('/home/learner/ten/b.txt', 'b\n')
  const build = ['build', '--progress=plain', '-t', 'ten', '/home/learner/ten']
  await must(e, build)
  const times: number[] = []
  let allCached = true
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now()
    const r = await docker(e, build)
    times.push(performance.now() - t0)
    // every numbered step: FROM, WORKDIR, three RUNs, two COPYs
    allCached &&= (r.stderr + r.stdout).split('\n').filter((l) => / CACHED$/.test(l)).length === 7
  }
  const cold = createTestEngine()
  cold.host.fs.mkdir('/home/learner/node-app', { recursive: true })
  cold.host.fs.writeFile('/home/learner/node-app/package.json', '{ "name": "node-app", "version": "1.0.0", "main": "server.js", "dependencies": { "express": "^5.1.0" } }\n')
  cold.host.fs.writeFile('/home/learner/node-app/server.js', 'require("express")().get("/", (q, s) => s.send("hi")).listen(80)\n')
  cold.host.fs.writeFile('/home/learner/node-app/Dockerfile', 'FROM node\nWORKDIR /app\nCOPY . /app\nRUN npm install\nEXPOSE 80\nCMD ["node", "server.js"]\n')
  const t0 = performance.now()
  await must(cold, ['build', '-q', '-t', 'node-app', '/home/learner/node-app'])
  const coldBuildMs = performance.now() - t0
  return { rebuildMs: median(times), rebuildAllCached: allCached, coldBuildMs }
}

async function main() {
  const n = Number(process.env.BENCH_CONTAINERS ?? 1000)
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3)
  const results = []
  for (let i = 0; i < rounds; i++) results.push(await round(n))
  const figures: EngineFigures = {
    runs: n,
    rounds,
    msPerRun: median(results.map((r) => r.msPerRun)),
    msPerRunRounds: results.map((r) => r.msPerRun),
    psAllMs: median(results.map((r) => r.psAllMs)),
    heapKBPerContainer: median(results.map((r) => r.heapKB)),
    heapKBPerContainerRounds: results.map((r) => r.heapKB),
    runningAtEnd: Math.min(...results.map((r) => r.running)),
    latencyUs: await latency(Number(process.env.BENCH_ITERATIONS ?? 300)),
    ...(await builds(20)),
  }
  process.stdout.write(JSON.stringify(figures) + '\n')
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
    process.exit(1)
  },
)

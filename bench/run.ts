/**
 * `npm run bench`: the performance figures of Wharf against their goals. Prints a table and
 * writes bench/results/latest.json. A figure over its goal is reported, never a failure: the
 * process fails only when a measurement cannot be made at all.
 *
 *   npm run bench                      everything
 *   npm run bench -- --only engine     engine figures only (no browser)
 *   npm run bench -- --only browser    cold load and JS size only
 *   npm run bench -- --runs 9          cold loads per page (default 7, at least 5)
 *   npm run bench -- --dist            measure the existing dist/ instead of a fresh build
 */
import { replFigures, type ReplFigures } from './repl'
import { execFile } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { cpus, totalmem } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { build } from 'vite'
import { buildApp, buildBare, coldLoad, eagerJs, launch, serveStatic, type EagerJs, type LoadSample } from './browser'
import type { EngineFigures } from './engine'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const WORK = join(ROOT, 'node_modules', '.tmp', 'wharf-bench')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const run = promisify(execFile)

interface Figure {
  value: number | null
  unit: string
  goal: number | null
  /** "PASS" / "OVER" against the goal; "info" when the figure has none. */
  status: 'PASS' | 'OVER' | 'info' | 'skipped'
}

const fig = (value: number | null, unit: string, goal: number | null): Figure => ({
  value: value === null ? null : round(value),
  unit,
  goal,
  status: value === null ? 'skipped' : goal === null ? 'info' : value <= goal ? 'PASS' : 'OVER',
})
const round = (x: number) => Math.round(x * 1000) / 1000
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

function args() {
  const a = process.argv.slice(2)
  const at = (flag: string) => (a.includes(flag) ? a[a.indexOf(flag) + 1] : undefined)
  const only = at('--only')
  return {
    engine: only === undefined || only === 'engine',
    browser: only === undefined || only === 'browser',
    runs: Math.max(5, Number(at('--runs') ?? 7)),
    useDist: a.includes('--dist'),
  }
}

/** Bundle bench/engine.ts for Node and run it in a fresh process with --expose-gc. */
async function engineFigures(): Promise<EngineFigures> {
  const outDir = join(WORK, 'engine')
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    publicDir: false,
    build: { ssr: join(ROOT, 'bench/engine.ts'), outDir, emptyOutDir: true, rollupOptions: { output: { entryFileNames: 'engine.mjs' } } },
  })
  const { stdout } = await run(process.execPath, ['--expose-gc', join(outDir, 'engine.mjs')], { maxBuffer: 64 << 20 })
  return JSON.parse(stdout) as EngineFigures
}

interface BrowserFigures {
  runs: number
  chromium: string
  app: { ready: number; prompt: number | null; fcp: number | null; samples: LoadSample[]; js: EagerJs }
  repl: ReplFigures
  bare: { ready: number; prompt: number | null; fcp: number | null; samples: LoadSample[]; js: EagerJs }
}

async function browserFigures(runs: number, useDist: boolean): Promise<BrowserFigures> {
  const appDir = useDist ? join(ROOT, 'dist') : join(WORK, 'app')
  const bareDir = join(WORK, 'bare')
  if (!useDist) await buildApp(ROOT, appDir)
  await buildBare(join(WORK, 'bare-src'), bareDir)
  const app = await serveStatic(appDir)
  const bare = await serveStatic(bareDir)
  const browser = await launch(CHROMIUM)
  try {
    const samples = { app: [] as LoadSample[], bare: [] as LoadSample[] }
    // one discarded load of each warms Chromium's process and the servers' gzip caches
    await coldLoad(browser, app.url, true)
    await coldLoad(browser, bare.url, true)
    for (let i = 0; i < runs; i++) {
      // alternate the order so that drift on the machine falls on both pages alike
      const order = i % 2 ? (['bare', 'app'] as const) : (['app', 'bare'] as const)
      for (const which of order) samples[which].push(await coldLoad(browser, which === 'app' ? app.url : bare.url, true))
    }
    const summary = (s: LoadSample[]) => ({
      ready: median(s.map((x) => x.ready)),
      prompt: s.every((x) => x.prompt !== null) ? median(s.map((x) => x.prompt!)) : null,
      fcp: s.every((x) => x.fcp !== null) ? median(s.map((x) => x.fcp!)) : null,
      samples: s.map((x) => ({ ready: round(x.ready), prompt: x.prompt === null ? null : round(x.prompt), fcp: x.fcp === null ? null : round(x.fcp) })),
    })
    const repl = await replFigures(browser, app.url)
    return {
      runs,
      repl,
      chromium: browser.version(),
      app: { ...summary(samples.app), js: await eagerJs(appDir) },
      bare: { ...summary(samples.bare), js: await eagerJs(bareDir) },
    }
  } finally {
    await browser.close()
    await app.close()
    await bare.close()
  }
}

function table(rows: [string, Figure][]): string {
  const fmt = (f: Figure, x: number | null) => (x === null ? '–' : `${x}${f.unit === 'x' ? '×' : ` ${f.unit}`}`)
  const lines = rows.map(([name, f]) => [name, fmt(f, f.value), f.goal === null ? '' : `≤ ${fmt(f, f.goal)}`, f.status])
  const head = ['figure', 'value', 'goal', '']
  const w = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)))
  const line = (l: string[]) => l.map((c, i) => (i === 1 || i === 2 ? c.padStart(w[i]!) : c.padEnd(w[i]!))).join('  ').trimEnd()
  return [line(head), w.map((n) => '-'.repeat(n)).join('  '), ...lines.map(line)].join('\n')
}

async function main() {
  const o = args()
  await mkdir(WORK, { recursive: true })
  let engine: EngineFigures | null = null
  let browser: BrowserFigures | null = null
  if (o.engine) {
    process.stderr.write('bench: engine (1,000 × docker run -d, command latency)…\n')
    engine = await engineFigures()
  }
  if (o.browser) {
    process.stderr.write(`bench: browser (builds, then ${o.runs} cold loads per page in ${CHROMIUM})…\n`)
    browser = await browserFigures(o.runs, o.useDist)
  }
  const ratio = (a?: number | null, b?: number | null) => (a != null && b != null ? a / b : null)
  const lat = (k: string) => engine?.latencyUs[k]?.median ?? null
  const figures = {
    coldLoadRatio: fig(ratio(browser?.app.ready, browser?.bare.ready), 'x', 1.3),
    coldLoadMs: fig(browser?.app.ready ?? null, 'ms', null),
    coldLoadBareMs: fig(browser?.bare.ready ?? null, 'ms', null),
    promptRatio: fig(ratio(browser?.app.prompt, browser?.bare.prompt), 'x', null),
    promptMs: fig(browser?.app.prompt ?? null, 'ms', null),
    eagerJsGzipKB: fig(browser?.app.js.gzipKB ?? null, 'KB', 200),
    eagerJsGzipBareKB: fig(browser?.bare.js.gzipKB ?? null, 'KB', null),
    nodeReplPromptMs: fig(browser?.repl.nodePromptMs ?? null, 'ms', 100),
    pythonReplColdMs: fig(browser?.repl.pythonColdMs ?? null, 'ms', 3000),
    pythonReplWarmMs: fig(browser?.repl.pythonWarmMs ?? null, 'ms', null),
    rebuildUnchangedMs: fig(engine ? (engine.rebuildAllCached ? engine.rebuildMs : null) : null, 'ms', 10),
    coldBuildSeed001Ms: fig(engine?.coldBuildMs ?? null, 'ms', null),
    runDetachedMs: fig(engine?.msPerRun ?? null, 'ms', 0.5),
    psAllAfterRunsMs: fig(engine?.psAllMs ?? null, 'ms', null),
    heapPerContainerKB: fig(engine?.heapKBPerContainer ?? null, 'KB', 10),
    latencyPsUs: fig(lat('docker ps'), 'µs', null),
    latencyPsAllUs: fig(lat('docker ps -a'), 'µs', null),
    latencyImagesUs: fig(lat('docker images'), 'µs', null),
    latencyInspectUs: fig(lat('docker inspect web'), 'µs', null),
  }
  const n = engine?.runs ?? 1000
  const labels: Record<keyof typeof figures, string> = {
    coldLoadRatio: 'cold load to terminal, app ÷ bare page',
    coldLoadMs: '  app: navigation → terminal open (median)',
    coldLoadBareMs: '  bare Vite + React + xterm page',
    promptRatio: 'cold load to prompt, app ÷ bare page',
    promptMs: '  app: navigation → prompt in the terminal',
    eagerJsGzipKB: 'JS before first interaction, gzip -9',
    eagerJsGzipBareKB: '  bare page, same measure',
    nodeReplPromptMs: 'docker run -it node → > (image cached)',
    pythonReplColdMs: 'docker run -it python → >>> (fresh page)',
    pythonReplWarmMs: '  again in the same page',
    rebuildUnchangedMs: 'docker build, unchanged 10 steps (all CACHED)',
    coldBuildSeed001Ms: 'docker build, seed 001 app, cold',
    runDetachedMs: `docker run -d, per run (${n} runs)`,
    psAllAfterRunsMs: `docker ps -a with ${n} containers`,
    heapPerContainerKB: 'heap per running container',
    latencyPsUs: 'docker ps (6 containers), median',
    latencyPsAllUs: 'docker ps -a (7 containers), median',
    latencyImagesUs: 'docker images (3 images), median',
    latencyInspectUs: 'docker inspect web, median',
  }
  console.log(table(Object.entries(figures).map(([k, f]) => [labels[k as keyof typeof figures], f])))
  if (engine && engine.runningAtEnd !== engine.runs) console.log(`note: only ${engine.runningAtEnd} of ${engine.runs} containers were still running`)

  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string }
  const result = {
    schema: 1,
    generatedAt: new Date().toISOString(),
    wharfVersion: pkg.version,
    machine: {
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? '',
      memoryGB: round(totalmem() / 1e9),
      chromium: browser?.chromium ?? null,
    },
    figures,
    details: { engine, browser },
  }
  if (!(o.engine && o.browser)) return console.log('\n(partial run: bench/results/latest.json left as it was)')
  const out = join(ROOT, 'bench', 'results', 'latest.json')
  await mkdir(dirname(out), { recursive: true })
  await writeFile(out, JSON.stringify(result, null, 2) + '\n')
  console.log(`\nsaved ${out.slice(ROOT.length + 1)}`)
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})

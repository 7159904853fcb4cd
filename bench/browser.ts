/**
 * Browser figures: build the app and the bare reference page, serve each with gzip on
 * 127.0.0.1, and load them in headless Chromium, each load in a fresh browser context.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import react from '@vitejs/plugin-react'
import { chromium, type Browser } from '@playwright/test'
import { build } from 'vite'
import { writeBarePage } from './bare-page'
import { serveStatic } from './server'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export interface EagerJs {
  files: { file: string; bytes: number; gzipBytes: number }[]
  gzipKB: number
  rawKB: number
  cssGzipKB: number
}

export interface LoadSample {
  /** ms from navigation start until `window.__wharf` is set with the `.xterm` element in the page */
  ready: number
  /** ms until the terminal's buffer first holds text (the shell's prompt) */
  prompt: number | null
  fcp: number | null
}

/** `vite build` of the app, with the project's config, into `outDir`. */
export async function buildApp(root: string, outDir: string): Promise<void> {
  await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true } })
}

/** Generate and build the bare Vite + React + xterm page into `outDir`. */
export async function buildBare(srcDir: string, outDir: string): Promise<void> {
  await writeBarePage(srcDir)
  await build({
    root: srcDir,
    configFile: false,
    logLevel: 'error',
    base: './',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 10_000 },
  })
}

/** The JS an index.html loads before anything is interactive: module scripts and modulepreloads. */
export async function eagerJs(dir: string): Promise<EagerJs> {
  const html = await readFile(join(dir, 'index.html'), 'utf8')
  const js = [
    ...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
  ].map((m) => m[1]!)
  const css = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]!)
  const files: EagerJs['files'] = []
  for (const f of new Set(js)) {
    const buf = await readFile(join(dir, f.replace(/^\.?\//, '')))
    files.push({ file: f.replace(/^\.?\//, ''), bytes: buf.length, gzipBytes: gzipSync(buf, { level: 9 }).length })
  }
  let cssGzip = 0
  for (const f of new Set(css)) cssGzip += gzipSync(await readFile(join(dir, f.replace(/^\.?\//, ''))), { level: 9 }).length
  return {
    files,
    gzipKB: files.reduce((s, f) => s + f.gzipBytes, 0) / 1000,
    rawKB: files.reduce((s, f) => s + f.bytes, 0) / 1000,
    cssGzipKB: cssGzip / 1000,
  }
}

/**
 * Runs in the page before any of its scripts: notes the moment `window.__wharf` is assigned
 * (the app and the bare page both do it right after `term.open()`), then the first time the
 * terminal's buffer holds text. A string, so that no transpiler helper leaks into the page.
 */
const READINESS_HOOK = `(() => {
  const bench = (window.__bench = {})
  let value
  const hasText = (t) => {
    const b = t.buffer.active
    for (let i = 0; i < b.length; i++) if (b.getLine(i)?.translateToString(true).trim()) return true
    return false
  }
  Object.defineProperty(window, '__wharf', {
    configurable: true,
    get: () => value,
    set: (v) => {
      value = v
      if (!v || bench.ready !== undefined) return
      bench.ready = performance.now()
      bench.xterm = document.querySelector('.xterm') !== null
      const check = () => {
        if (bench.prompt === undefined && hasText(v.term)) {
          bench.prompt = performance.now()
          sub.dispose()
        }
      }
      const sub = v.term.onWriteParsed(check)
      check()
    },
  })
})()`

export async function launch(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true })
}

/** One cold load: a new context (empty cache), navigate, wait for the terminal and its prompt. */
export async function coldLoad(browser: Browser, url: string, waitPrompt: boolean): Promise<LoadSample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  try {
    const page = await context.newPage()
    await page.addInitScript(READINESS_HOOK)
    await page.goto(url, { waitUntil: 'commit' })
    const want = waitPrompt ? 'b.prompt !== undefined' : 'b.ready !== undefined'
    await page.waitForFunction(`(() => { const b = window.__bench; return b && ${want} })()`, undefined, { timeout: 30_000 })
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
    const r = await page.evaluate(() => {
      const b = (window as unknown as { __bench: { ready: number; prompt?: number; xterm: boolean } }).__bench
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null
      return { ready: b.ready, prompt: b.prompt ?? null, xterm: b.xterm, fcp }
    })
    if (!r.xterm) throw new Error(`${url}: window.__wharf was set before the .xterm element existed`)
    return { ready: r.ready, prompt: r.prompt, fcp: r.fcp }
  } finally {
    await context.close()
  }
}

export { serveStatic }

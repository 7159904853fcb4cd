#!/usr/bin/env node
// Copies the Pyodide files the browser loads into public/pyodide/ so the app serves CPython
// from its own origin (never a CDN). Skips files that are already up to date.
import { copyFileSync, mkdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const from = join(root, 'node_modules', 'pyodide')
const to = join(root, 'public', 'pyodide')
const FILES = ['pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json', 'pyodide.mjs']

mkdirSync(to, { recursive: true })
for (const f of FILES) {
  const src = join(from, f)
  const dst = join(to, f)
  let fresh = false
  try {
    const a = statSync(src)
    const b = statSync(dst)
    fresh = a.size === b.size && b.mtimeMs >= a.mtimeMs
  } catch {
    // not copied yet
  }
  if (!fresh) copyFileSync(src, dst)
}

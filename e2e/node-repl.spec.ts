import { expect, test, type Page } from '@playwright/test'
import { openTerminal, terminalLines, typeCommand } from './helpers'

const text = async (page: Page) => (await terminalLines(page)).join('\n')
const lastLine = async (page: Page) => {
  const lines = await terminalLines(page)
  while (lines.length && lines[lines.length - 1] === '') lines.pop()
  return lines[lines.length - 1] ?? ''
}

async function startRepl(page: Page): Promise<void> {
  await openTerminal(page, '?fresh&pullSpeed=instant')
  await typeCommand(page, 'docker run -it node')
  await expect.poll(() => text(page)).toContain('Type ".help" for more information.')
  await expect.poll(() => lastLine(page)).toBe('>')
}

test('docker run -it node evaluates JavaScript in the sandbox', async ({ page }) => {
  await startRepl(page)
  await typeCommand(page, 'console.log("hi")')
  await expect.poll(() => text(page)).toMatch(/^> console\.log\("hi"\)\nhi\nundefined\n>$/m)
  expect(await text(page)).toMatch(/^Welcome to Node\.js v\d+\.\d+\.\d+\.$/m)
})

test('learner code runs in a clean global scope: declarations persist and clash as in Node', async ({ page }) => {
  await startRepl(page)
  for (const line of ['let b = 2', 'let c = 3', 'b + c']) await typeCommand(page, line)
  await expect.poll(() => text(page)).toMatch(/^> let b = 2\nundefined\n> let c = 3\nundefined\n> b \+ c\n5\n>$/m)
  await typeCommand(page, 'let b = 4')
  await expect.poll(() => text(page)).toMatch(/^> let b = 4\nUncaught SyntaxError: Identifier 'b' has already been declared\n>$/m)
  // none of the sandbox's own (minified) names is in the learner's way (let makes no property)
  await typeCommand(page, "'abcdefghijklmnopqrstuvwxyz'.split('').filter((n) => n in globalThis).length")
  await expect.poll(() => text(page)).toMatch(/\.length\n0\n>$/m)
  await typeCommand(page, 'function f(a) { return a * 2 }')
  await typeCommand(page, 'f(21)')
  await expect.poll(() => text(page)).toMatch(/^> f\(21\)\n42\n>$/m)
  // Node's enumerable globals, in Node's order (in parts: one line would wrap)
  const parts = [
    'global,clearImmediate,setImmediate,clearInterval,clearTimeout',
    'setInterval,setTimeout,queueMicrotask,structuredClone,atob',
    'btoa,performance,fetch,crypto,navigator',
    'f',
  ]
  for (const [i, part] of parts.entries()) {
    await typeCommand(page, `Object.keys(globalThis).slice(${i * 5}, ${i * 5 + 5}).join()`)
    await expect.poll(() => text(page)).toContain(`.join()\n'${part}'\n>`)
  }
})

test('Ctrl+C stops an infinite loop and the page keeps answering', async ({ page }) => {
  await startRepl(page)
  await typeCommand(page, 'while(true){}')
  await page.waitForTimeout(300)
  // the page is not frozen: a header control still toggles
  const korean = page.locator('button[lang="ko"]')
  await korean.click()
  await expect(korean).toHaveAttribute('aria-pressed', 'true')
  await page.locator('button[lang="en"]').click()
  await page.locator('.xterm').click()
  const started = Date.now()
  await page.keyboard.press('Control+C')
  await expect.poll(() => text(page), { timeout: 2000 }).toContain('Uncaught Error: Script execution was interrupted by `SIGINT`')
  await expect.poll(() => lastLine(page), { timeout: 2000 }).toBe('>')
  expect(Date.now() - started).toBeLessThan(2000)
  await typeCommand(page, '6 * 7')
  await expect.poll(() => text(page)).toMatch(/^42$/m)
})

test('user code has an opaque origin: no DOM, no storage, no network', async ({ page }) => {
  await startRepl(page)
  await typeCommand(page, 'typeof document')
  await expect.poll(() => text(page)).toMatch(/^'undefined'$/m)
  await typeCommand(page, 'document.cookie')
  await expect.poll(() => text(page)).toContain('Uncaught ReferenceError: document is not defined')
  await typeCommand(page, 'localStorage.getItem("x")')
  await expect.poll(() => text(page)).toContain('Uncaught ReferenceError: localStorage is not defined')
  await typeCommand(page, 'await new Promise((ok, no) => { const r = indexedDB.open("x"); r.onsuccess = () => ok("opened"); r.onerror = () => no(r.error) })')
  await expect.poll(() => text(page)).toContain('DOMException [SecurityError]: Failed to execute')
  // a blob worker in an opaque origin has no base URL for "/" …
  await typeCommand(page, 'await fetch("/").then(() => "fetched")')
  await expect.poll(() => text(page)).toContain("TypeError: Failed to execute 'fetch' on 'WorkerGlobalScope'")
  // … and the CSP (default-src 'none') refuses the app's own absolute URL
  const origin = new URL(page.url()).origin
  await typeCommand(page, `await fetch("${origin}/").then(() => "fetched")`)
  await expect.poll(() => text(page)).toContain('Uncaught TypeError: Failed to fetch')
  await typeCommand(page, `await import("${origin}/index.html").then(() => "imported")`)
  await expect.poll(() => text(page)).toMatch(/^Uncaught TypeError: .*(dynamically imported module|Failed to fetch)/m)
  expect(await text(page)).not.toMatch(/^'(opened|fetched|imported)'$/m)
})

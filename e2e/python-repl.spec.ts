import { expect, test } from '@playwright/test'
import { openTerminal, terminalLines, typeCommand } from './helpers'

const promptShown = async (page: import('@playwright/test').Page) => (await terminalLines(page)).some((l) => l.startsWith('>>>'))

test('docker run -it python opens a real CPython (Pyodide in a worker) that prints 42', async ({ page }) => {
  await openTerminal(page, '?fresh&pullSpeed=instant')
  const t0 = Date.now()
  await typeCommand(page, 'docker run -it python')
  await expect.poll(() => promptShown(page), { timeout: 30_000 }).toBe(true)
  const cold = Date.now() - t0
  const lines = await terminalLines(page)
  expect(lines).toContain('Type "help", "copyright", "credits" or "license" for more information.')
  expect(lines.some((l) => /^Python 3\.14\.2 \(main, .*\) \[.*\] on linux$/.test(l))).toBe(true)

  await typeCommand(page, 'print(6*7)')
  await expect.poll(async () => (await terminalLines(page)).includes('42')).toBe(true)
  await typeCommand(page, 'import os; os.environ["PYTHON_VERSION"], os.getcwd()')
  await expect.poll(async () => (await terminalLines(page)).join('\n')).toContain("('3.14.2', '/')")
  // the worker has no network: fetch is gone from its scope, and `js` cannot be imported
  await typeCommand(page, 'import js')
  await expect.poll(async () => (await terminalLines(page)).join('\n')).toContain("ModuleNotFoundError: No module named 'js'")
  await typeCommand(page, "open('/tmp/hi.txt', 'w').write('hi from python')")
  await typeCommand(page, 'exit()')
  await expect.poll(async () => (await terminalLines(page)).filter((l) => l !== '').at(-1)).toBe('$')

  // the file written by Python is in the container's filesystem; the spare worker is warm by now
  await page.waitForTimeout(4000)
  await typeCommand(page, 'docker start -ai $(docker ps -lq)')
  const t1 = Date.now()
  await expect.poll(async () => (await terminalLines(page)).filter((l) => l.startsWith('Type "help"')).length, { timeout: 30_000 }).toBe(2)
  const warm = Date.now() - t1
  await typeCommand(page, "open('/tmp/hi.txt').read()")
  await expect.poll(async () => (await terminalLines(page)).join('\n')).toContain("'hi from python'")
  console.log(`python REPL prompt: cold ${cold} ms, warm ${warm} ms`)
})

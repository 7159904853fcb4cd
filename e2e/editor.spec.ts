import { expect, test, type Page } from '@playwright/test'
import { openTerminal, terminalLines, typeCommand } from './helpers'

const screen = async (page: Page) => (await terminalLines(page)).join('\n')

test('the editor and the shell share the workspace: starter, edits both ways', async ({ page }) => {
  await openTerminal(page, '?fresh&pullSpeed=instant&editor=1')
  const editor = page.getByRole('region', { name: 'Build context editor' })
  const tree = editor.getByRole('tree', { name: 'Files' })
  await expect(tree).toBeVisible()

  // One click: the Node.js starter, its files in the tree, server.js open
  await editor.getByRole('button', { name: 'Starters' }).click()
  await editor.getByRole('button', { name: /Node\.js web app/ }).click()
  for (const name of ['node-app', 'Dockerfile', 'package.json', 'server.js']) {
    await expect(tree.getByRole('treeitem', { name, exact: true })).toBeVisible()
  }
  await expect(editor.getByRole('status')).toContainText('cd node-app')
  const code = editor.locator('.cm-content')
  await expect(code).toContainText('require("express")')

  // The shell sees the starter
  await page.locator('.xterm').click()
  await typeCommand(page, 'cd node-app')
  await typeCommand(page, 'cat Dockerfile')
  await expect.poll(() => screen(page)).toContain('CMD ["node", "server.js"]')
  expect(await screen(page)).toContain('RUN npm install')

  // An edit in the editor is saved for the shell
  await code.click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type('// edited in Wharf')
  await expect(editor.getByText('Saved', { exact: true })).toBeVisible()
  await page.waitForFunction(() => {
    const engine = (window as unknown as { __wharfEngine: { host: { fs: { readFile(p: string): string } } } }).__wharfEngine
    return engine.host.fs.readFile('/home/learner/node-app/server.js').includes('// edited in Wharf')
  })
  await page.locator('.xterm').click()
  await typeCommand(page, 'cat server.js')
  await expect.poll(() => screen(page)).toContain('// edited in Wharf')

  // The shell's writes show in the tree and in the open file
  await typeCommand(page, 'echo hi > note.txt')
  await expect(tree.getByRole('treeitem', { name: 'note.txt' })).toBeVisible()
  await tree.getByRole('treeitem', { name: 'Dockerfile' }).click()
  await expect(code).toContainText('FROM node')
  await page.locator('.xterm').click()
  await typeCommand(page, "printf 'FROM node:22\\nWORKDIR /app\\n' > Dockerfile")
  await expect(code).toContainText('FROM node:22')
  await typeCommand(page, 'rm note.txt && mkdir public')
  await expect(tree.getByRole('treeitem', { name: 'note.txt' })).toHaveCount(0)
  await expect(tree.getByRole('treeitem', { name: 'public' })).toBeVisible()
})

test('the tree works from the keyboard', async ({ page }) => {
  await openTerminal(page, '?fresh&pullSpeed=instant&editor=1')
  const editor = page.getByRole('region', { name: 'Build context editor' })
  await editor.getByRole('button', { name: 'Starters' }).click()
  await editor.getByRole('button', { name: /Static site on nginx/ }).click()
  const tree = editor.getByRole('tree', { name: 'Files' })
  await tree.getByRole('treeitem', { name: 'static-site' }).focus()
  await page.keyboard.press('ArrowLeft')
  await expect(tree.getByRole('treeitem', { name: 'static-site' })).toHaveAttribute('aria-expanded', 'false')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowDown')
  await expect(tree.getByRole('treeitem', { name: 'Dockerfile' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(editor.locator('.cm-content')).toContainText('COPY . /usr/share/nginx/html')

  // F2 renames in place; Delete asks first
  await page.keyboard.press('F2')
  const name = editor.getByRole('textbox', { name: /New name for Dockerfile/ })
  await name.fill('Containerfile')
  await name.press('Enter')
  await expect(tree.getByRole('treeitem', { name: 'Containerfile' })).toBeVisible()
  await tree.getByRole('treeitem', { name: 'Containerfile' }).focus()
  await page.keyboard.press('Delete')
  await editor.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click()
  await expect(tree.getByRole('treeitem', { name: 'Containerfile' })).toHaveCount(0)

  // Asking before overwriting a starter
  await editor.getByRole('button', { name: 'Starters' }).click()
  await editor.getByRole('button', { name: /Static site on nginx/ }).click()
  await expect(editor.getByRole('alertdialog')).toContainText('index.html')
  await editor.getByRole('button', { name: 'Replace' }).click()
  await expect(tree.getByRole('treeitem', { name: 'Dockerfile' })).toBeVisible()
})

// The journey: the learner edits the build context between two builds from the terminal.
test('build, edit server.js, build again: the steps before COPY are CACHED', async ({ page }) => {
  test.setTimeout(120_000)
  await openTerminal(page, '?fresh&pullSpeed=instant&editor=1')
  const editor = page.getByRole('region', { name: 'Build context editor' })
  await editor.getByRole('button', { name: 'Starters' }).click()
  await editor.getByRole('button', { name: /Node\.js web app/ }).click()
  await page.locator('.xterm').click()
  await typeCommand(page, 'cd node-app && docker build --progress=plain -t node-app . && echo BUILD-1-OK')
  await expect.poll(() => screen(page), { timeout: 60_000 }).toContain('BUILD-1-OK')

  const code = editor.locator('.cm-content')
  await code.click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type('// second build')
  await page.waitForFunction(() => {
    const engine = (window as unknown as { __wharfEngine: { host: { fs: { readFile(p: string): string } } } }).__wharfEngine
    return engine.host.fs.readFile('/home/learner/node-app/server.js').includes('// second build')
  })
  await page.locator('.xterm').click()
  await typeCommand(page, 'clear')
  await typeCommand(page, 'docker build --progress=plain -t node-app . && echo BUILD-2-OK')
  await expect.poll(() => screen(page), { timeout: 60_000 }).toContain('BUILD-2-OK')
  // Each step reports "#N [i/4] …" then "#N CACHED" or its own output: pair them up.
  const lines = (await terminalLines(page)).join('\n')
  const steps = [...lines.matchAll(/^#(\d+) \[(\d)\/4\] (.*)$/gm)].map((m) => ({ n: m[1]!, i: Number(m[2]), what: m[3]! }))
  const cached = (n: string) => new RegExp(`^#${n} CACHED$`, 'm').test(lines)
  expect(steps.map((s) => s.i)).toEqual([1, 2, 3, 4])
  for (const s of steps) expect(cached(s.n), s.what).toBe(s.i < 3)
})

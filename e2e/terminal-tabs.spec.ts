import { expect, test } from '@playwright/test'
import { openTerminal, terminalLines, typeCommand } from './helpers'

test('two terminal tabs run two -it node containers at once, each its own session', async ({ page }) => {
  await openTerminal(page, '?fresh&pullSpeed=instant')
  await typeCommand(page, 'docker run -it --name one node')
  await expect.poll(async () => (await terminalLines(page)).filter(Boolean).at(-1)).toBe('>')
  await typeCommand(page, 'const who = "first"')

  await page.getByRole('button', { name: 'New terminal' }).click()
  await expect(page.getByRole('tab', { name: 'Terminal 2' })).toHaveAttribute('aria-selected', 'true')
  await expect.poll(async () => (await terminalLines(page)).filter(Boolean).at(-1)).toBe('$')
  await page.locator('.xterm:visible').click()
  await typeCommand(page, 'docker run -it --name two node')
  await expect.poll(async () => (await terminalLines(page)).filter(Boolean).at(-1)).toBe('>')
  await typeCommand(page, 'typeof who')
  await expect.poll(async () => (await terminalLines(page)).join('\n')).toContain("typeof who\n'undefined'")

  // back in the first tab, its REPL kept its own state
  await page.getByRole('tab', { name: 'Terminal 1' }).click()
  await page.locator('.xterm:visible').click()
  await typeCommand(page, 'who')
  await expect.poll(async () => (await terminalLines(page)).join('\n')).toContain("who\n'first'")
  await expect(page.getByRole('region', { name: 'Containers' })).toContainText('one')
  await expect(page.getByRole('region', { name: 'Containers' })).toContainText('two')
})

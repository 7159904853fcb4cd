import { expect, test } from '@playwright/test'
import { openTerminal, terminalLines, typeCommand } from './helpers'

test('state survives a reload: containers, images and workspace files come back', async ({ page }) => {
  await openTerminal(page, '?fresh&pullSpeed=instant')
  await typeCommand(page, 'docker run -d --name web -p 8080:80 nginx')
  await expect.poll(async () => (await terminalLines(page)).some((l) => /^[0-9a-f]{64}$/.test(l))).toBe(true)
  await typeCommand(page, 'echo kept > note.txt')
  await expect(page.getByRole('region', { name: 'Containers' })).toContainText('web')
  // the session is saved at most twice a second
  await expect.poll(() => page.evaluate(() => localStorage.getItem('wharf:session:v1') !== null)).toBe(true)

  await page.goto('/')
  await page.waitForFunction(() => window.__wharf !== undefined)
  await expect(page.getByRole('region', { name: 'Containers' })).toContainText('web')
  await page.locator('.xterm').click()
  await typeCommand(page, "docker ps --format '{{.Names}} {{.Status}}'; cat note.txt; curl -s localhost:8080 | grep -o '<title>.*</title>'")
  await expect.poll(async () => (await terminalLines(page)).join('\n')).toMatch(/web Up [^\n]*\nkept\n<title>Welcome to nginx!<\/title>/)
})

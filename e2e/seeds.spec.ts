import { expect, test, type Page } from '@playwright/test'
import { openTerminal, terminalLines, typeCommand } from './helpers'

/** Run a command and wait until the prompt is back. */
async function run(page: Page, line: string, timeout = 30_000): Promise<void> {
  await page.locator('.xterm').click()
  const before = (await terminalLines(page)).filter((l) => l.startsWith('$')).length
  await typeCommand(page, line)
  await expect
    .poll(async () => (await terminalLines(page)).filter((l) => l.startsWith('$')).length, { timeout })
    .toBeGreaterThan(before)
}

const frame = (page: Page, address: string) => page.frameLocator(`iframe[title="Page served at ${address}"]`)

test('seed 003: build nginx on ubuntu, run it with -p, open it in the browser; stop it and reload', async ({ page }) => {
  await openTerminal(page, '?fresh&pullSpeed=instant')
  await run(page, 'mkdir my-nginx && cd my-nginx')
  await run(page, `printf 'FROM ubuntu\\nRUN apt-get update\\nRUN apt-get install -y nginx\\nEXPOSE 80\\nCMD ["nginx", "-g", "daemon off;"]\\n' > Dockerfile`)
  await run(page, 'docker build -q -t my-nginx .', 60_000)
  expect((await terminalLines(page)).some((l) => /^sha256:[0-9a-f]{64}$/.test(l))).toBe(true)
  await run(page, 'docker run -d -p 8080:80 --name web my-nginx')
  await page.getByRole('button', { name: /^Open localhost:8080 \(container web/ }).click()
  // the Debian package's own page, from /var/www/html inside the container
  await expect(frame(page, 'localhost:8080').getByRole('heading', { name: 'Welcome to nginx!' })).toBeVisible()
  await run(page, 'docker stop web')
  const browser = page.getByRole('region', { name: 'Browser' })
  await browser.getByRole('button', { name: 'Reload' }).click()
  await expect(browser.getByRole('alert')).toContainText('refused to connect')
})

test('seed 004: two colour apps on 8080 and 8081, one with --env COLOR=blue, serve different pages', async ({ page }) => {
  await openTerminal(page, '?fresh&pullSpeed=instant')
  await run(page, 'docker run -d -p 8080:3000 --name defaultColorApp devwikirepo/envnodecolorapp')
  await run(page, 'docker run -d -p 8081:3000 --name blueColorApp --env COLOR=blue devwikirepo/envnodecolorapp')
  await page.getByRole('button', { name: /^Open localhost:8080 / }).click()
  await page.getByRole('button', { name: /^Open localhost:8081 / }).click()
  const blue = frame(page, 'localhost:8081').locator('body')
  await expect(blue).toContainText('blue')
  const browser = page.getByRole('region', { name: 'Browser' })
  await browser.getByRole('tab').first().click()
  const red = frame(page, 'localhost:8080').locator('body')
  await expect(red).toContainText('red')
  await expect(red).not.toContainText('blue')
})

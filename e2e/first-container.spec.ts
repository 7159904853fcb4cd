import { expect, test } from '@playwright/test'
import { openTerminal, terminalLines, typeCommand } from './helpers'

test('docker run -d --name web -p 8080:80 nginx shows the pull, then web in the panels', async ({ page }) => {
  await openTerminal(page, '?fresh&seed=7&pullSpeed=200&theme=dark')
  await typeCommand(page, 'docker run -d --name web -p 8080:80 nginx')

  // the pull finishes in the terminal: Status line, then the 64-hex container ID
  await expect.poll(async () => (await terminalLines(page)).join('\n')).toContain('Status: Downloaded newer image for nginx:latest')
  await expect.poll(async () => (await terminalLines(page)).some((l) => /^[0-9a-f]{64}$/.test(l))).toBe(true)
  const text = (await terminalLines(page)).join('\n')
  expect(text).toContain("Unable to find image 'nginx:latest' locally")
  expect(text).toMatch(/^[0-9a-f]{12}: Pull complete$/m)

  const containers = page.getByRole('region', { name: 'Containers' })
  await expect(containers).toContainText('web')
  await expect(containers).toContainText('0.0.0.0:8080->80/tcp')
  const ports = page.getByRole('region', { name: 'Ports' })
  await expect(ports).toContainText('8080')
  await expect(ports).toContainText('web')
  await page.screenshot({ path: 'test-results/first-container.png' })
})

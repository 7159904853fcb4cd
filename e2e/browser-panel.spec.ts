import { expect, test, type Page } from '@playwright/test'
import { openTerminal, terminalLines, typeCommand } from './helpers'

/** Run a command and wait until the prompt is back (the line after it is "$"). */
async function run(page: Page, line: string): Promise<void> {
  await page.locator('.xterm').click()
  const before = (await terminalLines(page)).filter((l) => l.startsWith('$')).length
  await typeCommand(page, line)
  await expect.poll(async () => (await terminalLines(page)).filter((l) => l.startsWith('$')).length).toBeGreaterThan(before)
}

const frame = (page: Page, address: string) => page.frameLocator(`iframe[title="Page served at ${address}"]`)

test('open localhost:8080 from the Ports panel; after docker stop, reload shows why it fails', async ({ page }) => {
  await openTerminal(page, '?fresh&pullSpeed=instant')
  await run(page, 'docker run -d -p 8080:80 --name web nginx')
  await page.getByRole('button', { name: /^Open localhost:8080 \(container web/ }).click()
  const browser = page.getByRole('region', { name: 'Browser' })
  await expect(browser.getByRole('textbox', { name: 'Address' })).toHaveValue('localhost:8080')
  await expect(frame(page, 'localhost:8080').getByRole('heading', { name: 'Welcome to nginx!' })).toBeVisible()
  await expect(browser.getByRole('tab', { name: 'Welcome to nginx!' })).toBeVisible()

  // a link inside the page navigates within the panel, through the virtual network
  await run(page, `docker exec web sh -c 'echo "<a href=/index.html>home</a>" > /usr/share/nginx/html/link.html'`)
  await browser.getByRole('textbox', { name: 'Address' }).fill('http://localhost:8080/link.html')
  await browser.getByRole('textbox', { name: 'Address' }).press('Enter')
  await frame(page, 'localhost:8080/link.html').getByRole('link', { name: 'home' }).click()
  await expect(frame(page, 'localhost:8080/index.html').getByRole('heading', { name: 'Welcome to nginx!' })).toBeVisible()
  await browser.getByRole('button', { name: 'Back' }).click()
  await expect(frame(page, 'localhost:8080/link.html').getByRole('link', { name: 'home' })).toBeVisible()

  // a missing page shows nginx's 404 and the status
  await browser.getByRole('textbox', { name: 'Address' }).fill('localhost:8080/nope')
  await browser.getByRole('textbox', { name: 'Address' }).press('Enter')
  await expect(browser.getByRole('status')).toHaveText('HTTP 404 Not Found')

  await run(page, 'docker stop web')
  await browser.getByRole('button', { name: 'Reload' }).click()
  const error = browser.getByRole('alert')
  await expect(error).toContainText('localhost:8080/nope refused to connect')
  await expect(error).toContainText('Container web publishes port 8080, but it is not running. Start it again with docker start web.')
})

test('two containers on 8080 and 8081 show different pages in two tabs; EXPOSE without -p is explained', async ({ page }) => {
  await openTerminal(page, '?fresh&pullSpeed=instant')
  await run(page, 'docker run -d -p 8080:80 --name one nginx')
  await run(page, 'docker run -d -p 8081:80 --name two nginx')
  await run(page, `docker exec two sh -c 'echo "<title>Second</title><h1>Hello from two</h1>" > /usr/share/nginx/html/index.html'`)
  await page.getByRole('button', { name: /^Open localhost:8080 / }).click()
  await page.getByRole('button', { name: /^Open localhost:8081 / }).click()
  const browser = page.getByRole('region', { name: 'Browser' })
  await expect(browser.getByRole('tab')).toHaveCount(2)
  await expect(frame(page, 'localhost:8081').getByRole('heading', { name: 'Hello from two' })).toBeVisible()
  await browser.getByRole('tab', { name: 'Welcome to nginx!' }).click()
  await expect(frame(page, 'localhost:8080').getByRole('heading', { name: 'Welcome to nginx!' })).toBeVisible()
  await expect(browser.getByRole('tab', { name: 'Second' })).toHaveAttribute('aria-selected', 'false')

  await run(page, 'docker run -d --name bare nginx')
  await browser.getByRole('textbox', { name: 'Address' }).fill('localhost:9090')
  await browser.getByRole('textbox', { name: 'Address' }).press('Enter')
  await expect(browser.getByRole('alert')).toContainText('Container bare exposes 80/tcp but it is not published; run it with -p 9090:80.')
})

test("a container's page cannot read the app's storage, the parent's DOM, or fetch", async ({ page }) => {
  await openTerminal(page, '?fresh&pullSpeed=instant')
  await run(page, 'docker run -d -p 8080:80 --name web nginx')
  const js =
    'var o=[];try{localStorage.getItem(0);o.push(/storage-open/.source)}catch(e){o.push(/storage-blocked/.source)}' +
    'try{parent.document.title;o.push(/dom-open/.source)}catch(e){o.push(/dom-blocked/.source)}' +
    'fetch(String.fromCharCode(47)).then(function(){o.push(/fetch-open/.source)},function(){o.push(/fetch-blocked/.source)})' +
    '.then(function(){r.textContent=o.join(String.fromCharCode(32))})'
  await run(page, `docker exec web sh -c 'echo "<p id=r>pending</p><script>${js}</script>" > /usr/share/nginx/html/evil.html'`)
  await page.getByRole('button', { name: /^Open localhost:8080 / }).click()
  const browser = page.getByRole('region', { name: 'Browser' })
  await browser.getByRole('textbox', { name: 'Address' }).fill('localhost:8080/evil.html')
  await browser.getByRole('textbox', { name: 'Address' }).press('Enter')
  await expect(frame(page, 'localhost:8080/evil.html').locator('#r')).toHaveText('storage-blocked dom-blocked fetch-blocked')
  // the app itself still has its storage
  expect(await page.evaluate(() => typeof window.localStorage.length)).toBe('number')
})

import { expect, type Page } from '@playwright/test'

declare global {
  interface Window {
    __wharf?: { term: { buffer: { active: { length: number; getLine(i: number): { translateToString(trim?: boolean): string } | undefined } } } }
  }
}

/** The terminal's text, line by line, read from xterm's buffer (renderer-independent). */
export async function terminalLines(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const b = window.__wharf!.term.buffer.active
    const out: string[] = []
    for (let i = 0; i < b.length; i++) out.push(b.getLine(i)?.translateToString(true).trimEnd() ?? '')
    return out
  })
}

export async function openTerminal(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`)
  await page.waitForFunction(() => window.__wharf !== undefined)
  await expect.poll(async () => (await terminalLines(page)).some((l) => l === '$')).toBe(true)
  await page.locator('.xterm').click()
}

export async function typeCommand(page: Page, line: string): Promise<void> {
  await page.keyboard.type(line)
  await page.keyboard.press('Enter')
}

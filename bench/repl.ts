import type { Browser, Page } from '@playwright/test'

/** Time from pressing Enter on `command` until the terminal's last line is `prompt`. */
async function timeToPrompt(page: Page, command: string, prompt: string): Promise<number> {
  await page.keyboard.type(command)
  const t0 = Date.now()
  await page.keyboard.press('Enter')
  await page.waitForFunction(
    (p) => {
      const b = (window as unknown as { __wharf: { term: { buffer: { active: { cursorY: number; baseY: number; getLine(i: number): { translateToString(t: boolean): string } | undefined } } } } }).__wharf.term.buffer.active
      return b.getLine(b.baseY + b.cursorY)?.translateToString(true).trimEnd() === p
    },
    prompt,
    { timeout: 60_000, polling: 5 },
  )
  return Date.now() - t0
}

export interface ReplFigures {
  nodePromptMs: number
  pythonColdMs: number
  pythonWarmMs: number
}

/**
 * `docker run -it node` with the image cached, and `docker run -it python` cold (a fresh page:
 * the pull and the interpreter's start-up) and warm (again in the same page), in the built app.
 */
export async function replFigures(browser: Browser, url: string): Promise<ReplFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  try {
    const page = await context.newPage()
    await page.goto(`${url}?fresh&pullSpeed=instant`)
    await page.waitForFunction(() => 'term' in ((window as unknown as { __wharf?: object }).__wharf ?? {}))
    await page.locator('.xterm').click()
    await timeToPrompt(page, 'docker pull node', '$')
    const nodePromptMs = await timeToPrompt(page, 'docker run -it node', '>')
    await timeToPrompt(page, '.exit', '$')
    const pythonColdMs = await timeToPrompt(page, 'docker run -it python', '>>>')
    await timeToPrompt(page, 'exit()', '$')
    const pythonWarmMs = await timeToPrompt(page, 'docker run -it python', '>>>')
    return { nodePromptMs, pythonColdMs, pythonWarmMs }
  } finally {
    await context.close()
  }
}

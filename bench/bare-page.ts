/**
 * The reference for the cold-load ratio: a bare Vite + React + xterm page (a Terminal with
 * FitAddon, opened, fitted and focused in an effect) that announces itself through the same
 * `window.__wharf` hook as the app and prints a one-line prompt.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>bare xterm</title>
    <style>html, body, #root { margin: 0; height: 100%; background: #000; }</style>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="./main.tsx"></script>
  </body>
</html>
`

const MAIN_TSX = `import { StrictMode, useEffect, useRef } from 'react'
import { createRoot } from 'react-dom/client'
import { Terminal } from '@xterm/xterm'
import { FitAddon } from '@xterm/addon-fit'
import '@xterm/xterm/css/xterm.css'

function App() {
  const host = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const term = new Terminal({ cursorBlink: true })
    const fit = new FitAddon()
    term.loadAddon(fit)
    term.open(host.current!)
    fit.fit()
    ;(window as unknown as { __wharf?: unknown }).__wharf = { term }
    term.focus()
    term.write('$ ')
    return () => term.dispose()
  }, [])
  return <div ref={host} style={{ height: '100%', width: '100%' }} />
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
`

/** Write the bare page's sources into `dir` (inside the project, so that imports resolve). */
export async function writeBarePage(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, 'index.html'), INDEX_HTML)
  await writeFile(join(dir, 'main.tsx'), MAIN_TSX)
}

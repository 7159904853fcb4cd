import { describe, expect, it } from 'vitest'
import { Terminal } from '@xterm/headless'
import { LineEditor } from './line-editor'

// Drives the editor's bytes through a real (headless) xterm and checks what the screen shows.
function write(term: Terminal, data: string): Promise<void> {
  return new Promise((resolve) => term.write(data, resolve))
}

function screen(term: Terminal): string[] {
  const b = term.buffer.active
  const rows: string[] = []
  for (let i = 0; i < b.length; i++) rows.push(b.getLine(i)!.translateToString(true))
  while (rows.length > 0 && rows[rows.length - 1] === '') rows.pop()
  return rows
}

/** The logical line as xterm holds it: soft-wrapped rows joined. */
function logical(term: Terminal): string {
  const b = term.buffer.active
  let text = ''
  for (let i = 0; i < b.length; i++) text += b.getLine(i)!.translateToString(true)
  return text
}

const KEYS = ['a', 'b', ' ', '한', '국', 'xyz', '\x7f', '\x1b[D', '\x1b[C', '\x01', '\x05', '\x1b[3~', '\x17', '\x0b', '\x15', '\x19', '\x1bb', '\x1bf']

// Deterministic pseudo-random keys (a tiny LCG) so that failures reproduce.
function* keys(seed: number, count: number): Generator<string> {
  let s = seed
  for (let i = 0; i < count; i++) {
    s = (s * 1103515245 + 12345) % 2147483648
    yield KEYS[s % KEYS.length]!
  }
}

describe('LineEditor against xterm', () => {
  for (const cols of [7, 10, 13]) {
    for (const seed of [1, 2, 3, 4, 5]) {
      it(`screen and cursor match the line (cols ${cols}, seed ${seed})`, async () => {
        const term = new Terminal({ cols, rows: 30, allowProposedApi: true })
        const ed = new LineEditor()
        ed.setColumns(cols)
        await write(term, '$ ')
        ed.begin('$ ', { history: [] })
        for (const key of keys(seed, 120)) {
          await write(term, ed.feed(key).output)
          expect(logical(term).replace(/ +$/, '')).toBe(('$ ' + ed.line).replace(/ +$/, ''))
          // The cursor sits where the text before it ends.
          const before = new Terminal({ cols, rows: 30, allowProposedApi: true })
          await write(before, '$ ' + ed.line.slice(0, ed.cursor))
          const b = before.buffer.active
          const x = b.cursorX >= cols ? 0 : b.cursorX
          const y = b.cursorX >= cols ? b.cursorY + 1 : b.cursorY
          const nextIsWideAtMargin = x === cols - 1 && /[\u1100-\uffff]/.test(ed.line.slice(ed.cursor, ed.cursor + 1))
          expect([term.buffer.active.cursorY, term.buffer.active.cursorX]).toEqual(nextIsWideAtMargin ? [y + 1, 0] : [y, x])
          before.dispose()
        }
        term.dispose()
      })
    }
  }

  it('Ctrl+L and a completion listing leave a clean prompt line', async () => {
    const term = new Terminal({ cols: 20, rows: 10, allowProposedApi: true })
    const ed = new LineEditor()
    ed.setColumns(20)
    await write(term, 'old output\r\n$ ')
    ed.begin('$ ', { history: [], complete: () => ({ replaceFrom: 7, candidates: ['pull', 'push'] }) })
    await write(term, ed.feed('docker pu\t\t').output)
    expect(screen(term)).toEqual(['old output', '$ docker pu', 'pull  push', '$ docker pu'])
    await write(term, ed.feed('\x0c').output)
    expect(screen(term)).toEqual(['$ docker pu'])
  })
})

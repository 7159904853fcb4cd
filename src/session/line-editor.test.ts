import { describe, expect, it } from 'vitest'
import { LineEditor, type Completer } from './line-editor'

function editor(opts: { cols?: number; history?: string[]; complete?: Completer; prompt?: string } = {}) {
  const ed = new LineEditor()
  if (opts.cols) ed.setColumns(opts.cols)
  ed.begin(opts.prompt ?? '$ ', { history: opts.history ?? [], complete: opts.complete })
  return ed
}

describe('LineEditor: typing and Enter', () => {
  it('echoes typed text and completes the line on Enter', () => {
    const ed = editor()
    expect(ed.feed('l')).toEqual({ output: 'l' })
    expect(ed.feed('s -la')).toEqual({ output: 's -la' })
    expect(ed.feed('\r')).toEqual({ output: '\r\n', done: { line: 'ls -la' } })
    expect(ed.active).toBe(false)
  })

  it('inserts in the middle and redraws the tail', () => {
    const ed = editor()
    ed.feed('helo')
    expect(ed.feed('\x1b[D').output).toBe('\b')
    expect(ed.feed('l').output).toBe('lo\b')
    expect(ed.feed('\x1b[D\x1b[D').output).toBe('\b\b')
    expect(ed.feed('XY').output).toBe('XYllo\x1b[3D')
    expect(ed.line).toBe('heXYllo')
  })

  it('ignores unknown control characters and escape sequences', () => {
    const ed = editor()
    expect(ed.feed('a\x07\x1b[99~\x1b[200~b\x1b[201~').output).toBe('ab')
    expect(ed.line).toBe('ab')
  })
})

describe('LineEditor: deleting', () => {
  it('Backspace at the end, in the middle, at the start', () => {
    const ed = editor()
    ed.feed('abc')
    expect(ed.feed('\x7f').output).toBe('\b\x1b[K')
    ed.feed('\x1b[D')
    expect(ed.feed('\x7f').output).toBe('\bb\x1b[K\b')
    expect(ed.line).toBe('b')
    expect(ed.feed('\x7f').output).toBe('')
  })

  it('Delete and Ctrl+D delete under the cursor; Ctrl+D on an empty line is EOF', () => {
    const ed = editor()
    ed.feed('abc\x01')
    expect(ed.feed('\x1b[3~').output).toBe('bc\x1b[K\x1b[2D')
    expect(ed.feed('\x04').output).toBe('c\x1b[K\b')
    expect(ed.feed('\x05\x04').output).toBe('\x1b[C')
    expect(ed.feed('\x7f')).toEqual({ output: '\b\x1b[K' })
    expect(ed.feed('\x04')).toEqual({ output: '', done: { eof: true } })
  })

  it('Ctrl+U, Ctrl+K, Ctrl+W kill; Ctrl+Y yanks the last kill', () => {
    const ed = editor()
    ed.feed('docker run  nginx')
    expect(ed.feed('\x17').output).toBe('\x1b[5D\x1b[K')
    expect(ed.line).toBe('docker run  ')
    expect(ed.feed('\x19').output).toBe('nginx')
    ed.feed('\x1b[D\x1b[D')
    expect(ed.feed('\x0b').output).toBe('\x1b[K')
    expect(ed.line).toBe('docker run  ngi')
    expect(ed.feed('\x15').output).toBe('\x1b[15D\x1b[K')
    expect(ed.line).toBe('')
    expect(ed.cursor).toBe(0)
  })
})

describe('LineEditor: moving', () => {
  it('Home/End in every encoding, Ctrl+A/E/B/F', () => {
    const ed = editor()
    ed.feed('abcd')
    for (const [home, end] of [['\x1b[H', '\x1b[F'], ['\x1b[1~', '\x1b[4~'], ['\x01', '\x05'], ['\x1bOH', '\x1bOF']]) {
      expect(ed.feed(home!).output).toBe('\x1b[4D')
      expect(ed.cursor).toBe(0)
      expect(ed.feed(end!).output).toBe('\x1b[4C')
    }
    expect(ed.feed('\x02').output).toBe('\b')
    expect(ed.feed('\x06').output).toBe('\x1b[C')
    expect(ed.feed('\x1b[C').output).toBe('')
  })

  it('word moves with Alt+B/F and Ctrl+arrows', () => {
    const ed = editor()
    ed.feed('docker ps -a')
    expect(ed.feed('\x1bb').output).toBe('\b')
    expect(ed.feed('\x1b[1;5D').output).toBe('\x1b[4D')
    expect(ed.feed('\x1bf').output).toBe('\x1b[2C')
  })
})

describe('LineEditor: wide characters and wrapping', () => {
  it('moves two columns over a Korean syllable', () => {
    const ed = editor()
    expect(ed.feed('echo 안녕').output).toBe('echo 안녕')
    expect(ed.feed('\x1b[D').output).toBe('\x1b[2D')
    expect(ed.feed('\x7f').output).toBe('\x1b[2D녕\x1b[K\x1b[2D')
    expect(ed.line).toBe('echo 녕')
  })

  it('forces the wrap when the text reaches the right margin', () => {
    const ed = editor({ cols: 10 })
    expect(ed.feed('abcdefgh').output).toBe('abcdefgh \r\x1b[K')
    expect(ed.feed('i').output).toBe('i')
    expect(ed.feed('\x1b[D\x1b[D').output).toBe('\r\x1b[A\x1b[9C')
    expect(ed.feed('\x01').output).toBe('\x1b[7D')
    expect(ed.feed('\x05').output).toBe('\x1b[B\b')
    // Deleting back to one row erases the rows below.
    expect(ed.feed('\x7f\x7f').output).toBe('\r\x1b[K\x1b[A\x1b[9C\x1b[J')
  })

  it('wraps a wide character that does not fit in the last column', () => {
    const ed = editor({ cols: 10 })
    ed.feed('abcdef')
    // Column 8 is free, 9 is the last: 한 (2 columns) fits; 국 does not and starts row 1.
    expect(ed.feed('한').output).toBe('한 \r\x1b[K')
    expect(ed.feed('국').output).toBe('국')
    expect(ed.feed('\x1b[D').output).toBe('\r')
    expect(ed.feed('\x1b[D').output).toBe('\x1b[A\x1b[8C')
  })

  it('Enter on a line that ended exactly at the margin adds no blank row', () => {
    const ed = editor({ cols: 10 })
    ed.feed('abcdefgh')
    expect(ed.feed('\r').output).toBe('')
  })

  it('Enter from the middle of a wrapped line moves below it first', () => {
    const ed = editor({ cols: 10 })
    ed.feed('abcdefghijk\x01')
    expect(ed.feed('\r')).toEqual({ output: '\x1b[B\x1b[C\r\n', done: { line: 'abcdefghijk' } })
  })
})

describe('LineEditor: history', () => {
  it('walks history with Up/Down and keeps the draft', () => {
    const history = ['docker ps', 'docker images']
    const ed = editor({ history })
    ed.feed('ec')
    expect(ed.feed('\x1b[A').output).toBe('\x1b[2Ddocker images')
    expect(ed.feed('\x1b[A').output).toBe('\x1b[6Dps\x1b[K')
    expect(ed.feed('\x1b[A').output).toBe('')
    expect(ed.feed('\x1b[B').output).toBe('\x1b[2Dimages')
    expect(ed.feed('\x1b[B').output).toBe('\x1b[13Dec\x1b[K')
    expect(ed.feed('\x1b[B').output).toBe('')
    ed.feed('ho hi\r')
    expect(history).toEqual(['docker ps', 'docker images', 'echo hi'])
  })

  it('does not store empty lines or an immediate repeat', () => {
    const history = ['ls']
    const ed = editor({ history })
    ed.feed('  \r')
    ed.begin('$ ', { history })
    ed.feed('ls\r')
    expect(history).toEqual(['ls'])
  })
})

describe('LineEditor: Ctrl+C, Ctrl+L', () => {
  it('Ctrl+C prints ^C at the end of the line and interrupts', () => {
    const ed = editor()
    ed.feed('sleep 10\x01')
    expect(ed.feed('\x03')).toEqual({ output: '\x1b[8C^C\r\n', done: { interrupt: true } })
  })

  it('Ctrl+L clears the screen and redraws prompt and line', () => {
    const ed = editor()
    ed.feed('abc\x1b[D')
    expect(ed.feed('\x0c').output).toBe('\x1b[H\x1b[2J$ abc\b')
  })
})

describe('LineEditor: paste', () => {
  it('keeps what follows the first line break for the next read', () => {
    const ed = editor()
    expect(ed.feed('echo a\r\necho 나\rpwd')).toEqual({ output: 'echo a\r\n', done: { line: 'echo a' } })
    expect(ed.feed('ignored?').output).toBe('')
    expect(ed.pending()).toBe('echo 나\rpwdignored?')
    expect(ed.pending()).toBe('')
  })

  it('feeds the remainder into the next read', () => {
    const ed = editor()
    ed.feed('a\nb\nc')
    ed.begin('$ ', { history: [] })
    expect(ed.feed(ed.pending())).toEqual({ output: 'b\r\n', done: { line: 'b' } })
    ed.begin('$ ', { history: [] })
    expect(ed.feed('')).toEqual({ output: 'c' })
  })
})

describe('LineEditor: Tab completion', () => {
  const words = ['pause', 'port', 'ps', 'pull', 'push', 'run']
  const complete: Completer = (line, cursor) => {
    const from = line.lastIndexOf(' ', cursor - 1) + 1
    const word = line.slice(from, cursor)
    return { replaceFrom: from, candidates: words.filter((w) => w.startsWith(word)) }
  }

  it('a single candidate completes with a trailing space', () => {
    const ed = editor({ complete })
    ed.feed('docker r')
    expect(ed.feed('\t').output).toBe('un ')
    expect(ed.line).toBe('docker run ')
  })

  it('several candidates complete the common prefix, a second Tab lists them', () => {
    const ed = editor({ complete, cols: 30 })
    ed.feed('docker pu')
    expect(ed.feed('\t').output).toBe('\x07')
    expect(ed.feed('\t').output).toBe('\r\npull  push\r\n$ docker pu')
    ed.feed('\x7f')
    expect(ed.feed('\t').output).toBe('\x07')
    expect(ed.feed('\t').output).toBe('\r\npause  ps     push\r\nport   pull\r\n$ docker p')
  })

  it('completes a common prefix longer than the word', () => {
    const ed = editor({ complete: () => ({ replaceFrom: 0, candidates: ['container', 'context'] }) })
    ed.feed('c')
    expect(ed.feed('\t').output).toBe('ont')
    expect(ed.feed('\t').output).toBe('\r\ncontainer  context\r\n$ cont')
  })

  it('rings the bell with no candidates; keeps the text after the cursor', () => {
    const ed = editor({ complete })
    ed.feed('x')
    expect(ed.feed('\t').output).toBe('\x07')
    ed.feed('\x15docker ru -d\x1b[D\x1b[D\x1b[D')
    expect(ed.line).toBe('docker ru -d')
    expect(ed.feed('\t').output).toBe('n -d\x1b[2D')
    expect(ed.line).toBe('docker run -d')
  })
})

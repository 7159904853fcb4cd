/**
 * Splits keystroke data, as xterm's onData delivers it, into editing keys. A run of printable text
 * (typed, pasted, or composed by an IME) is one `text` key so that a paste redraws once.
 */
export type EditKey =
  | { kind: 'text'; text: string }
  | {
      kind:
        | 'enter' | 'backspace' | 'delete' | 'tab' | 'left' | 'right' | 'up' | 'down' | 'home' | 'end'
        | 'word-left' | 'word-right' | 'kill-start' | 'kill-end' | 'kill-word-back' | 'kill-word-back-alnum'
        | 'kill-word-forward' | 'yank' | 'clear' | 'interrupt' | 'eof-or-delete' | 'ignore'
    }

type Kind = Exclude<EditKey, { kind: 'text' }>['kind']

const CONTROL: Record<string, Kind> = {
  '\r': 'enter', '\n': 'enter', '\x7f': 'backspace', '\b': 'backspace', '\t': 'tab',
  '\x01': 'home', '\x05': 'end', '\x02': 'left', '\x06': 'right', '\x10': 'up', '\x0e': 'down',
  '\x15': 'kill-start', '\x0b': 'kill-end', '\x17': 'kill-word-back', '\x19': 'yank',
  '\x0c': 'clear', '\x03': 'interrupt', '\x04': 'eof-or-delete',
}

// CSI parameters + final byte; SS3 final byte (application cursor keys); Meta (ESC + key).
const CSI: Record<string, Kind> = {
  A: 'up', B: 'down', C: 'right', D: 'left', H: 'home', F: 'end',
  '1~': 'home', '7~': 'home', '4~': 'end', '8~': 'end', '3~': 'delete',
  '1;5C': 'word-right', '1;5D': 'word-left', '1;3C': 'word-right', '1;3D': 'word-left',
}
const SS3: Record<string, Kind> = { A: 'up', B: 'down', C: 'right', D: 'left', H: 'home', F: 'end' }
const META: Record<string, Kind> = {
  b: 'word-left', f: 'word-right', d: 'kill-word-forward', '\x7f': 'kill-word-back-alnum', '\b': 'kill-word-back-alnum',
}

function isPrintable(cp: number): boolean {
  return cp >= 0x20 && cp !== 0x7f && !(cp >= 0x80 && cp < 0xa0)
}

/** Reads one key at `i`; returns it with the number of UTF-16 units it used. */
export function readKey(data: string, i: number): { key: EditKey; length: number } {
  const ch = data[i]!
  if (ch === '\x1b') return readEscape(data, i)
  const control = CONTROL[ch]
  if (control) return { key: { kind: control }, length: 1 }
  let j = i
  while (j < data.length) {
    const cp = data.codePointAt(j)!
    if (!isPrintable(cp)) break
    j += cp > 0xffff ? 2 : 1
  }
  if (j === i) return { key: { kind: 'ignore' }, length: 1 }
  return { key: { kind: 'text', text: data.slice(i, j) }, length: j - i }
}

function readEscape(data: string, i: number): { key: EditKey; length: number } {
  const next = data[i + 1]
  if (next === undefined) return { key: { kind: 'ignore' }, length: 1 }
  if (next === '[') {
    let j = i + 2
    while (j < data.length && /[0-?]/.test(data[j]!)) j++
    while (j < data.length && /[ -/]/.test(data[j]!)) j++
    if (j >= data.length) return { key: { kind: 'ignore' }, length: data.length - i }
    const body = data.slice(i + 2, j + 1)
    // Bracketed-paste markers (\x1b[200~, \x1b[201~) and unknown sequences are dropped.
    return { key: { kind: CSI[body] ?? 'ignore' }, length: j + 1 - i }
  }
  if (next === 'O') {
    const final = data[i + 2]
    if (final === undefined) return { key: { kind: 'ignore' }, length: 2 }
    return { key: { kind: SS3[final] ?? 'ignore' }, length: 3 }
  }
  return { key: { kind: META[next] ?? 'ignore' }, length: 2 }
}

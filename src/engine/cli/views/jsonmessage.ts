import type { OutputStream } from '../../process/types'
import type { PullMessage } from '../../daemon/pull'
import { humanSize } from '../format/units'

/** JSONProgress.String(): the bar only on terminals wider than 110 columns. */
export function progressText(p: { current: number; total: number } | undefined, width: number): string {
  if (!p || (p.current <= 0 && p.total <= 0)) return ''
  if (p.total <= 0) return humanSize(p.current).padStart(8)
  const pct = Math.min(50, Math.floor(Math.floor((p.current / p.total) * 100) / 2))
  const bar = width > 110 ? `[${'='.repeat(pct)}>${' '.repeat(Math.max(0, 50 - pct))}] ` : ''
  const numbers = p.current > p.total ? humanSize(p.current).padStart(8) : `${humanSize(p.current).padStart(8)}/${humanSize(p.total)}`
  return bar + numbers
}

/**
 * moby jsonmessage.DisplayJSONMessagesStream. On a terminal each layer ID owns a line that is
 * rewritten in place (cursor up, clear line, rewrite, cursor down); elsewhere progress updates
 * are dropped and every status prints on its own line.
 */
export class JsonMessageRenderer {
  private ids = new Map<string, number>()

  constructor(
    private readonly out: OutputStream,
    private readonly isTerminal: boolean,
    private readonly width: number,
  ) {}

  render(m: PullMessage): void {
    // Layer messages carry progressDetail (possibly empty); "Pulling from", Digest and Status do not.
    const hasProgress = m.id !== undefined && !m.status.startsWith('Pulling from')
    let diff = 0
    if (m.id !== undefined && hasProgress) {
      let line = this.ids.get(m.id)
      if (line === undefined) {
        line = this.ids.size
        this.ids.set(m.id, line)
        if (this.isTerminal) this.out.write('\n')
      }
      diff = this.ids.size - line
      if (this.isTerminal) this.out.write(`\x1b[${diff}A`)
    } else this.ids.clear()
    const progress = progressText(m.progress, this.width)
    if (this.isTerminal && hasProgress) {
      this.out.write(`\x1b[2K\r\r${m.id}: ${m.status} ${progress}\r`)
      this.out.write(`\x1b[${diff}B`)
      return
    }
    if (hasProgress && progress !== '') return
    this.out.write(`${m.id !== undefined ? `${m.id}: ` : ''}${m.status}\n`)
  }
}

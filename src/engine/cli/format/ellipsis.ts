/**
 * docker/cli formatter.Ellipsis (cli/command/formatter/displayutils.go).
 */
import { isEastAsianWide } from './runewidth'

/** displayutils.charWidth: golang.org/x/text/width kinds Wide and Fullwidth count 2, all else 1. */
function charWidth(ch: string): number {
  return isEastAsianWide(ch.codePointAt(0) ?? 0) ? 2 : 1
}

/**
 * Truncates s to fit in maxDisplayWidth columns, ending it with "…".
 * A width of 1 keeps only the first character, even a wide one; 0 or less gives "".
 */
export function ellipsis(s: string, maxDisplayWidth: number): string {
  if (maxDisplayWidth <= 0) return ''
  const runes = Array.from(s)
  if (maxDisplayWidth === 1) return runes[0] ?? ''
  // ASCII-only strings (byte length equals rune count) are cut by rune count.
  if (/^[\x00-\x7f]*$/.test(s)) {
    if (runes.length <= maxDisplayWidth) return s
    return runes.slice(0, maxDisplayWidth - 1).join('') + '…'
  }
  const ends: number[] = []
  let width = 0
  for (const r of runes) {
    width += charWidth(r)
    ends.push(width)
  }
  if (width <= maxDisplayWidth) return s
  for (let i = 0; i + 1 < ends.length; i++) {
    if (ends[i]! <= maxDisplayWidth - 1 && ends[i + 1]! > maxDisplayWidth - 1) {
      return runes.slice(0, i + 1).join('') + '…'
    }
  }
  // Go indexes past the end here (a panic); the first rune alone is wider than the room left.
  return '…'
}

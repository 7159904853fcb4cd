import type { ITheme } from '@xterm/xterm'
import type { Theme } from '../../store'

/** No web fonts: the platform's monospace faces, with Korean-capable fallbacks for wide characters. */
export const MONO_FONT_STACK =
  'ui-monospace, "SFMono-Regular", "Cascadia Mono", "Segoe UI Mono", Menlo, Consolas, "DejaVu Sans Mono", ' +
  '"Liberation Mono", "Noto Sans Mono CJK KR", "D2Coding", "Nanum Gothic Coding", monospace'

const dark: ITheme = {
  background: '#0b1220', foreground: '#e6edf7', cursor: '#ffd166', cursorAccent: '#0b1220',
  selectionBackground: '#35507f',
  black: '#1b2333', red: '#ff6b6b', green: '#4ade80', yellow: '#facc15', blue: '#60a5fa', magenta: '#e879f9',
  cyan: '#22d3ee', white: '#d6deeb', brightBlack: '#7d8ba3', brightRed: '#ff8f8f', brightGreen: '#86efac',
  brightYellow: '#fde68a', brightBlue: '#93c5fd', brightMagenta: '#f0abfc', brightCyan: '#67e8f9', brightWhite: '#ffffff',
}

const light: ITheme = {
  background: '#ffffff', foreground: '#1b2430', cursor: '#0b63ce', cursorAccent: '#ffffff',
  selectionBackground: '#b6d4fe',
  black: '#1b2430', red: '#b42318', green: '#15703a', yellow: '#8a5a00', blue: '#0b57b8', magenta: '#8e2f9e',
  cyan: '#0e6b7a', white: '#5b6675', brightBlack: '#4a5566', brightRed: '#c8321f', brightGreen: '#1a7f45',
  brightYellow: '#9a6700', brightBlue: '#1863cf', brightMagenta: '#a03bb0', brightCyan: '#127a8a', brightWhite: '#1b2430',
}

// Every colour at least 7:1 on black (WCAG AAA) for projection.
const contrast: ITheme = {
  background: '#000000', foreground: '#ffffff', cursor: '#ffff00', cursorAccent: '#000000',
  selectionBackground: '#ffffff', selectionForeground: '#000000',
  black: '#000000', red: '#ff8080', green: '#4dff88', yellow: '#ffff33', blue: '#99ccff', magenta: '#ff99ff',
  cyan: '#66ffff', white: '#ffffff', brightBlack: '#cccccc', brightRed: '#ffaaaa', brightGreen: '#99ffbb',
  brightYellow: '#ffff99', brightBlue: '#bbddff', brightMagenta: '#ffbbff', brightCyan: '#aaffff', brightWhite: '#ffffff',
}

export const XTERM_THEMES: Record<Theme, ITheme> = { dark, light, contrast }

import { useEffect, useRef } from 'react'
import { Terminal } from '@xterm/xterm'
import { FitAddon } from '@xterm/addon-fit'
import '@xterm/xterm/css/xterm.css'
import type { Theme } from '../../store'
import type { TerminalConnection } from './connection'
import { MONO_FONT_STACK, XTERM_THEMES } from './xterm-theme'

declare global {
  interface Window {
    /** Test hook: the Playwright journeys read the terminal buffer through it. */
    __wharf?: { term: Terminal }
  }
}

interface Props {
  connection: TerminalConnection
  fontSize: number
  theme: Theme
  label: string
  /** Focus on mount; off inside iframes so an embed does not scroll its course page. */
  autoFocus: boolean
  /** The visible tab: it owns the test hook and gets refitted and focused when shown. */
  active?: boolean
}

export function TerminalView({ connection, fontSize, theme, label, autoFocus, active = true }: Props) {
  const hostRef = useRef<HTMLDivElement>(null)
  const termRef = useRef<{ term: Terminal; fit: () => void } | null>(null)
  // Read once at mount; later changes go through the option effects below.
  const initial = useRef({ fontSize, theme, autoFocus, active })

  useEffect(() => {
    const host = hostRef.current
    if (!host) return
    const term = new Terminal({
      fontFamily: MONO_FONT_STACK,
      fontSize: initial.current.fontSize,
      theme: XTERM_THEMES[initial.current.theme],
      cursorBlink: true,
      scrollback: 5000,
    })
    const fitAddon = new FitAddon()
    term.loadAddon(fitAddon)
    term.open(host)
    term.textarea?.setAttribute('aria-label', label)
    // A hidden view (the narrow layout's other tab) has no size: fitting it would give 1 column.
    const fit = () => {
      if (host.clientWidth > 0 && host.clientHeight > 0) fitAddon.fit()
    }
    fit()
    connection.resize(term.cols, term.rows)
    const resizeSub = term.onResize(({ cols, rows }) => connection.resize(cols, rows))
    const dataSub = term.onData((data) => connection.input(data))
    const offOutput = connection.onOutput((data) => term.write(data))
    let frame = 0
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(fit)
    })
    observer.observe(host)
    termRef.current = { term, fit }
    if (initial.current.active) window.__wharf = { term }
    if (initial.current.autoFocus && initial.current.active) term.focus()
    return () => {
      observer.disconnect()
      cancelAnimationFrame(frame)
      offOutput()
      dataSub.dispose()
      resizeSub.dispose()
      termRef.current = null
      if (window.__wharf?.term === term) delete window.__wharf
      term.dispose()
    }
    // The label is applied once; it is re-applied by its own effect.
  }, [connection]) // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    const t = termRef.current
    if (!t || t.term.options.fontSize === fontSize) return
    t.term.options.fontSize = fontSize
    t.fit()
  }, [fontSize])

  useEffect(() => {
    if (termRef.current) termRef.current.term.options.theme = XTERM_THEMES[theme]
  }, [theme])

  useEffect(() => {
    const t = termRef.current
    if (!t || !active) return
    window.__wharf = { term: t.term }
    requestAnimationFrame(() => {
      t.fit()
      t.term.focus()
    })
  }, [active])

  useEffect(() => {
    termRef.current?.term.textarea?.setAttribute('aria-label', label)
  }, [label])

  return <div ref={hostRef} className="wharf-terminal h-full w-full min-h-0 min-w-0" />
}

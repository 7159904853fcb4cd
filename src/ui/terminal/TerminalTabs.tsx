import { useState } from 'react'
import type { Theme } from '../../store'
import type { TerminalConnection } from './connection'
import { TerminalView } from './TerminalView'

interface Tab {
  id: number
  connection: TerminalConnection
}

interface Props {
  connect: () => TerminalConnection
  fontSize: number
  theme: Theme
  label: string
  autoFocus: boolean
  t: (key: 'terminal.tabs' | 'terminal.newTab' | 'terminal.closeTab' | 'terminal.tabName', params?: Record<string, string | number>) => string
}

/**
 * Several terminals, each its own host session, as a learner opens several terminal windows
 * (two `-it` containers side by side). Closing one ends its shell, like closing a window.
 */
export function TerminalTabs({ connect, fontSize, theme, label, autoFocus, t }: Props) {
  const [tabs, setTabs] = useState<Tab[]>(() => [{ id: 1, connection: connect() }])
  const [active, setActive] = useState(1)
  const [nextId, setNextId] = useState(2)

  const add = () => {
    setTabs((list) => [...list, { id: nextId, connection: connect() }])
    setActive(nextId)
    setNextId((n) => n + 1)
  }
  const close = (id: number) => {
    const tab = tabs.find((x) => x.id === id)
    tab?.connection.close?.()
    const rest = tabs.filter((x) => x.id !== id)
    setTabs(rest)
    if (active === id && rest.length) setActive(rest[rest.length - 1]!.id)
  }

  return (
    <div className="flex h-full min-h-0 flex-col">
      <div role="tablist" aria-label={t('terminal.tabs')} className="flex items-center gap-1 pb-1 text-xs">
        {tabs.map((tab) => (
          <div key={tab.id} className={`flex items-center rounded ${tab.id === active ? 'bg-surface text-fg' : 'text-muted'}`}>
            <button
              type="button"
              role="tab"
              aria-selected={tab.id === active}
              className="px-2 py-0.5"
              onClick={() => setActive(tab.id)}
            >
              {t('terminal.tabName', { n: tab.id })}
            </button>
            {tabs.length > 1 && (
              <button type="button" aria-label={t('terminal.closeTab', { n: tab.id })} className="px-1" onClick={() => close(tab.id)}>
                ×
              </button>
            )}
          </div>
        ))}
        <button type="button" aria-label={t('terminal.newTab')} title={t('terminal.newTab')} className="rounded px-2 py-0.5 text-muted hover:text-fg" onClick={add}>
          +
        </button>
      </div>
      {tabs.map((tab) => (
        <div key={tab.id} role="tabpanel" className={`min-h-0 flex-1 ${tab.id === active ? '' : 'hidden'}`}>
          <TerminalView
            connection={tab.connection}
            fontSize={fontSize}
            theme={theme}
            label={label}
            autoFocus={autoFocus}
            active={tab.id === active}
          />
        </div>
      ))}
    </div>
  )
}

import { create } from 'zustand'
import type { Address } from './address'
import type { Navigation } from './loader'

export interface BrowserTab {
  id: number
  history: Navigation[]
  index: number
  /** Bumped by reload: the same entry is loaded again. */
  nonce: number
  title: string
}

interface BrowserState {
  open: boolean
  tabs: BrowserTab[]
  active: number
  /** The terminal's share of the split (0.2–0.8). */
  ratio: number
  /** In the tabbed layout: whether the browser or the terminal is showing. */
  showing: 'terminal' | 'browser'
  /** Open an address (the Ports panel): a tab already on that host and port is reused. */
  openAddress(address: Address): void
  navigate(tabId: number, nav: Navigation, newTab?: boolean): void
  go(tabId: number, delta: -1 | 1): void
  reload(tabId: number): void
  newTab(): void
  closeTab(tabId: number): void
  setTitle(tabId: number, title: string): void
  select(tabId: number): void
  setRatio(ratio: number): void
  show(view: 'terminal' | 'browser'): void
  close(): void
}

let nextId = 1
const blank = (): BrowserTab => ({ id: nextId++, history: [], index: -1, nonce: 0, title: '' })
const mapTab = (tabs: BrowserTab[], id: number, fn: (t: BrowserTab) => BrowserTab) => tabs.map((t) => (t.id === id ? fn(t) : t))
const push = (t: BrowserTab, nav: Navigation): BrowserTab => ({ ...t, history: [...t.history.slice(0, t.index + 1), nav], index: t.index + 1, title: '' })

/** The built-in browser's tabs and their histories (UI state only; pages are not persisted). */
export const useBrowser = create<BrowserState>()((set, get) => ({
  open: false,
  tabs: [],
  active: 0,
  ratio: 0.45,
  showing: 'browser',
  openAddress: (address) => {
    const nav: Navigation = { address, method: 'GET', body: '' }
    const { tabs } = get()
    const same = tabs.find((t) => {
      const cur = t.history[t.index]?.address
      return cur && cur.host === address.host && cur.port === address.port
    })
    if (same) {
      const cur = same.history[same.index]!.address
      const tab = cur.path === address.path ? { ...same, nonce: same.nonce + 1 } : push(same, nav)
      set({ open: true, showing: 'browser', active: same.id, tabs: mapTab(tabs, same.id, () => tab) })
      return
    }
    const empty = tabs.find((t) => t.history.length === 0)
    const tab = push(empty ?? blank(), nav)
    set({ open: true, showing: 'browser', active: tab.id, tabs: empty ? mapTab(tabs, tab.id, () => tab) : [...tabs, tab] })
  },
  navigate: (tabId, nav, newTab) => {
    if (newTab) {
      const tab = push(blank(), nav)
      set({ tabs: [...get().tabs, tab], active: tab.id })
    } else set({ tabs: mapTab(get().tabs, tabId, (t) => push(t, nav)) })
  },
  go: (tabId, delta) =>
    set({ tabs: mapTab(get().tabs, tabId, (t) => (t.history[t.index + delta] ? { ...t, index: t.index + delta, title: '' } : t)) }),
  reload: (tabId) => set({ tabs: mapTab(get().tabs, tabId, (t) => ({ ...t, nonce: t.nonce + 1 })) }),
  newTab: () => {
    const tab = blank()
    set({ open: true, showing: 'browser', tabs: [...get().tabs, tab], active: tab.id })
  },
  closeTab: (tabId) => {
    const { tabs, active } = get()
    const i = tabs.findIndex((t) => t.id === tabId)
    const rest = tabs.filter((t) => t.id !== tabId)
    if (!rest.length) return set({ tabs: [], open: false, showing: 'browser' })
    set({ tabs: rest, active: active === tabId ? rest[Math.min(i, rest.length - 1)]!.id : active })
  },
  setTitle: (tabId, title) => set({ tabs: mapTab(get().tabs, tabId, (t) => (t.title === title ? t : { ...t, title })) }),
  select: (tabId) => set({ active: tabId, showing: 'browser' }),
  setRatio: (ratio) => set({ ratio: Math.min(0.8, Math.max(0.2, ratio)) }),
  show: (showing) => set({ showing }),
  close: () => set({ open: false, showing: 'browser' }),
}))

/** The Ports panel's one-click open: localhost:HOSTPORT in the browser. */
export function openPortInBrowser(hostPort: number): void {
  useBrowser.getState().openAddress({ host: 'localhost', port: hostPort, path: '/' })
}

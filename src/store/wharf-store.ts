/**
 * The zustand store the React app reads: the engine's panel snapshot (refreshed at most once per
 * frame) and the UI state. No engine logic here: the facade is the only way in.
 */
import { createStore, type StoreApi } from 'zustand/vanilla'
import type { EngineFacade, PanelSnapshot } from '../engine/facade'
import type { Language } from '../i18n'
import { animationFrameScheduler, frameBatch, type Scheduler } from './frame-batch'
import { clampFont, initialPrefs, savePrefs, type EmbedOptions, type Environment, type Layout, type PanelName, type Theme, type UiPrefs } from './prefs'

export interface WharfState extends UiPrefs {
  snapshot: PanelSnapshot
  embed: EmbedOptions
  /** On small screens the panels (and the editor) sit behind tabs: which one is showing. */
  view: View
  setLanguage(language: Language): void
  setTheme(theme: Theme): void
  setFontSize(size: number): void
  changeFontSize(delta: number): void
  setPanelVisible(panel: PanelName, visible: boolean): void
  setAllPanels(visible: boolean): void
  setLayout(layout: Layout): void
  setView(view: View): void
  setEditor(visible: boolean): void
}

export type View = 'terminal' | 'panels' | 'editor'

export type WharfStore = StoreApi<WharfState>

export interface WharfStoreOptions extends Environment {
  /** Defaults to one flush per animation frame. */
  schedule?: Scheduler
}

function prefsOf(s: WharfState): UiPrefs {
  return { language: s.language, theme: s.theme, fontSize: s.fontSize, panels: s.panels, layout: s.layout, editor: s.editor }
}

export function createWharfStore(facade: EngineFacade, options: WharfStoreOptions): { store: WharfStore; dispose(): void } {
  const { prefs, embed } = initialPrefs(options)
  const store = createStore<WharfState>()((set, get) => {
    const update = (patch: Partial<UiPrefs>) => {
      set(patch)
      savePrefs(options.storage, prefsOf(get()))
    }
    return {
      ...prefs,
      snapshot: facade.panelSnapshot(),
      embed,
      view: 'terminal',
      setLanguage: (language) => update({ language }),
      setTheme: (theme) => update({ theme }),
      setFontSize: (size) => update({ fontSize: clampFont(size) }),
      changeFontSize: (delta) => update({ fontSize: clampFont(get().fontSize + delta) }),
      setPanelVisible: (panel, visible) => update({ panels: { ...get().panels, [panel]: visible } }),
      setAllPanels: (visible) => update({ panels: { images: visible, containers: visible, ports: visible } }),
      setLayout: (layout) => update({ layout }),
      setView: (view) => set({ view }),
      // Opening the editor on a small screen shows it; closing it returns to the terminal.
      setEditor: (editor) => {
        update({ editor })
        set({ view: editor ? 'editor' : get().view === 'editor' ? 'terminal' : get().view })
      },
    }
  })
  const batch = frameBatch(() => store.setState({ snapshot: facade.panelSnapshot() }), options.schedule ?? animationFrameScheduler())
  const unsubscribe = facade.subscribe(() => batch.request())
  return {
    store,
    dispose() {
      unsubscribe()
      batch.cancel()
    },
  }
}

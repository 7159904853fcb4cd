import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createWharfStore, safeStorage, type Theme } from './store'
import { App } from './ui/app/App'
import { StoreContext } from './ui/app/store-context'
import { lazyWharf } from './ui/app/lazy-wharf'
import { detectLanguage, translate } from './i18n'
import './ui/styles.css'

function preferredTheme(): Theme | undefined {
  const match = (q: string) => typeof window.matchMedia === 'function' && window.matchMedia(q).matches
  if (match('(prefers-contrast: more)') || match('(forced-colors: active)')) return 'contrast'
  if (match('(prefers-color-scheme: light)')) return 'light'
  return undefined
}

const storage = safeStorage(() => window.localStorage)
const search = window.location.search
const language = detectLanguage(search, navigator.languages ?? [navigator.language])
const wharf = lazyWharf({
  search,
  storage,
  helpText: translate(language, 'terminal.help'),
  welcome: translate(language, 'terminal.welcome'),
  restoredNotice: translate(language, 'terminal.restored'),
})
const { store } = createWharfStore(wharf.facade, {
  search,
  navigatorLanguages: navigator.languages ?? [navigator.language],
  storage,
  preferredTheme: preferredTheme(),
})
// Test and embedding hook: the engine behind the page, once it has loaded.
void wharf.ready.then((w) => Object.assign(window, { __wharfEngine: w.engine }))

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <App connect={wharf.connect} workspace={wharf.ready.then((w) => w.workspace)} />
    </StoreContext.Provider>
  </StrictMode>,
)

import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createWharfStore, safeStorage, type Theme } from './store'
import { App } from './ui/app/App'
import { StoreContext } from './ui/app/store-context'
import { createWharf } from './ui/app/wharf'
import './ui/styles.css'

function preferredTheme(): Theme | undefined {
  const match = (q: string) => typeof window.matchMedia === 'function' && window.matchMedia(q).matches
  if (match('(prefers-contrast: more)') || match('(forced-colors: active)')) return 'contrast'
  if (match('(prefers-color-scheme: light)')) return 'light'
  return undefined
}

const wharf = createWharf()
const { store } = createWharfStore(wharf.facade, {
  search: window.location.search,
  navigatorLanguages: navigator.languages ?? [navigator.language],
  storage: safeStorage(() => window.localStorage),
  preferredTheme: preferredTheme(),
})
const connection = wharf.connect()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <App connection={connection} />
    </StoreContext.Provider>
  </StrictMode>,
)

import { createContext, useCallback, useContext } from 'react'
import { useStore } from 'zustand'
import { translate, type MessageKey, type MessageParams } from '../../i18n'
import type { WharfState, WharfStore } from '../../store'

export const StoreContext = createContext<WharfStore | null>(null)

export function useWharf<T>(selector: (state: WharfState) => T): T {
  const store = useContext(StoreContext)
  if (!store) throw new Error('useWharf outside <StoreContext.Provider>')
  return useStore(store, selector)
}

/** The translator for the store's current language; components re-render when it changes. */
export function useT(): (key: MessageKey, params?: MessageParams) => string {
  const language = useWharf((s) => s.language)
  return useCallback((key, params) => translate(language, key, params), [language])
}

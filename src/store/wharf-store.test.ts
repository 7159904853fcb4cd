import { describe, expect, it } from 'vitest'
import type { EngineFacade, PanelSnapshot } from '../engine/facade'
import { createWharfStore } from './wharf-store'
import { safeStorage, type StorageLike } from './prefs'

function fakeFacade() {
  let snapshot: PanelSnapshot = { images: [], containers: [], ports: [], pulls: [] }
  const listeners = new Set<() => void>()
  let reads = 0
  const facade: EngineFacade = {
    panelSnapshot: () => (reads++, snapshot),
    subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
  }
  return {
    facade,
    reads: () => reads,
    listeners,
    change(next: Partial<PanelSnapshot>) {
      snapshot = { ...snapshot, ...next }
      for (const l of listeners) l()
    },
  }
}

function manualScheduler() {
  const queue: (() => void)[] = []
  return {
    schedule: (run: () => void) => (queue.push(run), () => queue.splice(queue.indexOf(run), 1)),
    frame: () => queue.splice(0).forEach((run) => run()),
    size: () => queue.length,
  }
}

function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>()
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) }
}

const env = { search: '', navigatorLanguages: ['en-US'], storage: null }

describe('wharf store', () => {
  it('coalesces engine changes into one snapshot per frame', () => {
    const engine = fakeFacade()
    const frames = manualScheduler()
    const { store, dispose } = createWharfStore(engine.facade, { ...env, schedule: frames.schedule })
    let updates = 0
    store.subscribe(() => updates++)
    const image = { id: 'sha256:1', repoTags: ['nginx:latest'], size: 1, created: 0, containers: 0 }
    engine.change({ pulls: [{ ref: 'nginx:latest', layers: [] }] })
    engine.change({ images: [image], pulls: [] })
    expect(frames.size()).toBe(1)
    expect(store.getState().snapshot.images).toEqual([])
    frames.frame()
    expect(updates).toBe(1)
    expect(store.getState().snapshot.images).toEqual([image])
    expect(store.getState().snapshot.pulls).toEqual([])
    dispose()
    expect(engine.listeners.size).toBe(0)
    engine.change({ images: [] })
    expect(frames.size()).toBe(0)
  })

  it('reads the URL over stored preferences, and persists user choices only', () => {
    const storage = memoryStorage()
    storage.setItem('wharf.ui.v1', JSON.stringify({ theme: 'light', fontSize: 22, language: 'en' }))
    const { store } = createWharfStore(fakeFacade().facade, {
      search: '?lang=ko&theme=contrast&panels=0&chrome=min',
      navigatorLanguages: ['en'],
      storage,
    })
    const s = store.getState()
    expect([s.language, s.theme, s.fontSize, s.embed.minimalChrome]).toEqual(['ko', 'contrast', 22, true])
    expect(s.panels).toEqual({ images: false, containers: false, ports: false })
    expect(JSON.parse(storage.getItem('wharf.ui.v1')!).theme).toBe('light')
    s.changeFontSize(100)
    s.setTheme('dark')
    expect(store.getState().fontSize).toBe(40)
    expect(JSON.parse(storage.getItem('wharf.ui.v1')!)).toMatchObject({ theme: 'dark', fontSize: 40, language: 'ko' })
  })

  it('works without storage, and with storage that throws', () => {
    const throwing: StorageLike = {
      getItem: () => { throw new Error('SecurityError') },
      setItem: () => { throw new Error('SecurityError') },
    }
    expect(safeStorage(() => throwing)).toBeNull()
    expect(safeStorage(() => { throw new Error('denied') })).toBeNull()
    const { store } = createWharfStore(fakeFacade().facade, { ...env, storage: null, search: '?fontSize=28&panels=images,ports' })
    expect(store.getState().fontSize).toBe(28)
    expect(store.getState().panels).toEqual({ images: true, containers: false, ports: true })
    store.getState().setPanelVisible('containers', true)
    expect(store.getState().panels.containers).toBe(true)
  })

  it('shows the editor from ?editor=1, over the stored choice, and remembers the toggle', () => {
    const storage = memoryStorage()
    storage.setItem('wharf.ui.v1', JSON.stringify({ editor: false }))
    const { store } = createWharfStore(fakeFacade().facade, { ...env, storage, search: '?editor=1' })
    expect(store.getState().editor).toBe(true)
    store.getState().setEditor(false)
    expect(JSON.parse(storage.getItem('wharf.ui.v1')!).editor).toBe(false)
    expect(createWharfStore(fakeFacade().facade, { ...env, storage }).store.getState().editor).toBe(false)
    expect(createWharfStore(fakeFacade().facade, env).store.getState().editor).toBe(false)
  })

  it('falls back to the browser language, then English', () => {
    expect(createWharfStore(fakeFacade().facade, { ...env, navigatorLanguages: ['ko-KR'] }).store.getState().language).toBe('ko')
    expect(createWharfStore(fakeFacade().facade, { ...env, navigatorLanguages: [] }).store.getState().language).toBe('en')
  })
})

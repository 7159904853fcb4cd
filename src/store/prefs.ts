/**
 * UI preferences: defaults, what the URL imposes (course pages drive embeds by URL), and persistence
 * to localStorage when there is one. Sandboxed iframes may have none, or throw on any access.
 */
import { detectLanguage, isLanguage, matchLanguage, type Language } from '../i18n'

export const THEMES = ['dark', 'light', 'contrast'] as const
export type Theme = (typeof THEMES)[number]
export const PANELS = ['images', 'containers', 'ports'] as const
export type PanelName = (typeof PANELS)[number]
/** `auto` picks from the viewport: panels beside, below, or behind a tab. */
export const LAYOUTS = ['auto', 'side', 'stack', 'tabs'] as const
export type Layout = (typeof LAYOUTS)[number]

export const FONT_MIN = 10
export const FONT_MAX = 40
export const FONT_DEFAULT = 15

export interface UiPrefs {
  language: Language
  theme: Theme
  fontSize: number
  panels: Record<PanelName, boolean>
  layout: Layout
  /** The build-context editor beside the terminal (behind a tab on small screens). */
  editor: boolean
}

/** Set by the URL only, never persisted. */
export interface EmbedOptions {
  /** `?chrome=min`: no header. */
  minimalChrome: boolean
}

export interface StorageLike {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem?(key: string): void
}

const STORAGE_KEY = 'wharf.ui.v1'

export function clampFont(size: number): number {
  return Math.round(Math.min(FONT_MAX, Math.max(FONT_MIN, size)))
}

function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value)
}

/** localStorage if it can be read and written, else null (never throws). */
export function safeStorage(get: () => StorageLike | null | undefined): StorageLike | null {
  try {
    const storage = get()
    if (!storage) return null
    const probe = '__wharf_probe__'
    storage.setItem(probe, probe)
    storage.removeItem?.(probe)
    return storage
  } catch {
    return null
  }
}

export function loadPrefs(storage: StorageLike | null): Partial<UiPrefs> {
  if (!storage) return {}
  try {
    const raw: unknown = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}')
    if (typeof raw !== 'object' || raw === null) return {}
    const r = raw as Record<string, unknown>
    const out: Partial<UiPrefs> = {}
    if (isLanguage(r.language)) out.language = r.language
    if (isOneOf(THEMES, r.theme)) out.theme = r.theme
    if (typeof r.fontSize === 'number' && Number.isFinite(r.fontSize)) out.fontSize = clampFont(r.fontSize)
    if (isOneOf(LAYOUTS, r.layout)) out.layout = r.layout
    if (typeof r.editor === 'boolean') out.editor = r.editor
    if (typeof r.panels === 'object' && r.panels !== null) {
      const p = r.panels as Record<string, unknown>
      out.panels = { images: p.images !== false, containers: p.containers !== false, ports: p.ports !== false }
    }
    return out
  } catch {
    return {}
  }
}

export function savePrefs(storage: StorageLike | null, prefs: UiPrefs): void {
  if (!storage) return
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(prefs))
  } catch {
    // Quota or a storage that went away: preferences simply do not persist.
  }
}

/** `?panels=0` hides all, `?panels=1` shows all, `?panels=images,ports` shows those. */
function parsePanels(value: string): Record<PanelName, boolean> | undefined {
  const v = value.trim().toLowerCase()
  if (v === '0' || v === 'false' || v === 'none') return { images: false, containers: false, ports: false }
  if (v === '1' || v === 'true' || v === 'all') return { images: true, containers: true, ports: true }
  const names = v.split(',').map((s) => s.trim())
  if (!names.some((n) => isOneOf(PANELS, n))) return undefined
  return { images: names.includes('images'), containers: names.includes('containers'), ports: names.includes('ports') }
}

export function prefsFromUrl(search: string): { prefs: Partial<UiPrefs>; embed: EmbedOptions } {
  const q = new URLSearchParams(search)
  const prefs: Partial<UiPrefs> = {}
  const lang = matchLanguage(q.get('lang'))
  if (lang) prefs.language = lang
  const theme = q.get('theme')
  if (isOneOf(THEMES, theme)) prefs.theme = theme
  const font = Number(q.get('fontSize') ?? NaN)
  if (Number.isFinite(font) && font > 0) prefs.fontSize = clampFont(font)
  const layout = q.get('layout')
  if (isOneOf(LAYOUTS, layout)) prefs.layout = layout
  const panels = q.get('panels')
  const parsed = panels === null ? undefined : parsePanels(panels)
  if (parsed) prefs.panels = parsed
  const editor = q.get('editor')
  if (editor === '1' || editor === 'true') prefs.editor = true
  if (editor === '0' || editor === 'false') prefs.editor = false
  return { prefs, embed: { minimalChrome: q.get('chrome') === 'min' } }
}

export interface Environment {
  search: string
  navigatorLanguages: readonly string[]
  storage: StorageLike | null
  /** `prefers-contrast: more` / `forced-colors` → the high-contrast theme; light scheme → light. */
  preferredTheme?: Theme
}

/** URL over stored choices over the browser's hints over defaults. */
export function initialPrefs(env: Environment): { prefs: UiPrefs; embed: EmbedOptions } {
  const url = prefsFromUrl(env.search)
  const stored = loadPrefs(env.storage)
  const prefs: UiPrefs = {
    language: detectLanguage(env.search, env.navigatorLanguages),
    theme: env.preferredTheme ?? 'dark',
    fontSize: FONT_DEFAULT,
    panels: { images: true, containers: true, ports: true },
    layout: 'auto',
    editor: false,
    ...stored,
    ...url.prefs,
  }
  return { prefs, embed: url.embed }
}

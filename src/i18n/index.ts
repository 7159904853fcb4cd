/**
 * The message catalog for UI text (English, Korean). Pure: the caller passes what it knows of the
 * environment, so it runs in tests, in the headless runner and in the browser alike.
 */
import { en, type MessageKey } from './messages.en'
import { ko } from './messages.ko'

export type { MessageKey } from './messages.en'
export const LANGUAGES = ['en', 'ko'] as const
export type Language = (typeof LANGUAGES)[number]
export type MessageParams = Record<string, string | number>

const catalogs: Record<Language, Record<MessageKey, string>> = { en, ko }

/** Labels for the language switch, each in its own language. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'EN', ko: '한국어' }

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

/** "ko-KR" → "ko"; anything unsupported → undefined. */
export function matchLanguage(tag: string | null | undefined): Language | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0]
  return isLanguage(primary) ? primary : undefined
}

/** `?lang=` first, then the browser's languages, then English. */
export function detectLanguage(search: string, navigatorLanguages: readonly string[] = []): Language {
  const fromUrl = matchLanguage(new URLSearchParams(search).get('lang'))
  if (fromUrl) return fromUrl
  for (const tag of navigatorLanguages) {
    const lang = matchLanguage(tag)
    if (lang) return lang
  }
  return 'en'
}

export function translate(lang: Language, key: MessageKey, params?: MessageParams): string {
  const text = catalogs[lang][key] ?? en[key]
  if (!params) return text
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

let current: Language = 'en'

export function setLanguage(lang: Language): void {
  current = lang
}

export function getLanguage(): Language {
  return current
}

/** Translates in the current language (React code re-renders through the store's language instead). */
export function t(key: MessageKey, params?: MessageParams): string {
  return translate(current, key, params)
}

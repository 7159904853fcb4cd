import { LANGUAGES, LANGUAGE_NAMES } from '../../i18n'
import { FONT_MAX, FONT_MIN, THEMES, type Theme } from '../../store'
import { useT, useWharf } from './store-context'

const BUTTON =
  'inline-flex h-8 min-w-8 items-center justify-center rounded-md border border-line px-2 text-sm ' +
  'hover:border-accent disabled:opacity-40 aria-pressed:bg-accent aria-pressed:text-on-accent aria-pressed:border-accent'

export function Header() {
  const t = useT()
  const language = useWharf((s) => s.language)
  const theme = useWharf((s) => s.theme)
  const fontSize = useWharf((s) => s.fontSize)
  const anyPanel = useWharf((s) => Object.values(s.panels).some(Boolean))
  const setLanguage = useWharf((s) => s.setLanguage)
  const setTheme = useWharf((s) => s.setTheme)
  const changeFontSize = useWharf((s) => s.changeFontSize)
  const setAllPanels = useWharf((s) => s.setAllPanels)
  const editor = useWharf((s) => s.editor)
  const setEditor = useWharf((s) => s.setEditor)

  return (
    <header className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-line bg-surface px-3 py-1.5">
      <p className="mr-auto flex items-baseline gap-2">
        <span className="text-lg font-bold tracking-tight">{t('app.name')}</span>
        <span className="hidden text-sm text-muted sm:inline">{t('app.tagline')}</span>
      </p>
      <nav aria-label={t('header.label')} className="flex flex-wrap items-center gap-2">
        <div role="group" aria-label={t('header.language')} className="flex gap-1">
          {LANGUAGES.map((lang) => (
            <button key={lang} type="button" lang={lang} className={BUTTON} aria-pressed={language === lang} onClick={() => setLanguage(lang)}>
              {LANGUAGE_NAMES[lang]}
            </button>
          ))}
        </div>
        <label className="flex items-center gap-1 text-sm">
          <span className="sr-only">{t('header.theme')}</span>
          <select
            value={theme}
            onChange={(e) => setTheme(e.target.value as Theme)}
            className="h-8 rounded-md border border-line bg-surface px-1.5 text-sm text-fg"
          >
            {THEMES.map((name) => (
              <option key={name} value={name}>
                {t(`theme.${name}`)}
              </option>
            ))}
          </select>
        </label>
        <div role="group" aria-label={t('header.fontSize')} className="flex items-center gap-1">
          <button type="button" className={BUTTON} aria-label={t('header.fontSmaller')} disabled={fontSize <= FONT_MIN} onClick={() => changeFontSize(-1)}>
            <span aria-hidden="true">A−</span>
          </button>
          <output className="hidden w-12 text-center text-sm tabular-nums md:inline" aria-live="polite">
            {t('header.fontSizeValue', { size: fontSize })}
          </output>
          <button type="button" className={BUTTON} aria-label={t('header.fontLarger')} disabled={fontSize >= FONT_MAX} onClick={() => changeFontSize(1)}>
            <span aria-hidden="true">A+</span>
          </button>
        </div>
        <button type="button" className={BUTTON} aria-pressed={editor} onClick={() => setEditor(!editor)}>
          {t('header.editor')}
        </button>
        <button type="button" className={BUTTON} aria-pressed={anyPanel} onClick={() => setAllPanels(!anyPanel)}>
          {t('header.panels')}
        </button>
      </nav>
    </header>
  )
}

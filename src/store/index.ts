export { createWharfStore, type WharfState, type WharfStore, type WharfStoreOptions, type View } from './wharf-store'
export { FONT_DEFAULT, FONT_MAX, FONT_MIN, LAYOUTS, PANELS, THEMES, safeStorage } from './prefs'
export type { EmbedOptions, Layout, PanelName, StorageLike, Theme, UiPrefs } from './prefs'
export type { Scheduler } from './frame-batch'

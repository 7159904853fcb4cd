/** Which highlighter a file gets, from its name alone (pure; the CodeMirror side maps it). */
export type LanguageId = 'dockerfile' | 'javascript' | 'typescript' | 'json' | 'html' | 'css' | 'python' | 'shell' | 'yaml' | 'text'

const BY_EXTENSION: Record<string, LanguageId> = {
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  jsx: 'javascript',
  ts: 'typescript',
  tsx: 'typescript',
  json: 'json',
  html: 'html',
  htm: 'html',
  css: 'css',
  py: 'python',
  sh: 'shell',
  bash: 'shell',
  yml: 'yaml',
  yaml: 'yaml',
  dockerfile: 'dockerfile',
}

const BY_NAME: Record<string, LanguageId> = {
  dockerfile: 'dockerfile',
  containerfile: 'dockerfile',
  '.bashrc': 'shell',
  '.profile': 'shell',
  '.babelrc': 'json',
}

export function languageFor(path: string): LanguageId {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase()
  const exact = BY_NAME[name]
  if (exact) return exact
  // Dockerfile.dev, dev.Dockerfile
  if (name.startsWith('dockerfile.') || name.endsWith('.dockerfile')) return 'dockerfile'
  const dot = name.lastIndexOf('.')
  if (dot <= 0) return 'text'
  return BY_EXTENSION[name.slice(dot + 1)] ?? 'text'
}

/**
 * CodeMirror 6 configuration (only the lazy editor chunk imports this): languages by id, and a
 * theme that reads the app's CSS variables, so dark/light/contrast switch without reconfiguring.
 */
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands'
import { bracketMatching, HighlightStyle, indentOnInput, StreamLanguage, syntaxHighlighting } from '@codemirror/language'
import { css } from '@codemirror/legacy-modes/mode/css'
import { dockerFile } from '@codemirror/legacy-modes/mode/dockerfile'
import { shell } from '@codemirror/legacy-modes/mode/shell'
import { yaml } from '@codemirror/legacy-modes/mode/yaml'
import { Annotation, Compartment, EditorState, type Extension } from '@codemirror/state'
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view'
import { tags as t } from '@lezer/highlight'
import type { LanguageId } from './languages'

/** Each state's language: empty until its parser has loaded, then reconfigured. */
export const languageSlot = new Compartment()

const loaded = new Map<LanguageId, Extension>([
  // Small stream parsers ship with the editor; the Lezer grammars are chunks of their own.
  ['dockerfile', StreamLanguage.define(dockerFile)],
  ['shell', StreamLanguage.define(shell)],
  ['css', StreamLanguage.define(css)],
  ['yaml', StreamLanguage.define(yaml)],
  ['text', []],
])

export function loadedLanguage(id: LanguageId): Extension | undefined {
  return loaded.get(id)
}

export async function loadLanguage(id: LanguageId): Promise<Extension> {
  const hit = loaded.get(id)
  if (hit) return hit
  const ext: Extension =
    id === 'javascript' || id === 'typescript' ? (await import('@codemirror/lang-javascript')).javascript({ typescript: id === 'typescript' })
    : id === 'json' ? (await import('@codemirror/lang-json')).json()
    : id === 'html' ? (await import('@codemirror/lang-html')).html()
    : id === 'python' ? (await import('@codemirror/lang-python')).python()
    : []
  loaded.set(id, ext)
  return ext
}

const v = (name: string) => `var(--cm-${name})`

const highlight = HighlightStyle.define([
  { tag: [t.keyword, t.moduleKeyword, t.controlKeyword, t.operatorKeyword, t.definitionKeyword], color: v('keyword'), fontWeight: '600' },
  { tag: [t.string, t.special(t.string), t.regexp, t.character], color: v('string') },
  { tag: [t.number, t.bool, t.null, t.atom], color: v('number') },
  { tag: [t.comment, t.lineComment, t.blockComment, t.docComment], color: v('comment'), fontStyle: 'italic' },
  { tag: [t.function(t.variableName), t.function(t.propertyName), t.className, t.typeName], color: v('function') },
  { tag: [t.propertyName, t.attributeName, t.labelName], color: v('property') },
  { tag: [t.tagName, t.heading], color: v('tag'), fontWeight: '600' },
  { tag: [t.variableName, t.special(t.variableName)], color: v('variable') },
  { tag: [t.operator, t.punctuation, t.bracket, t.meta], color: v('punctuation') },
  { tag: t.invalid, color: v('invalid') },
])

const theme = EditorView.theme({
  '&': { height: '100%', backgroundColor: 'var(--w-term)', color: 'var(--w-fg)', fontSize: 'inherit' },
  '&.cm-focused': { outline: '2px solid var(--w-focus)', outlineOffset: '-2px' },
  '.cm-scroller': { fontFamily: 'var(--font-mono)', lineHeight: '1.45' },
  '.cm-content': { caretColor: 'var(--w-focus)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--w-focus)', borderLeftWidth: '2px' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, ::selection': {
    backgroundColor: 'var(--cm-selection) !important',
  },
  '.cm-activeLine': { backgroundColor: 'var(--cm-active-line)' },
  '.cm-gutters': { backgroundColor: 'var(--w-surface)', color: 'var(--w-muted)', borderRight: '1px solid var(--w-line)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--cm-active-line)', color: 'var(--w-fg)' },
  '.cm-matchingBracket': { outline: '1px solid var(--w-accent)', backgroundColor: 'transparent' },
})

/** Marks a change that came from the file on disk (the shell wrote it): not saved back. */
export const fromDisk = Annotation.define<boolean>()

/** Everything but the language and the document; `onChange` hears the learner's edits only. */
export function baseExtensions(label: string, describedBy: string, onChange: (doc: string) => void): Extension[] {
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightActiveLine(),
    drawSelection(),
    history(),
    indentOnInput(),
    bracketMatching(),
    EditorState.tabSize.of(2),
    syntaxHighlighting(highlight),
    keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
    theme,
    EditorView.contentAttributes.of({ 'aria-label': label, 'aria-describedby': describedBy }),
    EditorView.updateListener.of((u) => {
      if (u.docChanged && !u.transactions.some((tr) => tr.annotation(fromDisk))) onChange(u.state.doc.toString())
    }),
  ]
}

import { useEffect, useId, useRef, useState, type FormEvent } from 'react'

/**
 * Questions asked in place, under the toolbar: a name to type, or a yes/no. Native prompt() and
 * confirm() are blocked in sandboxed iframes, where Wharf often runs.
 */
export type Dialog =
  | { kind: 'prompt'; label: string; initial: string; submit: string; cancel: string; onSubmit(value: string): string | null }
  | { kind: 'confirm'; message: string; confirm: string; cancel: string; onConfirm(): void }

const BUTTON = 'h-7 rounded-md border border-line px-2.5 text-sm hover:border-accent'
const PRIMARY = 'h-7 rounded-md border border-accent bg-accent px-2.5 text-sm font-semibold text-on-accent'

export function InlineDialog({ dialog, onClose }: { dialog: Dialog; onClose(): void }) {
  const id = useId()
  const [value, setValue] = useState(dialog.kind === 'prompt' ? dialog.initial : '')
  const [error, setError] = useState<string | null>(null)
  const first = useRef<HTMLInputElement & HTMLButtonElement>(null)

  useEffect(() => {
    const el = first.current
    el?.focus()
    // Select the name before the extension, as file managers do when renaming.
    if (el instanceof HTMLInputElement) el.setSelectionRange(0, el.value.lastIndexOf('.') > 0 ? el.value.lastIndexOf('.') : el.value.length)
  }, [])

  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (dialog.kind === 'confirm') {
      onClose()
      dialog.onConfirm()
      return
    }
    const problem = dialog.onSubmit(value)
    if (problem) setError(problem)
    else onClose()
  }

  return (
    <form
      role={dialog.kind === 'confirm' ? 'alertdialog' : 'dialog'}
      aria-labelledby={`${id}-label`}
      aria-describedby={error ? `${id}-error` : undefined}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault()
          onClose()
        }
      }}
      className="flex flex-wrap items-center gap-2 border-b border-line bg-surface px-2 py-1.5 text-sm"
    >
      {dialog.kind === 'prompt' ? (
        <>
          <label id={`${id}-label`} htmlFor={`${id}-input`} className="text-muted">
            {dialog.label}
          </label>
          <input
            id={`${id}-input`}
            ref={first}
            value={value}
            onChange={(e) => {
              setValue(e.target.value)
              setError(null)
            }}
            aria-invalid={error !== null}
            spellCheck={false}
            autoComplete="off"
            className="h-7 min-w-0 flex-1 rounded-md border border-line bg-bg px-1.5 font-mono text-fg"
          />
        </>
      ) : (
        <p id={`${id}-label`} className="min-w-0 flex-1">
          {dialog.message}
        </p>
      )}
      <span className="flex gap-1.5">
        <button type="submit" className={PRIMARY}>
          {dialog.kind === 'prompt' ? dialog.submit : dialog.confirm}
        </button>
        {/* For a yes/no, focus starts on the safe answer. */}
        <button type="button" ref={dialog.kind === 'confirm' ? first : undefined} className={BUTTON} onClick={onClose}>
          {dialog.cancel}
        </button>
      </span>
      {error && (
        <p id={`${id}-error`} role="alert" className="w-full text-state-dead">
          {error}
        </p>
      )}
    </form>
  )
}

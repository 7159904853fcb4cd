import { useId, type ReactNode } from 'react'

interface Props {
  title: string
  count: number
  children: ReactNode
}

/** A titled region of the side area; the count is what the panel lists. */
export function Panel({ title, count, children }: Props) {
  const id = useId()
  return (
    <section aria-labelledby={id} className="border-b border-line last:border-b-0">
      <h2 id={id} className="flex items-center justify-between px-3 pt-3 pb-1.5 text-sm font-semibold tracking-wide uppercase text-muted">
        <span>{title}</span>
        <span className="rounded-full border border-line px-2 text-xs font-normal tabular-nums text-fg">{count}</span>
      </h2>
      <div className="px-3 pb-3">{children}</div>
    </section>
  )
}

export function EmptyHint({ text, command }: { text: string; command: string }) {
  const [before, after] = text.split('{command}')
  return (
    <p className="text-sm text-muted">
      {before}
      <code className="rounded bg-code px-1 font-mono text-fg">{command}</code>
      {after}
    </p>
  )
}

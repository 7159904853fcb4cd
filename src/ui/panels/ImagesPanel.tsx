import type { ImageRow, PullRow } from '../../engine/facade'
import { useT } from '../app/store-context'
import { fraction, humanSize, shortId } from './format'
import { EmptyHint, Panel } from './Panel'

interface Props {
  images: ImageRow[]
  pulls: PullRow[]
}

export function ImagesPanel({ images, pulls }: Props) {
  const t = useT()
  return (
    <Panel title={t('images.title')} count={images.length}>
      {pulls.map((pull) => (
        <PullProgress key={pull.ref} pull={pull} />
      ))}
      {images.length === 0 && pulls.length === 0 ? (
        <EmptyHint text={t('images.empty')} command="docker pull nginx" />
      ) : (
        <ul className="space-y-1.5">
          {images.map((image) => (
            <li key={image.id} className="rounded-md border border-line bg-surface px-2.5 py-1.5">
              <div className="flex items-baseline justify-between gap-2">
                <span className="min-w-0 truncate font-mono font-semibold">
                  {image.repoTags.length > 0 ? image.repoTags.join(', ') : t('images.untagged')}
                </span>
                <span className="shrink-0 text-sm tabular-nums text-muted" title={t('images.size')}>
                  {humanSize(image.size)}
                </span>
              </div>
              <div className="flex justify-between gap-2 text-xs text-muted">
                <span className="font-mono">{shortId(image.id)}</span>
                {image.containers > 0 && <span>{t('images.inUse', { count: image.containers })}</span>}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  )
}

function PullProgress({ pull }: { pull: PullRow }) {
  const t = useT()
  return (
    <div className="mb-2 rounded-md border border-accent px-2.5 py-1.5" aria-live="polite">
      <p className="mb-1 text-sm font-semibold">{t('images.pulling', { ref: pull.ref })}</p>
      <ul className="space-y-1">
        {pull.layers.map((layer) => {
          const done = fraction(layer.current, layer.total)
          const finished = /complete|exists/i.test(layer.status)
          const percent = Math.round((finished ? 1 : done) * 100)
          return (
            <li key={layer.id} className="grid grid-cols-[auto_1fr] items-center gap-x-2 text-xs">
              <span className="font-mono text-muted">{layer.id}</span>
              <span className="truncate text-right">{layer.status}</span>
              <div
                role="progressbar"
                aria-label={t('images.layerProgress', { id: layer.id, status: layer.status })}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={percent}
                className="col-span-2 h-1.5 overflow-hidden rounded-full bg-code"
              >
                <div className="h-full rounded-full bg-accent transition-[width]" style={{ width: `${percent}%` }} />
              </div>
            </li>
          )
        })}
      </ul>
    </div>
  )
}

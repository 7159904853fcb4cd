import { useEffect, useState } from 'react'
import type { Layout } from '../../store'

export type LayoutMode = Exclude<Layout, 'auto'>

/**
 * Panels beside the terminal when there is width for both, below it on tall narrow screens,
 * behind a tab in small embeds (e.g. a 480×360 iframe).
 */
export function modeForViewport(width: number, height: number): LayoutMode {
  if (width >= 900) return 'side'
  if (width >= 560 && height >= 600) return 'stack'
  return 'tabs'
}

export function useLayoutMode(preference: Layout): LayoutMode {
  const [size, setSize] = useState(() => ({ w: window.innerWidth, h: window.innerHeight }))
  useEffect(() => {
    const onResize = () => setSize({ w: window.innerWidth, h: window.innerHeight })
    window.addEventListener('resize', onResize)
    return () => window.removeEventListener('resize', onResize)
  }, [])
  return preference === 'auto' ? modeForViewport(size.w, size.h) : preference
}

import { describe, expect, it } from 'vitest'
import { detectLanguage, matchLanguage, setLanguage, t, translate } from './index'
import { en } from './messages.en'
import { ko } from './messages.ko'

describe('i18n', () => {
  it('chooses ?lang first, then the browser, then English', () => {
    expect(detectLanguage('?lang=ko', ['en-US'])).toBe('ko')
    expect(detectLanguage('?lang=fr', ['ko-KR', 'en'])).toBe('ko')
    expect(detectLanguage('', ['de-DE'])).toBe('en')
    expect(detectLanguage('')).toBe('en')
    expect(matchLanguage('KO_kr')).toBe('ko')
  })

  it('fills parameters and leaves unknown ones visible', () => {
    expect(translate('en', 'images.empty', { command: 'docker pull nginx' })).toBe('No images yet. Try docker pull nginx.')
    expect(translate('ko', 'images.inUse', { count: 2 })).toBe('컨테이너 2개에서 사용 중')
    expect(translate('en', 'images.pulling')).toBe('Pulling {ref}')
    setLanguage('ko')
    expect(t('containers.title')).toBe('컨테이너')
    setLanguage('en')
  })

  it('Korean has every key, and the same parameters', () => {
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(ko[key], key).toBeTruthy()
      expect(params(ko[key]), key).toEqual(params(en[key]))
    }
  })
})

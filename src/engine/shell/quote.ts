/** Quote a word the way bash's `set -x` and `declare -p` show it: 'a b', plain when safe. */
export function quoteForTrace(word: string): string {
  if (word !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word
  return `'${word.replace(/'/g, `'\\''`)}'`
}

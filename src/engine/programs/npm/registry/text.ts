/** A source file from its lines (each line a string literal, so the code needs no escaping). */
export const js = (...lines: string[]): string => lines.join('\n') + '\n'

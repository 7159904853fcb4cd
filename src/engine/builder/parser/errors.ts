/**
 * A parse error with its source lines (buildkit parser.LocationError: `withLocation(err, start,
 * end)`), so the CLI can print the Dockerfile snippet around it.
 */
export class DockerfileError extends Error {
  constructor(
    message: string,
    /** 1-based lines; empty when the error has no location. */
    readonly lines: { start: number; end: number }[] = [],
  ) {
    super(message)
  }
}

export function withLocation(message: string, start: number, end: number): DockerfileError {
  return new DockerfileError(message, [{ start, end: end <= start ? start : end }])
}

/**
 * The media type a request declares, parsed rather than searched: lower case,
 * without parameters. "text/plain; charset=application/json" is text/plain.
 */
export function contentType(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

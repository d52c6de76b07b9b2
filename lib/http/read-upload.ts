import { AppError } from '@/lib/errors';
import { contentType } from './content-type';
import { readBody } from './read-body';
import { cleanText } from './text-guard';

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/** The form's own framing adds a little to the file's size. */
const FORM_OVERHEAD = 64 * 1024;

/** Reads one file from a multipart form, refusing it as soon as more than the limit has streamed in. */
export async function readUpload(request: Request, options: { field: string; maxBytes: number }): Promise<{ name: string; bytes: Uint8Array }> {
  if (contentType(request) !== 'multipart/form-data') {
    throw new AppError('unsupported_media_type', `Send the file as a multipart form with a "${options.field}" field`);
  }
  const tooLarge = `The file must be at most ${megabytes(options.maxBytes)}`;
  const body = await readBody(request, options.maxBytes + FORM_OVERHEAD, tooLarge);
  let form: FormData;
  try {
    form = await new Response(body, { headers: { 'content-type': request.headers.get('content-type')! } }).formData();
  } catch {
    throw new AppError('bad_request', 'The upload could not be read as a form');
  }
  const file = form.get(options.field);
  if (!(file instanceof File)) throw new AppError('bad_request', `Choose a file to upload (form field "${options.field}")`);
  if (file.size === 0) throw new AppError('bad_request', `"${file.name}" is empty`);
  if (file.size > options.maxBytes) throw new AppError('payload_too_large', `"${file.name}" is ${megabytes(file.size)}; the limit is ${megabytes(options.maxBytes)}`);
  return { name: cleanText(file.name, 'The file name') || 'rulebook.pdf', bytes: new Uint8Array(await file.arrayBuffer()) };
}

import { AppError } from '@/lib/errors';

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/** Reads one file from a multipart form, refusing it before reading when it is declared too large. */
export async function readUpload(request: Request, options: { field: string; maxBytes: number }): Promise<{ name: string; bytes: Uint8Array }> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  // The form's own framing adds a little to the file's size.
  if (declared > options.maxBytes + 64 * 1024) throw new AppError('payload_too_large', `The file must be at most ${megabytes(options.maxBytes)}`);
  if (!(request.headers.get('content-type') ?? '').includes('multipart/form-data')) {
    throw new AppError('unsupported_media_type', `Send the file as a multipart form with a "${options.field}" field`);
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new AppError('bad_request', 'The upload could not be read as a form');
  }
  const file = form.get(options.field);
  if (!(file instanceof File)) throw new AppError('bad_request', `Choose a file to upload (form field "${options.field}")`);
  if (file.size === 0) throw new AppError('bad_request', `"${file.name}" is empty`);
  if (file.size > options.maxBytes) throw new AppError('payload_too_large', `"${file.name}" is ${megabytes(file.size)}; the limit is ${megabytes(options.maxBytes)}`);
  return { name: file.name || 'rulebook.pdf', bytes: new Uint8Array(await file.arrayBuffer()) };
}

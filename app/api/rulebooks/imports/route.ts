import { getRuntime } from '@/lib/runtime/get-runtime';
import { getConfig } from '@/lib/config';
import { AppError } from '@/lib/errors';
import { respond } from '@/lib/http/respond';
import { readUpload } from '@/lib/http/read-upload';
import { requireIdentity } from '@/lib/auth/identity';

/** Starts importing an uploaded rulebook PDF; its progress is followed at /api/rulebooks/imports/:id/events. */
export async function POST(request: Request) {
  return respond(request, async () => {
    const identity = await requireIdentity(request);
    const maxBytes = getConfig().rulebookMaxBytes;
    const file = await readUpload(request, { field: 'file', maxBytes });
    // The content decides, not the name: a PDF starts with its header.
    if (!new TextDecoder().decode(file.bytes.subarray(0, 1024)).includes('%PDF-')) {
      throw new AppError('unsupported_media_type', `"${file.name}" is not a PDF`);
    }
    const { imports } = await getRuntime();
    return Response.json(imports.start({ fileName: file.name, bytes: file.bytes, ownerId: identity.userId }), { status: 202 });
  });
}

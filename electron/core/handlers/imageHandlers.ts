// The image operations of the contract: a checked thumbnail of one stored image, and the images rule's marks on
// a listing's images and the official photos it reuses.
import type { Handlers } from '../../api/contract';
import { evidenceStoreFor } from '../cases/evidenceStore';
import type { Workspace } from '../db/openWorkspace';
import { evidenceThumbnail } from '../evidence/thumbnail';
import { listingImageMarks } from '../review/listingImageMarks';

type ImageOperations = Extract<keyof Handlers, `images.${string}`>;

export function imageHandlers(ws: Workspace): Pick<Handlers, ImageOperations> {
  const store = evidenceStoreFor(ws.dir);
  return {
    'images.thumbnail': ({ evidenceId }) => evidenceThumbnail(ws.db, store, evidenceId),
    'images.listingMarks': ({ listingId }) => listingImageMarks(ws.db, listingId),
  };
}

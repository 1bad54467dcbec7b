// Picks the notice builder of a profile.
import type { PacketDocument } from '../packetDocument';
import type { PacketProfileId } from '../packetProfiles';
import { alibabaNotice } from './alibabaNotice';
import { amazonNotice } from './amazonNotice';
import { dhgateNotice } from './dhgateNotice';
import { dmcaNotice } from './dmcaNotice';
import { ebayNotice } from './ebayNotice';
import { lumenNoticeDocument } from './lumenNotice';
import type { NoticeInput } from './noticeInput';

const BUILDERS: Record<PacketProfileId, (input: NoticeInput) => PacketDocument> = {
  alibaba: alibabaNotice,
  amazon: amazonNotice,
  ebay: ebayNotice,
  dhgate: dhgateNotice,
  dmca: dmcaNotice,
  lumen: lumenNoticeDocument,
};

export const noticeFor = (input: NoticeInput): PacketDocument => BUILDERS[input.profile.id](input);

// What every notice builder is given: the case, the profile, its listings grouped, its link files and the time.
import type { LinkListFile } from '../linkLists';
import type { PacketCase } from '../packetCase';
import type { PacketProfile } from '../packetProfiles';
import type { ListingGroup } from '../profileListings';

export interface NoticeInput {
  c: PacketCase;
  profile: PacketProfile;
  groups: ListingGroup[];
  links: LinkListFile[];
  time: Date;
}

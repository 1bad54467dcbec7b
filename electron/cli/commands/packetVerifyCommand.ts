// `assay verify PACKET`: prints what the packet verification found, and exits 1 naming the first file that fails.
import { verifyPacket } from '../../core/packets/verifyPacket';
import type { CliIo } from '../io';

export async function packetVerifyCommand(packet: string, json: boolean, io: CliIo): Promise<number> {
  const r = await verifyPacket(packet);
  if (json) io.stdout(`${JSON.stringify({ packet, ...r })}\n`);
  if (!r.ok) {
    if (!json) io.stdout(`FAILED  ${r.file}: ${r.reason}\n`);
    io.stderr(`assay: ${packet} failed verification at ${r.file}.\n`);
    return 1;
  }
  if (!json) {
    io.stdout(
      `ok      ${packet}: ${r.files} files match manifest.json and SHA256SUMS; the Ed25519 signature over manifest.json holds.\n` +
        `        ${r.profile} packet of "${r.caseName}", created ${r.createdAt}, signed with the key whose SHA-256 is ${r.publicKeySha256}.\n`,
    );
  }
  return 0;
}

// Names of evidence files inside a packet: the original name reduced to a safe last part (no folders, no
// "../", no absolute paths, no control characters), prefixed with the evidence id so two files never collide.
import type { PacketEvidence } from './packetCase';

export function safeFileName(original: string): string {
  const last = original.split(/[/\\]/).filter((p) => p !== '' && p !== '.' && p !== '..').pop() ?? '';
  const cleaned = last
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._ -]/gu, '_')
    .replace(/^[.\s]+/, '')
    .trim();
  if (cleaned === '') return 'file';
  if (cleaned.length <= 100) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  return cleaned.slice(0, 100 - ext.length) + ext;
}

export const evidencePath = (e: PacketEvidence): string => `evidence/${e.id}-${safeFileName(e.originalName)}`;

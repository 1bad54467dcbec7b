// Streams a file as decoded text in chunks of 256 kB, in flat memory, and says once any bytes were not
// valid in the encoding (they come through as U+FFFD, and the readers name the rows that hold them).
import fs from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { incompleteUtf8Tail } from './sourceEncoding';
import { throwIfAborted } from './sourceFile';
import type { SourceEncoding } from './sourceTypes';

export interface DecodedChunk {
  text: string;
  /** Bytes of the file read so far. */
  bytesRead: number;
  /** Sticky: some bytes so far were not valid in the encoding. */
  invalidBytes: boolean;
}

/** The reason for a record that holds bytes that were not valid UTF-8 ("Row 5", "Line 5", "Item 5"). */
export const invalidUtf8Reason = (where: string): string =>
  `${where} contains bytes that are not valid UTF-8; was the file saved as Windows-1252? Try --encoding windows-1252.`;

interface Decoder {
  push(bytes: Buffer): { text: string; invalid: boolean };
  end(): { text: string; invalid: boolean };
}

/** UTF-8 keeps a cut character for the next chunk itself, so each chunk can be checked with the fast isUtf8. */
function utf8Decoder(): Decoder {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let carry: Buffer | null = null;
  return {
    push(bytes) {
      const data = carry ? Buffer.concat([carry, bytes]) : bytes;
      const tail = incompleteUtf8Tail(data);
      const body = data.subarray(0, data.length - tail);
      carry = tail ? Buffer.from(data.subarray(data.length - tail)) : null;
      return { text: decoder.decode(body), invalid: !isUtf8(body) };
    },
    end() {
      const rest = carry;
      carry = null;
      return rest ? { text: decoder.decode(rest), invalid: true } : { text: '', invalid: false };
    },
  };
}

function streamingDecoder(encoding: SourceEncoding): Decoder {
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  return {
    push: (bytes) => ({ text: decoder.decode(bytes, { stream: true }), invalid: false }),
    end: () => ({ text: decoder.decode(), invalid: false }),
  };
}

export async function* decodeFile(file: string, encoding: SourceEncoding, startByte: number, signal?: AbortSignal, chunkBytes = 1 << 18): AsyncGenerator<DecodedChunk> {
  const stream = fs.createReadStream(file, { start: startByte, highWaterMark: chunkBytes });
  const decoder = encoding === 'utf-8' ? utf8Decoder() : streamingDecoder(encoding);
  let bytesRead = startByte;
  let invalidBytes = false;
  try {
    for await (const bytes of stream as AsyncIterable<Buffer>) {
      throwIfAborted(signal, file);
      bytesRead += bytes.length;
      const { text, invalid } = decoder.push(bytes);
      invalidBytes ||= invalid;
      if (text) yield { text, bytesRead, invalidBytes };
    }
    const { text, invalid } = decoder.end();
    invalidBytes ||= invalid;
    if (text) yield { text, bytesRead, invalidBytes };
  } finally {
    stream.destroy();
  }
}

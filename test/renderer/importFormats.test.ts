// Sizes and durations on the Imports page: decimal units for files, and elapsed times that keep their
// precision for quick imports.
import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../renderer/src/format/byteSize';
import { formatDuration } from '../../renderer/src/format/durationFormat';

describe('formatBytes', () => {
  it('shows bytes, then kB, MB and GB with one decimal below 100', () => {
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(718)).toBe('718 bytes');
    expect(formatBytes(1500)).toBe('1.5 kB');
    expect(formatBytes(73_334_744)).toBe('73.3 MB');
    expect(formatBytes(512_000_000)).toBe('512 MB');
    expect(formatBytes(2_400_000_000)).toBe('2.4 GB');
    expect(formatBytes(-1)).toBe('—');
  });
});

describe('formatDuration', () => {
  it('reads milliseconds, seconds, minutes and hours', () => {
    expect(formatDuration(34)).toBe('34 ms');
    expect(formatDuration(4_240)).toBe('4.2 s');
    expect(formatDuration(12_400)).toBe('12 s');
    expect(formatDuration(185_000)).toBe('3 min 05 s');
    expect(formatDuration(3_720_000)).toBe('1 h 02 min');
    expect(formatDuration(null)).toBe('—');
  });
});

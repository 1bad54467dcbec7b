// Parsing text/event-stream frames as they arrive in arbitrary chunks, as the web transport reads them.
// Frames follow the format the web host writes: "event: name", "data: json", blank line.
import { describe, expect, it } from 'vitest';
import { createEventStreamParser } from '../../renderer/src/api/eventStreamParser';

describe('createEventStreamParser', () => {
  it('yields one event per blank-line-terminated frame, skipping comments', () => {
    const parse = createEventStreamParser();
    expect(parse(': connected\n\nevent: job.progress\ndata: {"done":1}\n\n: keep-alive\n\n')).toEqual([{ name: 'job.progress', data: '{"done":1}' }]);
  });

  it('completes a frame split across chunks, even inside a line', () => {
    const parse = createEventStreamParser();
    expect(parse('event: job.pro')).toEqual([]);
    expect(parse('gress\ndata: {"do')).toEqual([]);
    expect(parse('ne":2}\n')).toEqual([]);
    expect(parse('\n')).toEqual([{ name: 'job.progress', data: '{"done":2}' }]);
  });

  it('accepts CRLF line endings split between chunks', () => {
    const parse = createEventStreamParser();
    expect(parse('event: a\r\ndata: 1\r')).toEqual([]);
    expect(parse('\n\r\n')).toEqual([{ name: 'a', data: '1' }]);
  });

  it('joins several data lines with newlines and names an unnamed event "message"', () => {
    const parse = createEventStreamParser();
    expect(parse('data: one\ndata: two\n\n')).toEqual([{ name: 'message', data: 'one\ntwo' }]);
  });
});

// Hostile bytes for every text parser of the import engine: CSV, TSV (UTF-16), NDJSON and JSON, 10,000 inputs
// each. Each input is read or refused with an AssayError; any other exception, a hang or an unhandled rejection fails.
import { describe, it } from 'vitest';

import { RUNS, failOnUnhandledRejections, fuzzFile } from '../support/hostileInput';

failOnUnhandledRejections();

const CSV = Buffer.from('marketplace,listing_id,title,price\r\nebay,1,"Tote, ""black""",12.99\r\namazon,B0X,"Line\nbreak",¥88\r\n', 'utf8');
const NDJSON = Buffer.from('{"listing_id":"1","title":"Tote","price":12}\n{"listing_id":"2","title":"高仿 bag","price":"US $3"}\n');
const JSON_ARRAY = Buffer.from('[{"listing_id":"1","title":"Tote","nested":{"a":[1,2]}},{"listing_id":"2","title":null}]');

describe('every parser survives hostile bytes', () => {
  it(`CSV: ${RUNS.toLocaleString('en-US')} inputs`, () => fuzzFile('csv', CSV), 600_000);
  it(`TSV in UTF-16: ${RUNS.toLocaleString('en-US')} inputs`, () => fuzzFile('tsv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CSV.toString('utf8').replace(/,/g, '\t'), 'utf16le')])), 600_000);
  it(`NDJSON: ${RUNS.toLocaleString('en-US')} inputs`, () => fuzzFile('ndjson', NDJSON), 600_000);
  it(`JSON: ${RUNS.toLocaleString('en-US')} inputs`, () => fuzzFile('json', JSON_ARRAY), 600_000);
});

// The numbered migrations, in order. A migration is never edited once released: add the next number.
import * as m0001 from './0001_initial';
import * as m0002 from './0002_imports';
import * as m0003 from './0003_scoring';
import * as m0004 from './0004_cases_evidence';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  { version: 1, ...m0001 },
  { version: 2, ...m0002 },
  { version: 3, ...m0003 },
  { version: 4, ...m0004 },
];

export const latestSchemaVersion = migrations.length;

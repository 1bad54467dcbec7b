// The numbered migrations, in order. A migration is never edited once released: add the next number.
import * as m0001 from './0001_initial';
import * as m0002 from './0002_imports';
import * as m0003 from './0003_scoring';
import * as m0004 from './0004_cases_evidence';
import * as m0005 from './0005_image_hashes';
import * as m0006 from './0006_seizures';
import * as m0007 from './0007_dashboard';
import * as m0008 from './0008_case_archives';
import * as m0009 from './0009_finding_images';
import * as m0010 from './0010_findings_by_rule_and_listing';

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
  { version: 5, ...m0005 },
  { version: 6, ...m0006 },
  { version: 7, ...m0007 },
  { version: 8, ...m0008 },
  { version: 9, ...m0009 },
  { version: 10, ...m0010 },
];

export const latestSchemaVersion = migrations.length;

// The numbered migrations, in order. A migration is never edited once released: add the next number.
import * as m0001 from './0001_initial';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [{ version: 1, ...m0001 }];

export const latestSchemaVersion = migrations.length;

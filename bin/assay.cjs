#!/usr/bin/env node
// The `assay` command. The TypeScript sources are bundled into dist/ by `npm run build` (run by `npm ci`).
const path = require('node:path');
const fs = require('node:fs');

const cli = path.join(__dirname, '..', 'dist', 'electron', 'cli.cjs');
if (!fs.existsSync(cli)) {
  process.stderr.write('assay: the command has not been built yet. Run "npm run build" in the Assay folder.\n');
  process.exit(1);
}
require(cli);

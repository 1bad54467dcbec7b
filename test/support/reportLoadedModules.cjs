// Preloaded with `node --require`: on exit, writes every module file the process loaded to the file named by
// ASSAY_LOADED_MODULES, one per line, so a test can see what a command pulled in.
const fs = require('node:fs');

process.on('exit', () => {
  fs.writeFileSync(process.env.ASSAY_LOADED_MODULES, `${Object.keys(require.cache).join('\n')}\n`);
});

// Runs the assay CLI in this process and prints its peak resident memory to stderr at exit.
// Usage: node withPeakRss.cjs <assay args…>
process.on('exit', () => process.stderr.write(`peak-rss-kb ${process.resourceUsage().maxRSS}\n`));
require('../../../bin/assay.cjs');

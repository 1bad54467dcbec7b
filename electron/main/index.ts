// Entry point of the Electron main process (bundled to dist/electron/main.cjs by scripts/build.mjs).
// Everything it does is in startAssayApp; an unexpected failure is logged and ends the app.
import { app } from 'electron';
import { startAssayApp } from './startAssayApp';

startAssayApp().catch((e: unknown) => {
  console.error('assay: the app failed to start:', e);
  app.exit(1);
});

// electron-builder's afterPack hook: flips Electron's fuses in the packaged binary, so the shipped app cannot
// be turned into a plain Node runtime (ELECTRON_RUN_AS_NODE), driven by NODE_OPTIONS or --inspect, made to
// load its code from outside app.asar, or give file:// pages extra privileges. Item 19 of Electron's security
// checklist ("Check which fuses you can change"); test/unit/electronSecurityChecklist.test.ts runs it.
const path = require('node:path');
const { flipFuses, FuseVersion, FuseV1Options } = require('@electron/fuses');

const ASSAY_FUSES = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** The packaged Electron executable electron-builder just wrote for this platform. */
function packagedExecutable(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return path.join(appOutDir, `${name}.app`);
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${name}.exe`);
  return path.join(appOutDir, packager.executableName);
}

async function afterPack(context) {
  await flipFuses(packagedExecutable(context), { ...ASSAY_FUSES, resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' && context.arch === 3 });
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.ASSAY_FUSES = ASSAY_FUSES;

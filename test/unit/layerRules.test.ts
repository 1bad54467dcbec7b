// The layer rules of DESIGN.md are lint rules; these tests prove each one fires on a crossing and not on legal code.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/runAssay';

const eslint = new ESLint({ cwd: repoRoot });

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${repoRoot}/${file}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules', () => {
  it('stops core from importing electron', async () => {
    expect(await layerErrors('electron/core/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
  });

  it('stops core from importing React or an adapter', async () => {
    expect(await layerErrors('electron/core/x.ts', "import React from 'react';\nimport { startWebHost } from '../web/webHost';\nexport const a = [React, startWebHost];\n")).toHaveLength(2);
  });

  it('stops the renderer from importing Node modules or the core', async () => {
    const errors = await layerErrors('renderer/src/x.ts', "import fs from 'node:fs';\nimport { openWorkspace } from '../../electron/core/db/openWorkspace';\nexport const a = [fs, openWorkspace];\n");
    expect(errors).toHaveLength(2);
  });

  it('lets the renderer import the contract', async () => {
    expect(await layerErrors('renderer/src/x.ts', "import { operationNames } from '../../electron/api/contract';\nexport const a = operationNames;\n")).toEqual([]);
  });

  it('keeps the contract free of Node modules so the renderer can share it', async () => {
    expect(await layerErrors('electron/api/x.ts', "import path from 'node:path';\nexport const a = path;\n")).toHaveLength(1);
  });

  it('stops the web host from importing Electron or the Electron main process', async () => {
    expect(await layerErrors('electron/web/x.ts', "import { app } from 'electron';\nimport { startAssayApp } from '../main/startAssayApp';\nexport const a = [app, startAssayApp];\n")).toHaveLength(2);
  });
});

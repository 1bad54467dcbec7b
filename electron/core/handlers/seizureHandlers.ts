// The seized-goods operations of the contract: seizures, their lines, the examination, photos, the inventory import,
// the documents received and the report, each handed to core/seizures with who is acting and when.
import fs from 'node:fs';
import path from 'node:path';
import type { Handlers } from '../../api/contract';
import type { Workspace } from '../db/openWorkspace';
import { currentActor } from '../imports/actor';
import { exportSeizureReport } from '../seizures/exportSeizureReport';
import { importInventory } from '../seizures/importInventory';
import { runAutoChecks, setCheck, setMeasurements, setProduct, setVerdict } from '../seizures/lineExamination';
import { addLinePhotos } from '../seizures/linePhotos';
import { previewInventory } from '../seizures/previewInventory';
import { addSeizureDocuments } from '../seizures/seizureDocuments';
import { addLine, createSeizure, updateSeizure } from '../seizures/seizureEditing';
import { lineDetail, listSeizures, seizureDetail } from '../seizures/seizureViews';

type SeizureOperations =
  | 'seizures.list' | 'seizures.get' | 'seizures.create' | 'seizures.update' | 'seizures.addLine' | 'seizures.line' | 'seizures.setCheck' | 'seizures.setVerdict'
  | 'seizures.setMeasurements' | 'seizures.setProduct' | 'seizures.autoCheck' | 'seizures.addPhotos' | 'seizures.importInventory' | 'seizures.previewInventory'
  | 'seizures.addDocuments' | 'seizures.report';

export function seizureHandlers(ws: Workspace): Pick<Handlers, SeizureOperations> {
  const { db } = ws;
  const who = () => ({ actor: currentActor(), at: new Date().toISOString() });
  return {
    'seizures.list': ({ today }) => listSeizures(db, today),
    'seizures.get': ({ id }) => seizureDetail(db, id),
    'seizures.create': (fields) => createSeizure(db, fields, who()),
    'seizures.update': ({ id, fields }) => updateSeizure(db, id, fields, who()),
    'seizures.addLine': ({ seizureId, line }) => addLine(db, seizureId, line, who()),
    'seizures.line': ({ lineId }) => lineDetail(db, lineId),
    'seizures.setCheck': ({ checkId, result, note }) => setCheck(db, checkId, result, note, who()),
    'seizures.setVerdict': ({ lineId, verdict, examiner, reasons }) => setVerdict(db, lineId, verdict, examiner, reasons, who()),
    'seizures.setMeasurements': ({ lineId, ...m }) => setMeasurements(db, lineId, m, who()),
    'seizures.setProduct': ({ lineId, productId }) => setProduct(db, lineId, productId, who()),
    'seizures.autoCheck': ({ seizureId }) => runAutoChecks(db, seizureId, who()),
    'seizures.addPhotos': ({ lineId, paths, checkId }) => addLinePhotos(db, ws.dir, lineId, paths, who(), checkId),
    'seizures.importInventory': ({ seizureId, path, mapping }) => importInventory(db, seizureId, path, who(), { overrides: mapping ?? {} }),
    'seizures.previewInventory': ({ path, mapping }) => previewInventory(path, mapping ?? {}),
    'seizures.addDocuments': ({ seizureId, files }) => addSeizureDocuments(db, ws.dir, seizureId, files, who()),
    'seizures.report': ({ seizureId, outDir }) => exportSeizureReport(ws, { seizureId, out: outDir ?? defaultReportFolder(ws.dir, seizureId) }, who()),
  };
}

/** reports/seizure-<id>-<time> beside the workspace, the folder made first. */
function defaultReportFolder(workspaceDir: string, seizureId: number): string {
  const folder = path.join(workspaceDir, 'reports');
  fs.mkdirSync(folder, { recursive: true });
  return path.join(folder, `seizure-${seizureId}-${new Date().toISOString().replace(/[:.]/g, '-')}`);
}

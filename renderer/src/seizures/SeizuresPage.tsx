// Seizures: the list by deadline, one seizure with its lines and report, and the examination screen for a line.
// Which of the three shows is kept here; each view loads its own data through the contract. The examination
// screen is keyed by line, so moving to the next line starts it afresh on that line's first feature.
import { useState } from 'react';
import { ExaminationScreen } from './ExaminationScreen';
import { SeizureList } from './SeizureList';
import { SeizureView } from './SeizureView';
import './seizures.css';

export function SeizuresPage() {
  const [seizureId, setSeizureId] = useState<number | null>(null);
  const [lineId, setLineId] = useState<number | null>(null);
  if (seizureId !== null && lineId !== null) return <ExaminationScreen key={lineId} lineId={lineId} onLine={setLineId} onClose={() => setLineId(null)} />;
  if (seizureId !== null) return <SeizureView seizureId={seizureId} onBack={() => setSeizureId(null)} onExamine={setLineId} />;
  return <SeizureList onOpen={setSeizureId} />;
}

// The conflicts a case-archive import reports, as the Cases board shows them: each record's field with this
// workspace's kept value beside the archive's, long values cut short with the whole value in the tooltip, and a
// plain sentence when there are none. Also the custody log's lines for an export and an import.
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { CaseArchiveConflicts } from '../../renderer/src/cases/CaseArchiveConflicts';
import { describeCustodyEvent } from '../../renderer/src/cases/casePresentation';
import { useMountedRoot } from './support/mountedRoot';

describe('CaseArchiveConflicts', () => {
  const mounted = useMountedRoot();

  it('lists each conflict with the local value as kept, and cuts a long value short', () => {
    const long = `Genuine ${'very '.repeat(60)}long title`;
    act(() =>
      mounted.root.render(
        <CaseArchiveConflicts
          caption="Conflicts the import reported"
          conflicts={[
            { kind: 'listing', subject: 'ebay 1234', field: 'title', local: 'Edited here', archive: long, kept: 'local' },
            { kind: 'product', subject: 'SKU AB-1', field: 'msrp', local: 120, archive: null, kept: 'local' },
          ]}
        />,
      ),
    );
    const table = mounted.container.querySelector('table[aria-label="Conflicts the import reported"]')!;
    expect(table.querySelector('caption')!.textContent).toBe("2 conflicts; this workspace's value is kept in each.");
    const rows = [...table.querySelectorAll('tbody tr')].map((r) => [...r.querySelectorAll('td')]);
    expect(rows.map((r) => r.map((c) => c.textContent).slice(0, 3))).toEqual([
      ['ebay 1234', 'title', 'Edited here'],
      ['SKU AB-1', 'msrp', '120'],
    ]);
    expect(rows[0]![3]!.textContent).toHaveLength(120);
    expect(rows[0]![3]!.textContent!.endsWith('…')).toBe(true);
    expect(rows[0]![3]!.getAttribute('title')).toBe(long);
    expect(rows[1]![3]!.textContent).toBe('—');
  });

  it('says so when nothing disagrees', () => {
    act(() => mounted.root.render(<CaseArchiveConflicts caption="Conflicts" conflicts={[]} />));
    expect(mounted.container.textContent).toBe('No conflicts: nothing in the archive disagrees with this workspace.');
  });
});

describe('the custody log’s lines for case archives', () => {
  it('names the archive an export wrote and the key an import was signed with', () => {
    expect(describeCustodyEvent('case.exported', { out: '/work/exports/case-3-sweep-2026-03-01T09-30-00Z.assaycase' })).toBe(
      'Exported for another workstation: case-3-sweep-2026-03-01T09-30-00Z.assaycase',
    );
    expect(describeCustodyEvent('case.imported', { caseCreated: true, senderFingerprint: '9bcd7a5b8a1b6749cd06351d544977da654f240a0a91c2c33a5ede0ba0c4c5a2' })).toBe(
      'Imported from another workstation, signed by key 9bcd7a5b8a1b…',
    );
    expect(describeCustodyEvent('case.imported', { caseCreated: false, senderFingerprint: 'ab'.repeat(32) })).toBe('Imported from another workstation (merged), signed by key abababababab…');
  });
});

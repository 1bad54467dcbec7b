// Settings → Rule weights against the real Node handlers over a desktop-style bridge: every rule with its meaning
// and default, a changed weight saved per brand and reset to its default, a bad value refused naming the rule, and
// Re-score now running scoring in the worker thread.
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../electron/api/contract';
import { dispatch } from '../../electron/api/dispatch';
import { insertBrandRow } from '../../electron/core/db/brandRepository';
import { brandRuleWeightOverrides } from '../../electron/core/db/ruleWeightRepository';
import { scoringHandlers } from '../../electron/core/handlers/scoringHandlers';
import { RuleWeightsCard } from '../../renderer/src/settings/RuleWeightsCard';
import { importWorkerScript } from '../support/runAssay';
import { insertListings, listing, newWorkspace } from '../support/tempWorkspace';
import { useMountedRoot } from './support/mountedRoot';

let handlers: Partial<Handlers> = {};
window.assay = {
  call: (op, input) => dispatch(handlers as Handlers, op, input),
  on: () => () => undefined,
  pathForFile: () => '',
};

async function settle(until: () => boolean) {
  for (let i = 0; i < 300 && !until(); i++) await act(() => new Promise((r) => setTimeout(r, 10)));
}

function type(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  act(() => {
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const click = (button: Element) => act(() => (button as HTMLButtonElement).click());

describe('RuleWeightsCard', () => {
  const mounted = useMountedRoot();
  const setup = () => {
    const ws = newWorkspace();
    const brandId = insertBrandRow(ws.db, 'Corvanne', 'Corvanne SA', '2026-01-01T00:00:00Z');
    handlers = scoringHandlers(ws, undefined, { importWorkerScript });
    act(() => mounted.root.render(<RuleWeightsCard />));
    return { ws, brandId };
  };
  const card = () => mounted.container.querySelector('section[aria-labelledby="rule-weights"]')!;
  const input = (rule: string) => card().querySelector<HTMLInputElement>(`input[aria-label="Weight of ${rule}"]`)!;
  const button = (name: string) => [...card().querySelectorAll('button')].find((b) => b.textContent === name || b.getAttribute('aria-label') === name)!;

  it('lists every rule with its meaning, weight and default', async () => {
    setup();
    await settle(() => input('image.official_photo') !== null);
    const row = input('image.official_photo').closest('tr')!;
    expect(row.textContent).toContain('A listing image is the brand’s official product photo (stolen product photography).');
    expect(input('image.official_photo').value).toBe('45');
    expect(card().querySelectorAll('tbody tr').length).toBeGreaterThan(20);
  });

  it('saves a changed weight for the brand, says it applies at the next scoring, and resets it to its default', async () => {
    const { ws, brandId } = setup();
    await settle(() => input('seller.unauthorised') !== null);
    type(input('seller.unauthorised'), '30');
    click(button('Save weights'));
    await settle(() => card().textContent!.includes('Saved 1 weight.'));
    expect(card().textContent).toContain('marked for re-scoring: press Re-score now, or run assay score.');
    expect(brandRuleWeightOverrides(ws.db, brandId)).toEqual({ 'seller.unauthorised': 30 });
    click(button('Reset seller.unauthorised to its default, 15'));
    expect(input('seller.unauthorised').value).toBe('15');
    click(button('Save weights'));
    await settle(() => Object.keys(brandRuleWeightOverrides(ws.db, brandId)).length === 0);
    expect(brandRuleWeightOverrides(ws.db, brandId)).toEqual({});
  });

  it('refuses a weight outside −100 to 100, naming the rule, and saves nothing', async () => {
    const { ws, brandId } = setup();
    await settle(() => input('brand.misspelling') !== null);
    type(input('brand.misspelling'), '250');
    click(button('Save weights'));
    expect(card().textContent).toContain('The weight of brand.misspelling must be from −100 to 100 (not 250).');
    expect(brandRuleWeightOverrides(ws.db, brandId)).toEqual({});
  });

  it('re-scores the workspace in the worker thread and reports the bands', async () => {
    const { ws } = setup();
    insertListings(ws, [listing({ listing_id: 'R1', title: 'Corvanne replica tote 1:1' }), listing({ listing_id: 'R2', title: 'Plain canvas bag' })]);
    await settle(() => input('brand.misspelling') !== null);
    click(button('Re-score now'));
    await settle(() => card().textContent!.includes('Scored 2 of 2 listings'));
    expect(card().textContent).toMatch(/Scored 2 of 2 listings \(0 unchanged\) in \d+\.\d s: \d high, \d medium, \d low risk\./);
    expect((ws.db.prepare('SELECT count(*) AS n FROM listing_match').get() as { n: number }).n).toBe(2);
  });
});

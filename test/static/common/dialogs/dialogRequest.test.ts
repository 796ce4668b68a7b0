import { dialogRequestOf } from '../../../../static/common/dialogs/dialogRequest';
import { sectionIndexOf } from '../../../../static/common/sectionPath';

const RISK = { id: 'r-1', version: 3, statement: 'Given a, there is a risk that b, which will lead to c.', likelihood: 2, impact: 3, linkedIssueKeys: [] };

describe('a dialog frame’s request', () => {
  it('returns the request when extension.modal carries a known dialog with what it needs', () => {
    expect(dialogRequestOf({ request: { dialog: 'risk-form', risk: null, linkedIssueKeys: ['PAY-16'] } })).toEqual({
      dialog: 'risk-form',
      risk: null,
      linkedIssueKeys: ['PAY-16'],
    });
    expect(dialogRequestOf({ request: { dialog: 'risk-history', risk: RISK } })).toMatchObject({ dialog: 'risk-history' });
    expect(dialogRequestOf({ request: { dialog: 'delete', record: 'milestone', id: 'm-1', version: 1, name: 'Payouts' } })).toMatchObject({
      record: 'milestone',
    });
  });

  it('returns null when the dialog is unknown, named like a built-in member, or lacks what it needs', () => {
    expect(dialogRequestOf(undefined)).toBeNull();
    expect(dialogRequestOf({ request: { dialog: 'launch-rockets' } })).toBeNull();
    expect(dialogRequestOf({ request: { dialog: 'constructor' } })).toBeNull();
    expect(dialogRequestOf({ request: { dialog: 'risk-history', risk: null } })).toBeNull();
    expect(dialogRequestOf({ request: { dialog: 'risk-form', risk: { id: 'r-1' }, linkedIssueKeys: [] } })).toBeNull();
    expect(dialogRequestOf({ request: { dialog: 'delete', record: 'note', id: 'n-1', version: 1, name: 'x' } })).toBeNull();
    expect(dialogRequestOf({ request: { dialog: 'milestone-form', item: null } })).toBeNull();
  });
});

describe("the Product tab's section in the address", () => {
  const ids = ['workload', 'velocity', 'risks'];

  it('returns the index of the section the path names, ignoring what follows it', () => {
    expect(sectionIndexOf('/risks', ids)).toBe(2);
    expect(sectionIndexOf('/velocity/12', ids)).toBe(1);
  });

  it('returns the first section when the path is the page itself or names no section', () => {
    expect(sectionIndexOf('/', ids)).toBe(0);
    expect(sectionIndexOf('', ids)).toBe(0);
    expect(sectionIndexOf('/nope', ids)).toBe(0);
  });
});

import type { ReviewNote } from '../../src/shared/reviewNotes';
import { startRecordSite, USERS, type Api, type RecordSite } from './localSite';

/**
 * Who may read and write the Portfolio review's notes. The sample fixture: admin browses PAY, GRT and
 * MOB; lead browses PAY and GRT; the product owner browses only PAY; nobody browses nothing.
 */
const GLOBAL = { project: null };
const NOTE = { month: '2026-10', decision: 'Stop the loyalty pilot', action: 'Tell the partners', actionState: 'open' };

let local: RecordSite;
const notes = new Map<string, ReviewNote>();

beforeAll(async () => {
  local = await startRecordSite();
  for (const projectKey of ['PAY', 'GRT', 'MOB']) notes.set(projectKey, await local.data('notes/save', { projectKey, note: NOTE }, GLOBAL));
});
afterAll(() => local.close());

/** One call of every notes key on `projectKey`, naming its stored note (or a made-up id where none is). */
function callsOn(projectKey: string): [keyof Api, unknown][] {
  const known = (notes.get(projectKey) ?? notes.get('PAY'))?.id ?? '';
  return [
    ['notes/list', { projectKeys: [projectKey], months: ['2026-10'] }],
    ['notes/save', { projectKey, note: NOTE }],
    ['notes/save', { projectKey, note: { ...NOTE, id: known, version: 1, actionState: 'done' } }],
    ['notes/history', { projectKey, id: known }],
    ['notes/delete', { projectKey, id: known, version: 1 }],
  ];
}

async function errorsOf(calls: [keyof Api, unknown][], accountId: string): Promise<{ key: string; code: string; message: string }[]> {
  const errors: { key: string; code: string; message: string }[] = [];
  for (const [key, payload] of calls) {
    const reply = await local.invoke(key, payload, { ...GLOBAL, accountId });
    errors.push({ key, code: reply.ok ? 'OK' : (reply.error?.code ?? 'no error code'), message: reply.error?.message ?? '' });
  }
  return errors;
}

const storedTexts = (): (string | null)[] => ['PAY', 'GRT', 'MOB'].map((project) => local.storedText(project));

describe('review note permissions through POST /__bridge/invoke', () => {
  it('answers NOT_FOUND on every key, as for a project that does not exist, when the viewer may not browse the project', async () => {
    const before = storedTexts();
    const missing = await errorsOf(callsOn('NOPE'), USERS.productOwner);
    expect(missing.map((error) => error.code)).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
    for (const projectKey of ['GRT', 'MOB']) {
      const hidden = await errorsOf(callsOn(projectKey), USERS.productOwner);
      expect(hidden.map((error) => ({ ...error, message: error.message.replaceAll(projectKey, 'NOPE') }))).toEqual(missing);
    }
    const nobody = await errorsOf(callsOn('PAY'), USERS.nobody);
    expect(nobody.map((error) => error.code)).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
    expect(storedTexts()).toEqual(before);
  });

  it("returns only the browsable products' notes when the viewer lists every product", async () => {
    const listed = await local.data('notes/list', { months: ['2026-10'] }, { ...GLOBAL, accountId: USERS.productOwner });
    expect(listed.projectKeys).toEqual(['PAY']);
    expect(listed.notes.map((note) => [note.projectKey, note.id])).toEqual([['PAY', notes.get('PAY')?.id]]);
    const lead = await local.data('notes/list', { months: ['2026-10'] }, { ...GLOBAL, accountId: USERS.lead });
    expect(lead.notes.map((note) => note.projectKey)).toEqual(['GRT', 'PAY']);
    expect(await local.data('notes/list', { months: ['2026-10'] }, { ...GLOBAL, accountId: USERS.nobody })).toEqual({
      projectKeys: [],
      months: ['2026-10'],
      notes: [],
      unreadable: [],
    });
  });

  it('answers NOT_FOUND, with no notes at all, when a listed product is one the viewer may not browse', async () => {
    const reply = await local.invoke('notes/list', { projectKeys: ['PAY', 'MOB'], months: ['2026-10'] }, { ...GLOBAL, accountId: USERS.lead });
    expect(reply).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: "Project 'MOB' was not found, or you do not have permission to browse it" } });
  });

  it('returns the note to a browse-only viewer saving it, since browsing a product is enough to write its notes', async () => {
    const saved = await local.data('notes/save', { projectKey: 'GRT', note: { ...NOTE, month: '2026-11' } }, { ...GLOBAL, accountId: USERS.lead });
    expect(saved).toMatchObject({ projectKey: 'GRT', createdBy: USERS.lead });
  });

  it("answers NOT_FOUND when the context names a product the viewer may browse but the payload one they may not: the payload's decides", async () => {
    const before = storedTexts();
    const reply = await local.invoke('notes/save', { projectKey: 'GRT', note: NOTE }, { project: 'PAY', accountId: USERS.productOwner });
    expect(reply.error?.code).toBe('NOT_FOUND');
    expect(storedTexts()).toEqual(before);
  });
});

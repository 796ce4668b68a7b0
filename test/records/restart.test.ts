import { startRecordSite } from './localSite';

describe('the local record store across a restart of the local site', () => {
  it('answers the records saved before the restart', async () => {
    const first = await startRecordSite();
    const risk = await first.data('risks/save', {
      risk: { statement: 'Given that …', likelihood: 4, impact: 4, strategy: 'avoid', mitigation: '', status: 'open' },
    });
    await first.data('capacity/save', { capacity: { boardId: 1, sprintId: 128, availableDays: 12.5 } });
    await first.close();
    const second = await startRecordSite(first.stateDir);
    try {
      expect((await second.data('risks/list', {})).items).toEqual([risk]);
      const capacity = await second.data('capacity/list', { boardId: 1 });
      expect(capacity.sprints.find((sprint) => sprint.sprintId === 128)?.capacity).toMatchObject({ availableDays: 12.5, version: 1 });
    } finally {
      await second.close();
    }
  });
});

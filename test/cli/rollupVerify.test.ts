import { join } from 'node:path';
import { z } from 'zod';
import { runRollup } from '../../src/cli/rollup';
import type { OpenSource, SourceOpener } from '../../src/cli/openSource';
import { JiraClient } from '../../src/jira/client';
import { httpSender } from '../../src/jira/httpTransport';
import type { SendRequest } from '../../src/jira/request';
import { loadFixture } from '../../dev/site/fixture';
import { startJiraSite } from '../../dev/site/server';

const SAMPLE_V2 = join(__dirname, '../fixtures/sample-site-v2.json');
const ADMIN = '557058:admin-0001';

/** The sample site through the local Jira site, with the answers to Jira's velocity chart passed through `chart`. */
function openWith(chart: (send: SendRequest) => SendRequest, viewer = ADMIN): SourceOpener {
  return async (): Promise<OpenSource> => {
    const site = await startJiraSite({ fixture: loadFixture(SAMPLE_V2), port: 0 });
    const send = httpSender(site.url, { user: viewer, token: 'local' });
    const velocityChart = chart(send);
    const routed: SendRequest = (request) => (request.path.startsWith('/rest/greenhopper/') ? velocityChart(request) : send(request));
    return { jira: new JiraClient(routed, { maxInFlight: 4 }), close: () => site.close() };
  };
}

const unchanged = (send: SendRequest) => send;
const notAnswering: (send: SendRequest) => SendRequest = () => () =>
  Promise.resolve({ status: 404, header: () => null, text: '{"errorMessages":[],"errors":{}}' });
/** Jira's chart with sprint 118's completed figure 5 points higher than what its own data says. */
const completedPlusFive: (send: SendRequest) => SendRequest = (send) => async (request) => {
  const answer = await send(request);
  const chart = z
    .object({ velocityStatEntries: z.record(z.string(), z.object({ completed: z.object({ value: z.number() }) }).loose()) })
    .loose()
    .parse(JSON.parse(answer.text));
  const entry = chart.velocityStatEntries['118'];
  if (entry !== undefined) entry.completed.value += 5;
  return { ...answer, text: JSON.stringify(chart) };
};

async function verify(open: SourceOpener, project = 'PAY'): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runRollup(
    ['--fixture', SAMPLE_V2, '--project', project, '--verify'],
    (text) => void (stdout += text),
    (text) => void (stderr += text),
    open,
  );
  return { code, stdout, stderr };
}

describe('rollup --verify', () => {
  it("returns 0 and says every sprint is the same when our figures equal Jira's chart on every board", async () => {
    const { code, stdout, stderr } = await verify(openWith(unchanged));
    expect(code).toBe(0);
    expect(stderr).toContain('verify: PAY board 1 "PAY Team A": 26 of 26 sprints compared with Jira\'s report, 0 differ');
    expect(stderr).toContain('  PAY Team A Sprint 18: ours 87/70, Jira 87/70, same');
    expect(stderr).not.toMatch(/differs by/);
    expect(
      z
        .object({ verification: z.array(z.unknown()) })
        .loose()
        .parse(JSON.parse(stdout)).verification,
    ).toHaveLength(2);
  });

  it("returns 3 and names the sprint and the difference when Jira's chart says otherwise", async () => {
    const { code, stderr } = await verify(openWith(completedPlusFive));
    expect(code).toBe(3);
    expect(stderr).toContain('verify: PAY board 1 "PAY Team A": 26 of 26 sprints compared with Jira\'s report, 1 differ');
    expect(stderr).toContain('  PAY Team A Sprint 18: ours 87/70, Jira 87/75, completed differs by -5');
  });

  it('returns 0, says so and carries on when Jira does not answer its velocity chart', async () => {
    const { code, stdout, stderr } = await verify(openWith(notAnswering));
    expect(code).toBe(0);
    expect(stderr).toMatch(/^verify: PAY board 1 "PAY Team A": Jira's velocity report did not answer \(.*404.*\); carrying on$/m);
    expect(stderr).toMatch(/^verify: PAY board 2 .*did not answer/m);
    expect(JSON.parse(stdout)).toMatchObject({ project: 'PAY' });
  });

  it("returns the same figures as Jira's chart for a viewer who may not browse the other project the board's filter holds", async () => {
    const { code, stderr } = await verify(openWith(unchanged, '557058:po-0003'));
    expect(code).toBe(0);
    expect(stderr).toContain('  PAY Team A Sprint 18: ours 74/57, Jira 74/57, same');
  });
});

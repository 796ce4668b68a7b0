import { newIssue } from './board-run';
import { createStandard } from './issues';
import { setEstimate, setSprints, setStatus } from './model';
import { reportSprint, watchSprint } from './sprint-report';
import { at, boardRun, COMPLETE, join, leave, move, project, report, SPRINT, START, story } from './sprint-scenario';
import { DAY } from './time';

describe('the sprint report read from the simulation state', () => {
  it('returns completedOutside, not in commitment, when an issue in the sprint at its start was already done then', () => {
    const r = report((run) => {
      const early = story(run, 5);
      move(early, at(5), 'progress', 'done');
      const exact = story(run, 3);
      setStatus(exact, START, 'done');
      return { early, exact };
    });
    expect(r.of('early')).toEqual(['completedOutside', false, false, 'done']);
    expect(r.of('exact')).toEqual(['completedOutside', false, false, 'done']);
  });

  it('returns completed, not in commitment, when an issue done before the start is reopened and done again during the sprint', () => {
    const r = report(
      (run) => {
        const issue = story(run, 3);
        move(issue, at(5), 'progress', 'done');
        return { issue };
      },
      ({ issue }) => move(issue, at(12), 'progress', 'done'),
    );
    expect(r.of('issue')).toEqual(['completed', false, false, 'done']);
  });

  it('returns completedOutside, added during the sprint, when an issue was done before it joined the sprint', () => {
    const r = report(
      (run) => ({ issue: story(run, 2, false) }),
      ({ issue }) => {
        move(issue, at(12), 'progress', 'done');
        join(issue, at(13));
      },
    );
    expect(r.of('issue')).toEqual(['completedOutside', false, true, null]);
  });

  it('returns completed when an issue joins the sprint and is done at the same instant, or is done at the completion', () => {
    const r = report(
      (run) => ({ same: story(run, 2, false), last: story(run, 3) }),
      ({ same, last }) => {
        join(same, at(12));
        setStatus(same, at(12), 'done');
        setStatus(last, COMPLETE, 'done');
      },
    );
    expect(r.of('same')).toEqual(['completed', false, true, null]);
    expect(r.of('last')).toEqual(['completed', true, false, null]);
  });

  it('returns completedOutside when a done issue is removed and re-added within minutes, and completed when that happens before it is done', () => {
    const r = report(
      (run) => ({ after: story(run, 5), before: story(run, 8) }),
      ({ after, before }) => {
        move(after, at(12), 'progress', 'done');
        leave(after, at(14));
        join(after, at(14, 4));
        leave(before, at(13));
        join(before, at(13, 2));
        move(before, at(15), 'progress', 'done');
      },
    );
    expect(r.of('after')).toEqual(['completedOutside', true, false, null]);
    expect(r.of('before')).toEqual(['completed', true, false, null]);
  });

  it("returns Ready for Release as done and Won't Do in a middle column as not completed", () => {
    const r = report(
      (run) => ({ ready: story(run, 5), wontdo: story(run, 3) }),
      ({ ready, wontdo }) => {
        move(ready, at(12), 'progress', 'ready');
        move(wontdo, at(12), 'progress', 'wontdo');
      },
    );
    expect(r.of('ready')).toEqual(['completed', true, false, null]);
    expect(r.of('wontdo')).toEqual(['notCompleted', true, false, null]);
  });

  it('returns an issue parked at the start as not in commitment (unmapped), completed when done during the sprint', () => {
    const r = report(
      (run) => {
        const parked = story(run, 5);
        setStatus(parked, at(5), 'parked');
        return { parked };
      },
      ({ parked }) => setStatus(parked, at(12), 'done'),
    );
    expect(r.of('parked')).toEqual(['completed', false, false, 'unmapped']);
  });

  it('returns removed for issues that left the sprint, and leaves out one that left it before the start', () => {
    const r = report(
      (run) => {
        const gone = story(run, 3);
        leave(gone, at(5));
        return { committed: story(run, 5), added: story(run, 2, false), gone };
      },
      ({ committed, added }) => {
        leave(committed, at(12));
        join(added, at(13));
        leave(added, at(14));
      },
    );
    expect(r.of('committed')).toEqual(['removed', true, false, null]);
    expect(r.of('added')).toEqual(['removed', false, true, null]);
    expect(r.of('gone')).toBeUndefined();
  });

  it("returns the other project's issue of a spanning filter, and leaves out an issue of a project outside the filter", () => {
    const run = { ...boardRun(), otherShare: 1 };
    const other = story(run, 5);
    const stray = createStandard(run.rng, run.counter, project(2), run.board, DAY);
    run.issues.push(stray);
    setSprints(stray, 2 * DAY, [SPRINT.id]);
    const reported = reportSprint(run, watchSprint(run, SPRINT, START)).issues.map((r) => r.issue);
    expect([other.projectIndex, reported.includes(other), reported.includes(stray)]).toEqual([1, true, false]);
  });

  it('returns the estimates at the start and at the end, the first one for an issue created during the sprint', () => {
    const run = boardRun();
    const [changed, empty] = [story(run, 3), story(run, null)];
    const watch = watchSprint(run, SPRINT, START);
    setEstimate(changed, at(12), 8);
    setEstimate(empty, at(12), 2);
    const created = newIssue(run, at(13));
    const first = created.estimate;
    setEstimate(created, at(13, 1), first === 13 ? 1 : 13);
    join(created, at(14));
    const estimates = new Map(reportSprint(run, watch).issues.map((r) => [r.issue, [r.estimateAtStart, r.estimateAtEnd]]));
    expect([estimates.get(changed), estimates.get(empty), estimates.get(created)]).toEqual([
      [3, 8],
      [null, 2],
      [first, first === 13 ? 1 : 13],
    ]);
  });
});

import type { MouseEvent } from 'react';
import { Anchor, xcss } from '@atlaskit/primitives';
import { openIssue } from './navigation';

const linkStyles = xcss({
  color: 'color.link',
  textDecoration: 'none',
  ':hover': { color: 'color.link', textDecoration: 'underline' },
  ':active': { color: 'color.link.pressed' },
});

/**
 * An issue key that opens the issue in Jira. The frame's own origin is not Jira's, so the href only
 * makes it a link to the browser and assistive technology; the host opens the issue through the bridge.
 */
export function IssueLink({ issueKey }: { issueKey: string }) {
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    // The right button opens the browser's menu, as on any link.
    if (event.button > 1) return;
    event.preventDefault();
    void openIssue(issueKey);
  };
  return (
    <Anchor href={`/browse/${issueKey}`} onClick={open} onAuxClick={open} xcss={linkStyles} testId={`issue-link-${issueKey}`}>
      {issueKey}
    </Anchor>
  );
}

import { useEffect, useRef, type ReactNode } from 'react';
import { IconButton } from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import CrossIcon from '@atlaskit/icon/core/cross';
import { Box, Inline, xcss } from '@atlaskit/primitives';

// The host sizes the dialog's frame (Forge's named sizes); the body scrolls between a title and
// buttons that stay in view, as Atlassian's modal dialogs do.
const frameStyles = xcss({
  display: 'flex',
  flexDirection: 'column',
  height: '100vh',
  backgroundColor: 'elevation.surface.overlay',
  color: 'color.text',
  font: 'font.body',
});
const headerStyles = xcss({ paddingInline: 'space.300', paddingBlockStart: 'space.300', paddingBlockEnd: 'space.200' });
const bodyStyles = xcss({ flexGrow: 1, overflowY: 'auto', paddingInline: 'space.300', paddingBlock: 'space.050' });
const footerStyles = xcss({ paddingInline: 'space.300', paddingBlock: 'space.300' });

const FOCUSABLE = 'input:not([disabled]), textarea:not([disabled]), select:not([disabled]), button:not([disabled]), [tabindex="0"]';

export interface DialogLayoutProps {
  title: string;
  onClose: () => void;
  footer: ReactNode;
  testId: string;
  children: ReactNode;
}

/**
 * A dialog filling the frame Forge's host modal gives it: title and close button, a scrolling body,
 * the actions. Focus starts on the body's first control (else the first action: Cancel), as in
 * Atlaskit's modal dialog.
 */
export function DialogLayout({ title, onClose, footer, testId, children }: DialogLayoutProps) {
  const body = useRef<HTMLDivElement>(null);
  const actions = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const first = body.current?.querySelector<HTMLElement>(FOCUSABLE) ?? actions.current?.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
  }, []);
  // The frame's title names the dialog for the host (and for assistive technology) as its heading does.
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <Box xcss={frameStyles} as="main" testId={testId}>
      <Box xcss={headerStyles}>
        <Inline spread="space-between" alignBlock="center" space="space.200">
          <Heading size="medium" as="h1">
            {title}
          </Heading>
          <IconButton appearance="subtle" icon={CrossIcon} label="Close" onClick={onClose} testId={`${testId}-close`} />
        </Inline>
      </Box>
      <Box xcss={bodyStyles} ref={body}>
        {children}
      </Box>
      <Box xcss={footerStyles} ref={actions}>
        <Inline space="space.100" alignInline="end">
          {footer}
        </Inline>
      </Box>
    </Box>
  );
}

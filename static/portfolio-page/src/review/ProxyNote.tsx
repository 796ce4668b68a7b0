import SectionMessage from '@atlaskit/section-message';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import { COLUMNS } from './columns';
import { PROXY_HOW, PROXY_INTRO, PROXY_TITLE } from './deliveryTerms';

const listStyles = xcss({ margin: 'space.0', paddingInlineStart: 'space.250' });
const PROXIES = ['releaseFrequency', 'leadTime', 'changeFailure', 'restore'] as const;

/** Why the delivery figures are proxies, and how each is made: said wherever they show. */
export function ProxyNote() {
  return (
    <SectionMessage appearance="information" title={PROXY_TITLE} testId="proxy-note">
      <Stack space="space.050">
        <Text>{PROXY_INTRO}</Text>
        <Box as="ul" xcss={listStyles}>
          {PROXIES.map((key) => (
            <li key={key}>
              <Text>
                <Text weight="semibold">{`${COLUMNS[key].label}: `}</Text>
                {PROXY_HOW[key]}
              </Text>
            </li>
          ))}
        </Box>
      </Stack>
    </SectionMessage>
  );
}

import { lazy, Suspense, useMemo } from 'react';
import Heading from '@atlaskit/heading';
import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import { PageFrame } from '../../common/boot';
import { LoadingState } from '../../common/states';
import { useSectionHistory } from '../../common/useSectionHistory';
import { FiguresProvider, readyFigures, useProductFigures } from './figures';
import { ProductFreshness } from './ProductFreshness';
import { PRODUCT_SECTIONS } from './sections';

const panelStyles = xcss({ paddingBlockStart: 'space.200', width: '100%' });

function ProductHeading() {
  const { resource } = useProductFigures();
  const figures = resource.status === 'ready' ? readyFigures(resource.data) : null;
  // The class lets a section's print view leave this heading out (the roadmap prints under its own title).
  return (
    <div className="product-heading">
      <Stack space="space.100">
        <Stack space="space.050">
          <Heading size="large" as="h1">
            {figures ? `${figures.product.projectName}: product figures` : 'Product figures'}
          </Heading>
          <Text color="color.text.subtle">
            {figures
              ? `Delivered work, velocity and epics of ${figures.product.project}; months follow the site's time zone (${figures.site.timeZone}).`
              : 'Delivered work, velocity and epics of this project.'}
          </Text>
        </Stack>
        <ProductFreshness />
      </Stack>
    </div>
  );
}

const SECTION_IDS = PRODUCT_SECTIONS.map((section) => section.id);

function SectionTabs() {
  const [selected, setSelected] = useSectionHistory(SECTION_IDS);
  // One lazy component per section, made once: React.lazy must not be recreated on render.
  const lazySections = useMemo(() => PRODUCT_SECTIONS.map((section) => ({ ...section, Component: lazy(section.load) })), []);
  return (
    <Tabs id="product-sections" selected={selected} onChange={setSelected}>
      <TabList>
        {lazySections.map((section) => (
          <Tab key={section.id} testId={`tab-${section.id}`}>
            {section.title}
          </Tab>
        ))}
      </TabList>
      {lazySections.map(({ id, title, Component }) => (
        <TabPanel key={id} testId={`section-${id}`}>
          <Box xcss={panelStyles}>
            <Suspense fallback={<LoadingState label={`Loading ${title.toLowerCase()}…`} />}>
              <Component />
            </Suspense>
          </Box>
        </TabPanel>
      ))}
    </Tabs>
  );
}

/** The Product tab (`jira:projectPage`): the project comes from the Forge context, never the URL. */
export function ProductPage() {
  return (
    <PageFrame>
      <FiguresProvider>
        <Stack space="space.300">
          <ProductHeading />
          <SectionTabs />
        </Stack>
      </FiguresProvider>
    </PageFrame>
  );
}

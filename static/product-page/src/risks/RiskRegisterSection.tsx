import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { RecordApi, RiskView } from '../../../../src/shared/records';
import { ExportButton } from '../../../common/ExportButton';
import { FigureTable } from '../../../common/FigureTable';
import { FilterSelect } from '../../../common/FilterSelect';
import type { DialogRequest } from '../../../common/dialogs/dialogRequest';
import { useDialog } from '../../../common/dialogs/useDialog';
import { useUserNames } from '../../../common/users/useUserNames';
import { EmptyMessage, ErrorState, LoadingState } from '../../../common/states';
import { useResolver } from '../../../common/useResolver';
import { HeatMap } from './HeatMap';
import { riskRegisterCsv } from './riskCsv';
import { BAND_OPTIONS, byAttributes, byCell, DEFAULT_FILTER, STATUS_OPTIONS, STRATEGY_OPTIONS, type RiskFilter } from './riskFilter';
import { BasisSwitch } from './BasisSwitch';
import { riskHead, riskRow } from './riskRows';
import { IMPACT_NAMES, LIKELIHOOD_NAMES } from '../../../common/risks/riskTerms';

type Register = RecordApi['risks/list']['data'];
type OpenDialog = (request: DialogRequest, title: string) => void;

function Filters({ filter, onChange }: { filter: RiskFilter; onChange: (filter: RiskFilter) => void }) {
  return (
    <Inline space="space.200" shouldWrap alignBlock="end">
      <FilterSelect id="risk-filter-band" label="Band" options={BAND_OPTIONS} value={filter.band} onChange={(band) => onChange({ ...filter, band })} />
      <FilterSelect
        id="risk-filter-strategy"
        label="Strategy"
        options={STRATEGY_OPTIONS}
        value={filter.strategy}
        onChange={(strategy) => onChange({ ...filter, strategy })}
      />
      <FilterSelect
        id="risk-filter-status"
        label="Status"
        options={STATUS_OPTIONS}
        value={filter.status}
        onChange={(status) => onChange({ ...filter, status })}
      />
      <BasisSwitch basis={filter.basis} onChange={(basis) => onChange({ ...filter, basis, cell: null })} />
    </Inline>
  );
}

function CellFilterNote({ filter, onClear }: { filter: RiskFilter; onClear: () => void }) {
  if (filter.cell === null) return null;
  const { likelihood, impact } = filter.cell;
  return (
    <Inline space="space.100" alignBlock="center">
      <Text>{`Showing likelihood ${likelihood} (${LIKELIHOOD_NAMES[likelihood] ?? ''}) × impact ${impact} (${IMPACT_NAMES[impact] ?? ''}) only.`}</Text>
      <Button spacing="compact" appearance="subtle" onClick={onClear}>
        Show all cells
      </Button>
    </Inline>
  );
}

function RegisterBody({ register, onOpen, nameOf }: { register: Register; onOpen: OpenDialog; nameOf: (accountId: string) => string }) {
  const actions = {
    onHistory: (risk: RiskView) => onOpen({ dialog: 'risk-history', risk }, 'Risk history'),
    edit: register.canEdit
      ? {
          onEdit: (risk: RiskView) => onOpen({ dialog: 'risk-form', risk, linkedIssueKeys: [] }, 'Edit risk'),
          onDelete: (risk: RiskView) =>
            onOpen({ dialog: 'delete', record: 'risk', id: risk.id, version: risk.version, name: risk.statement }, 'Delete this risk?'),
        }
      : null,
  };
  const [filter, setFilter] = useState<RiskFilter>(DEFAULT_FILTER);
  const mapped = byAttributes(register.items, filter);
  const listed = byCell(mapped, filter.cell, filter.basis);
  return (
    <Stack space="space.200">
      <Filters filter={filter} onChange={setFilter} />
      <HeatMap risks={mapped} basis={filter.basis} selected={filter.cell} onSelect={(cell) => setFilter({ ...filter, cell })} />
      <CellFilterNote filter={filter} onClear={() => setFilter({ ...filter, cell: null })} />
      <FigureTable
        title={`Risks (${listed.length} of ${register.items.length}), most severe first`}
        head={riskHead()}
        rows={listed.map((risk) => riskRow(risk, actions, register.riskAppetite, nameOf))}
        defaultSortKey="severity"
        defaultSortOrder="DESC"
        rowsPerPage={20}
        emptyView={<Text>No risk matches these filters.</Text>}
        testId="risk-table"
      />
    </Stack>
  );
}

function Register({ register, reload }: { register: Register; reload: () => Promise<void> }) {
  const { open, openFailure } = useDialog(() => void reload());
  const nameOf = useUserNames(register.items.map((risk) => risk.ownerAccountId));
  return (
    <Stack space="space.200">
      <Inline spread="space-between" alignBlock="center" shouldWrap space="space.100">
        <Heading size="small" as="h2">
          Risk register
        </Heading>
        <Inline space="space.100">
          {register.items.length > 0 && <ExportButton fileName="risk-register.csv" label="Export CSV" csv={() => riskRegisterCsv(register.items, nameOf)} />}
          {register.canEdit && (
            <Button appearance="primary" onClick={() => open({ dialog: 'risk-form', risk: null, linkedIssueKeys: [] }, 'Add a risk')} testId="add-risk">
              Add risk
            </Button>
          )}
        </Inline>
      </Inline>
      {openFailure}
      {register.items.length === 0 ? (
        <EmptyMessage
          title="No risks recorded yet"
          whatToDo={
            register.canEdit
              ? 'Add the first risk: what could go wrong, how likely it is, how bad it would be and what the team does about it.'
              : 'Nobody has recorded a risk for this product. People who can edit issues in this project can add them here.'
          }
        />
      ) : (
        <RegisterBody register={register} onOpen={open} nameOf={nameOf} />
      )}
    </Stack>
  );
}

/** The product's risk register: a 5×5 heat map over the risks table, with add, edit and delete. */
export default function RiskRegisterSection() {
  const { resource, reload } = useResolver('risks/list', {}, "this product's risk register");
  if (resource.status === 'loading') return <LoadingState label="Loading the risk register…" />;
  if (resource.status === 'failed') return <ErrorState what={resource.what} error={resource.error} onRetry={() => void reload()} />;
  return <Register register={resource.data} reload={reload} />;
}

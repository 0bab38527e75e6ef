import { Field, Label, Select, ToggleGroup } from '@digdir/designsystemet-react';
import type { Fase, Omfang, Plasseringstype } from '@/web/api/barnTypes';
import { FASER, PLASSERINGSTYPER } from '@/web/i18n/codes';
import { useLabels } from '@/web/i18n/labels';
import { useT } from '@/web/i18n/useT';
import type { CaseloadParams } from '@/web/pages/barn/caseloadParams';

interface Props {
  params: CaseloadParams;
  scopes: Omfang[];
  onChange: (next: Partial<CaseloadParams>) => void;
}

/** Whose children (for leaders), and filters by phase and placement type. Changes apply at once. */
export function CaseloadFilters({ params, scopes, onChange }: Props) {
  const t = useT();
  const labels = useLabels();
  return (
    <div className="caseload-filters">
      {scopes.length > 1 && (
        <ToggleGroup
          data-toggle-group={t('barn.omfang.etikett')}
          value={params.omfang}
          onChange={(value) => onChange({ omfang: value as Omfang })}
          data-size="sm"
          className="caseload-filters__scope"
        >
          {scopes.map((scope) => (
            <ToggleGroup.Item key={scope} value={scope}>
              {t(`barn.omfang.${scope}`)}
            </ToggleGroup.Item>
          ))}
        </ToggleGroup>
      )}
      <div className="caseload-filters__selects">
        <Field>
          <Label htmlFor="filter-fase">{t('barn.filter.fase')}</Label>
          <Select
            id="filter-fase"
            value={params.fase}
            onChange={(event) => onChange({ fase: event.target.value as Fase | '' })}
          >
            <Select.Option value="">{t('barn.filter.alleFaser')}</Select.Option>
            {FASER.map((fase) => (
              <Select.Option key={fase} value={fase}>
                {labels.fase(fase)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label htmlFor="filter-type">{t('barn.filter.type')}</Label>
          <Select
            id="filter-type"
            value={params.type}
            onChange={(event) => onChange({ type: event.target.value as Plasseringstype | '' })}
          >
            <Select.Option value="">{t('barn.filter.alleTyper')}</Select.Option>
            {PLASSERINGSTYPER.map((type) => (
              <Select.Option key={type} value={type}>
                {labels.plasseringstype(type)}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
    </div>
  );
}

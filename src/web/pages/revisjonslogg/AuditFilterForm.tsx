import { Button, Field, Input, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { FormErrorSummary } from '@/web/components/FormErrorSummary';
import { useLabels } from '@/web/i18n/labels';
import { useT } from '@/web/i18n/useT';
import { type AuditFilters, EMPTY_FILTERS } from '@/web/pages/revisjonslogg/auditSearchParams';

interface Props {
  filters: AuditFilters;
  handlinger: string[];
  brukere: { id: string; navn: string }[];
  onApply: (filters: AuditFilters) => void;
}

const IDS = { fra: 'filter-fra', til: 'filter-til', handling: 'filter-handling', aktorId: 'filter-bruker' };

/** Date range, action and user. Applying writes the filters to the URL (page 1). */
export function AuditFilterForm({ filters, handlinger, brukere, onApply }: Props) {
  const t = useT();
  const intl = useIntl();
  const labels = useLabels();
  const [attempt, setAttempt] = useState(0);
  const {
    register,
    control,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<AuditFilters>({ defaultValues: filters, values: filters, shouldFocusError: false });

  const collator = new Intl.Collator(intl.locale);
  const actionCodes = [...new Set([...handlinger, ...(filters.handling ? [filters.handling] : [])])];
  const actions = actionCodes
    .map((code) => ({ code, label: labels.handling(code) }))
    .sort((a, b) => collator.compare(a.label, b.label));
  const users = [...brukere].sort((a, b) => collator.compare(a.navn, b.navn));
  const tilError = errors.til ? t('revisjonslogg.filter.tilForFra') : undefined;

  return (
    <form
      className="audit-filter"
      aria-label={t('revisjonslogg.filter.etikett')}
      noValidate
      onSubmit={handleSubmit(onApply, () => setAttempt((n) => n + 1))}
    >
      {tilError && (
        <FormErrorSummary
          key={attempt}
          heading={t('skjema.rettOpp')}
          items={[{ fieldId: IDS.til, message: tilError }]}
        />
      )}
      <div className="audit-filter__fields">
        <Field>
          <Label htmlFor={IDS.fra}>{t('revisjonslogg.filter.fra')}</Label>
          <Input id={IDS.fra} type="date" {...register('fra')} />
        </Field>
        <Field>
          <Label htmlFor={IDS.til}>{t('revisjonslogg.filter.til')}</Label>
          <Input
            id={IDS.til}
            type="date"
            aria-invalid={tilError ? true : undefined}
            {...register('til', {
              validate: (til, values) => !til || !values.fra || til >= values.fra,
            })}
          />
          {tilError && <ValidationMessage>{tilError}</ValidationMessage>}
        </Field>
        <Field>
          <Label htmlFor={IDS.handling}>{t('revisjonslogg.filter.handling')}</Label>
          <Controller
            control={control}
            name="handling"
            render={({ field }) => (
              <Select id={IDS.handling} {...field}>
                <Select.Option value="">{t('revisjonslogg.filter.alleHandlinger')}</Select.Option>
                {actions.map((action) => (
                  <Select.Option key={action.code} value={action.code}>
                    {action.label}
                  </Select.Option>
                ))}
              </Select>
            )}
          />
        </Field>
        <Field>
          <Label htmlFor={IDS.aktorId}>{t('revisjonslogg.filter.bruker')}</Label>
          <Controller
            control={control}
            name="aktorId"
            render={({ field }) => (
              <Select id={IDS.aktorId} {...field}>
                <Select.Option value="">{t('revisjonslogg.filter.alleBrukere')}</Select.Option>
                {users.map((user) => (
                  <Select.Option key={user.id} value={user.id}>
                    {user.navn}
                  </Select.Option>
                ))}
                {filters.aktorId && !users.some((user) => user.id === filters.aktorId) && (
                  <Select.Option value={filters.aktorId}>
                    {t('revisjonslogg.filter.ukjentBruker')}
                  </Select.Option>
                )}
              </Select>
            )}
          />
        </Field>
      </div>
      <div className="audit-filter__actions">
        <Button type="submit">{t('revisjonslogg.filter.bruk')}</Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            reset(EMPTY_FILTERS);
            onApply(EMPTY_FILTERS);
          }}
        >
          {t('revisjonslogg.filter.nullstill')}
        </Button>
      </div>
    </form>
  );
}

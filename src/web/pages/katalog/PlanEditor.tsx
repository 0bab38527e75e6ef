import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Table,
  Textfield,
} from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import type { Steg, StegStatus } from '@/web/api/katalogTypes';
import { queryKeys } from '@/web/api/queryKeys';
import { setImplementationPlan } from '@/web/api/setImplementationPlan';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { useT } from '@/web/i18n/useT';
import { useKatalogLabels } from '@/web/pages/katalog/katalogLabels';

type StegSkjema = { id: string; tekst: string; ansvarlig: string; frist: string; status: StegStatus };
type Values = { plan: StegSkjema[] };

const STATUSER: StegStatus[] = ['ikke_startet', 'pagar', 'fullfort'];

/**
 * The implementation plan: steps with owner, due date and status. The head of service edits it
 * (saved with `version`; a conflict asks to reload); everyone else reads it as a table.
 */
export function PlanEditor({
  produktId,
  plan,
  version,
  kanEndre,
}: {
  produktId: string;
  plan: Steg[];
  version: number;
  kanEndre: boolean;
}) {
  const t = useT();
  const l = useKatalogLabels();
  if (!kanEndre) {
    return (
      <Table data-size="sm" className="data-table katalog-plan">
        <caption>{t('katalog.plan.tittel')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('katalog.plan.steg.tekst')}</Table.HeaderCell>
            <Table.HeaderCell>{t('katalog.plan.steg.ansvarlig')}</Table.HeaderCell>
            <Table.HeaderCell>{t('katalog.plan.steg.frist')}</Table.HeaderCell>
            <Table.HeaderCell>{t('katalog.plan.steg.status')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {plan.map((s) => (
            <Table.Row key={s.id}>
              <Table.Cell>{s.tekst}</Table.Cell>
              <Table.Cell>{s.ansvarlig ?? t('felles.ikkeOppgitt')}</Table.Cell>
              <Table.Cell>{s.frist ? l.dato(s.frist) : t('felles.ikkeOppgitt')}</Table.Cell>
              <Table.Cell>{l.steg(s.status)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    );
  }
  return <PlanSkjema produktId={produktId} plan={plan} version={version} />;
}

function PlanSkjema({ produktId, plan, version }: { produktId: string; plan: Steg[]; version: number }) {
  const t = useT();
  const l = useKatalogLabels();
  const queryClient = useQueryClient();
  const [lagret, setLagret] = useState(false);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: {
      plan: plan.map((s) => ({ ...s, ansvarlig: s.ansvarlig ?? '', frist: s.frist ?? '' })),
    },
    shouldFocusError: false,
  });
  const { fields, append, remove } = useFieldArray({ control, name: 'plan', keyName: 'nokkel' });
  const names = fields.flatMap((_, i) =>
    ['tekst', 'ansvarlig', 'frist', 'status'].map((f) => `plan.${i}.${f}`),
  );
  const feedback = useFormFeedback(setError, names);
  const ids: [string, string, string][] = fields.flatMap((_, i) =>
    (['tekst', 'ansvarlig', 'frist', 'status'] as const).map(
      (f) =>
        [`plan.${i}.${f}`, `plan-${i}-${f}`, t('katalog.plan.stegNummer', { nummer: i + 1 })] as [
          string,
          string,
          string,
        ],
    ),
  );

  const onValid = async (values: Values) => {
    feedback.reset();
    setLagret(false);
    try {
      await setImplementationPlan(produktId, {
        version,
        plan: values.plan.map((s) => ({
          id: s.id,
          tekst: s.tekst.trim(),
          ansvarlig: s.ansvarlig.trim() || null,
          frist: s.frist || null,
          status: s.status,
        })),
      });
      setLagret(true);
      await queryClient.invalidateQueries({ queryKey: queryKeys.catalogue });
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  return (
    <form className="katalog-planskjema" noValidate onSubmit={handleSubmit(onValid, feedback.onInvalid)}>
      <Heading level={3} data-size="xs">
        {t('katalog.plan.tittel')}
      </Heading>
      <Paragraph data-size="sm">{t('katalog.plan.hjelp')}</Paragraph>
      {feedback.conflict && (
        <Alert data-color="warning">
          <Paragraph>{t('katalog.konflikt')}</Paragraph>
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            onClick={() => queryClient.invalidateQueries({ queryKey: queryKeys.catalogue })}
          >
            {t('konflikt.hent')}
          </Button>
        </Alert>
      )}
      <FormFeedback errors={errors} fieldIds={ids} message={feedback.message} attempt={feedback.attempt} />
      <ol className="katalog-steg">
        {fields.map((f, i) => (
          <li key={f.nokkel} className="katalog-steg__rad">
            <fieldset className="katalog-steg__felt">
              <legend>{t('katalog.plan.stegNummer', { nummer: i + 1 })}</legend>
              <Textfield
                id={`plan-${i}-tekst`}
                label={t('katalog.plan.steg.tekst')}
                error={fieldError(errors, `plan.${i}.tekst`)}
                {...register(`plan.${i}.tekst`, {
                  validate: (v) => v.trim() !== '' || t('katalog.plan.tekstMangler'),
                })}
              />
              <div className="katalog-steg__linje">
                <Textfield
                  id={`plan-${i}-ansvarlig`}
                  label={t('katalog.plan.steg.ansvarlig')}
                  error={fieldError(errors, `plan.${i}.ansvarlig`)}
                  {...register(`plan.${i}.ansvarlig`)}
                />
                <Textfield
                  id={`plan-${i}-frist`}
                  type="date"
                  label={t('katalog.plan.steg.frist')}
                  error={fieldError(errors, `plan.${i}.frist`)}
                  {...register(`plan.${i}.frist`)}
                />
                <Field>
                  <Label htmlFor={`plan-${i}-status`}>{t('katalog.plan.steg.status')}</Label>
                  <Select id={`plan-${i}-status`} {...register(`plan.${i}.status`)}>
                    {STATUSER.map((s) => (
                      <Select.Option key={s} value={s}>
                        {l.steg(s)}
                      </Select.Option>
                    ))}
                  </Select>
                </Field>
              </div>
              <div>
                <Button type="button" variant="tertiary" data-size="sm" onClick={() => remove(i)}>
                  {t('katalog.plan.fjern', { nummer: i + 1 })}
                </Button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="katalog-knapper">
        <Button
          type="button"
          variant="secondary"
          onClick={() =>
            append({
              id: `eget_${Date.now().toString(36)}`,
              tekst: '',
              ansvarlig: '',
              frist: '',
              status: 'ikke_startet',
            })
          }
        >
          {t('katalog.plan.leggTil')}
        </Button>
        <Button type="submit" loading={isSubmitting}>
          {t('katalog.plan.lagre')}
        </Button>
      </div>
      <div aria-live="polite" role="status">
        {lagret && (
          <Alert data-color="success">
            <Paragraph>{t('katalog.plan.lagret')}</Paragraph>
          </Alert>
        )}
      </div>
    </form>
  );
}

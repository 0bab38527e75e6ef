import {
  Button,
  Card,
  Field,
  Label,
  Link,
  Paragraph,
  Select,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { Link as RouterLink, useNavigate } from 'react-router';
import { createDocument } from '@/web/api/createDocument';
import type { CreateDokumentBody, Gjelder, MalListeItem } from '@/web/api/dokumentTypes';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { useLabels } from '@/web/i18n/labels';
import { useT } from '@/web/i18n/useT';
import { childQuery } from '@/web/pages/barn/side/useChild';
import { KATEGORIER, useDokumentLabels } from '@/web/pages/dokumenter/dokumentLabels';
import { templatesQuery, useRefreshDocuments } from '@/web/pages/dokumenter/useDocument';

/** Family relations a letter or plan "to a parent" can be written to. */
const FORELDRE = ['mor', 'far', 'forelder'];

interface Values {
  malId: string;
  familiemedlemId: string;
}

const IDS: [string, string][] = [
  ['malId', 'nytt-dokument-mal'],
  ['familiemedlemId', 'nytt-dokument-forelder'],
];
const NAMES = IDS.map(([name]) => name);

interface Props {
  /** The case: a child (templates about the child or a parent) or a foster home. */
  sak: { barnId: string; fosterhjemId?: string } | { fosterhjemId: string; barnId?: undefined };
  /** The kinds of template offered. */
  gjelder: readonly Gjelder[];
  /** Started from an årshjul task: only its templates, and the document completes the task. */
  oppgave?: { id: string; malIds: string[] };
  onCancel: () => void;
}

/**
 * "Nytt dokument": choose a template (grouped by category; for a parent, which parent), and the
 * draft opens in the editor.
 */
export function NewDocumentForm({ sak, gjelder, oppgave, onCancel }: Props) {
  const t = useT();
  const labels = useDokumentLabels();
  const codeLabels = useLabels();
  const navigate = useNavigate();
  const refresh = useRefreshDocuments();
  const templates = useQuery(templatesQuery);
  const maler = (templates.data?.items ?? []).filter(
    // Switched off in the treasure map: not offered for new documents (existing ones stay).
    (m) => m.aktiv && gjelder.includes(m.gjelder) && (!oppgave || oppgave.malIds.includes(m.id)),
  );
  const {
    control,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: {
      malId: oppgave?.malIds.length === 1 ? (oppgave.malIds[0] ?? '') : '',
      familiemedlemId: '',
    },
    shouldFocusError: false,
  });
  const feedback = useFormFeedback(setError, NAMES);
  const valgt: MalListeItem | undefined = maler.find((m) => m.id === watch('malId'));
  const forForelder = valgt?.gjelder === 'forelder';
  const barn = useQuery({ ...childQuery(sak.barnId ?? ''), enabled: forForelder && Boolean(sak.barnId) });
  const foreldre = (barn.data?.familie ?? []).filter((m) => FORELDRE.includes(m.relasjon));

  const onValid = async (values: Values) => {
    feedback.reset();
    const mal = maler.find((m) => m.id === values.malId);
    if (!mal) return;
    const body: CreateDokumentBody = { malId: mal.id, oppgaveId: oppgave?.id ?? null };
    if (mal.gjelder === 'fosterhjem') {
      body.fosterhjemId = sak.fosterhjemId ?? null;
      // A task belongs to a child: the foster home's document is linked to both.
      if (oppgave && sak.barnId) body.barnId = sak.barnId;
    } else {
      body.barnId = sak.barnId ?? null;
      if (mal.gjelder === 'forelder') body.familiemedlemId = values.familiemedlemId;
    }
    try {
      const created = await createDocument(body);
      await refresh();
      navigate(`/dokumenter/${created.id}`);
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  if (templates.isPending) return <PageSpinner />;
  if (templates.isError)
    return <QueryErrorAlert error={templates.error} onRetry={() => templates.refetch()} level={3} />;

  const malError = fieldError(errors, 'malId');
  const forelderError = fieldError(errors, 'familiemedlemId');
  const grupper = KATEGORIER.map((k) => [k, maler.filter((m) => m.kategori === k)] as const).filter(
    ([, list]) => list.length > 0,
  );

  return (
    <form className="dialog-form" noValidate onSubmit={handleSubmit(onValid, feedback.onInvalid)}>
      <FormFeedback errors={errors} fieldIds={IDS} message={feedback.message} attempt={feedback.attempt} />
      <Field>
        <Label htmlFor="nytt-dokument-mal">{t('dokument.ny.mal')}</Label>
        <Controller
          control={control}
          name="malId"
          rules={{ validate: (v) => v !== '' || t('dokument.ny.mal.mangler') }}
          render={({ field }) => (
            <Select id="nytt-dokument-mal" aria-invalid={malError ? true : undefined} {...field}>
              <Select.Option value="">{t('felles.velg')}</Select.Option>
              {grupper.map(([kategori, list]) => (
                <Select.Optgroup key={kategori} label={labels.kategori(kategori)}>
                  {list.map((m) => (
                    <Select.Option key={m.id} value={m.id}>
                      {labels.tekst(m.tittel)}
                    </Select.Option>
                  ))}
                </Select.Optgroup>
              ))}
            </Select>
          )}
        />
        {malError && <ValidationMessage>{malError}</ValidationMessage>}
      </Field>
      {valgt && (
        <Card data-color="neutral" variant="tinted" className="doc-new__about">
          <Paragraph data-size="sm">{labels.tekst(valgt.formal)}</Paragraph>
          <Paragraph data-size="sm" className="subtle">
            {valgt.godkjenning ? t('maler.godkjenning.ja') : t('maler.godkjenning.nei')}
          </Paragraph>
        </Card>
      )}
      {forForelder &&
        (barn.isPending ? (
          <PageSpinner />
        ) : foreldre.length === 0 ? (
          <div className="stacked">
            <Paragraph>{t('dokument.ny.ingenForeldre')}</Paragraph>
            {sak.barnId && (
              <Link asChild>
                <RouterLink to={`/barn/${sak.barnId}/familie`}>{t('dokument.ny.tilFamilie')}</RouterLink>
              </Link>
            )}
          </div>
        ) : (
          <Field>
            <Label htmlFor="nytt-dokument-forelder">{t('dokument.ny.forelder')}</Label>
            <Controller
              control={control}
              name="familiemedlemId"
              rules={{ validate: (v) => !forForelder || v !== '' || t('dokument.ny.forelder.mangler') }}
              render={({ field }) => (
                <Select
                  id="nytt-dokument-forelder"
                  aria-invalid={forelderError ? true : undefined}
                  {...field}
                >
                  <Select.Option value="">{t('felles.velg')}</Select.Option>
                  {foreldre.map((m) => (
                    <Select.Option key={m.id} value={m.id}>
                      {t('dokument.personer.medRolle', {
                        navn: `${m.fornavn} ${m.etternavn}`,
                        rolle: codeLabels.relasjon(m.relasjon),
                      })}
                    </Select.Option>
                  ))}
                </Select>
              )}
            />
            {forelderError && <ValidationMessage>{forelderError}</ValidationMessage>}
          </Field>
        ))}
      <div className="form-actions">
        <Button type="submit" loading={isSubmitting} disabled={forForelder && foreldre.length === 0}>
          {t('dokument.ny.opprett')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('felles.avbryt')}
        </Button>
      </div>
    </form>
  );
}

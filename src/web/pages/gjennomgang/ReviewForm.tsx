import { Button, Fieldset, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { PlusIcon, TrashIcon } from '@navikt/aksel-icons';
import { useQueryClient } from '@tanstack/react-query';
import { useFieldArray, useForm } from 'react-hook-form';
import { Link as RouterLink, useNavigate } from 'react-router';
import { createReview } from '@/web/api/createReview';
import type { ReviewPrepare } from '@/web/api/manualTypes';
import { queryKeys } from '@/web/api/queryKeys';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { osloToday } from '@/web/i18n/dates';
import { useLabels } from '@/web/i18n/labels';
import { useT } from '@/web/i18n/useT';
import { useManualLabels } from '@/web/pages/manual/manualLabels';

interface Avtale {
  barnId: string;
  punktId: string;
  avtale: string;
  frist: string;
}

interface Values {
  dato: string;
  oppsummering: string;
  avtaler: Avtale[];
}

interface Props {
  prepare: ReviewPrepare;
}

/**
 * Today's review with one contact person: the date, a summary, and for any open point of any
 * child an agreement (what is to be done, and by when). Rows are added and removed per point.
 * Saved together; then back to the overview, which shows the new date.
 */
export function ReviewForm({ prepare }: Props) {
  const t = useT();
  const labels = useManualLabels();
  const common = useLabels();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const today = osloToday();
  const {
    register,
    control,
    handleSubmit,
    setError,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: { dato: today, oppsummering: '', avtaler: [] },
    shouldFocusError: false,
  });
  const { fields, append, remove } = useFieldArray({ control, name: 'avtaler' });

  const punktTittel = (barnId: string, punktId: string) => {
    const punkt = prepare.barn.find((b) => b.barn.id === barnId)?.apne.find((p) => p.id === punktId);
    return punkt ? labels.tekst(punkt.tittel) : punktId;
  };
  const barnNavn = (barnId: string) => prepare.barn.find((b) => b.barn.id === barnId)?.barn.navn ?? '';
  const gruppe = (a: Avtale) => `${barnNavn(a.barnId)}, ${punktTittel(a.barnId, a.punktId)}`;

  const ids: ([string, string] | [string, string, string])[] = [
    ['dato', 'gjennomgang-dato'],
    ['oppsummering', 'gjennomgang-oppsummering'],
    ...fields.flatMap((field, index): [string, string, string][] => [
      [`avtaler.${index}.avtale`, `avtale-${field.id}-tekst`, gruppe(field)],
      [`avtaler.${index}.frist`, `avtale-${field.id}-frist`, gruppe(field)],
    ]),
  ];
  const feedback = useFormFeedback(
    setError,
    ids.map(([name]) => name),
  );

  const onValid = async (values: Values) => {
    feedback.reset();
    try {
      await createReview({
        kontaktpersonId: prepare.kontaktperson.id,
        dato: values.dato,
        oppsummering: values.oppsummering.trim() || null,
        avtaler: values.avtaler.map((a) => ({
          barnId: a.barnId,
          punktId: a.punktId,
          avtale: a.avtale.trim(),
          frist: a.frist || null,
        })),
      });
      await queryClient.invalidateQueries({ queryKey: queryKeys.reviews });
      queryClient.invalidateQueries({ queryKey: ['course'] });
      navigate('/gjennomgang', { state: { lagret: prepare.kontaktperson.navn } });
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  return (
    <form
      className="panel-form review-form"
      noValidate
      onSubmit={handleSubmit(onValid, feedback.onInvalid)}
      aria-labelledby="gjennomgang-skjema-tittel"
    >
      <Heading level={2} data-size="sm" id="gjennomgang-skjema-tittel">
        {t('gjennomgang.skjema.tittel')}
      </Heading>
      <FormFeedback errors={errors} fieldIds={ids} message={feedback.message} attempt={feedback.attempt} />
      <Textfield
        id="gjennomgang-dato"
        type="date"
        className="date-field"
        label={t('gjennomgang.skjema.dato')}
        max={today}
        error={fieldError(errors, 'dato')}
        {...register('dato', {
          required: t('gjennomgang.skjema.dato.mangler'),
          validate: (value) => value <= today || t('gjennomgang.skjema.dato.fremtid'),
        })}
      />
      <Textfield
        multiline
        rows={4}
        id="gjennomgang-oppsummering"
        label={t('gjennomgang.skjema.oppsummering')}
        description={t('gjennomgang.skjema.oppsummering.beskrivelse')}
        error={fieldError(errors, 'oppsummering')}
        {...register('oppsummering', {
          maxLength: { value: 4000, message: t('felles.forLang', { antall: 4000 }) },
        })}
      />

      <div className="review-children">
        <Heading level={3} data-size="xs">
          {t('gjennomgang.skjema.punkter')}
        </Heading>
        <Paragraph data-size="sm">{t('gjennomgang.skjema.punkter.ingress')}</Paragraph>
        {prepare.barn.length === 0 && (
          <Paragraph className="empty-state">{t('gjennomgang.ingenBarn')}</Paragraph>
        )}
        {prepare.barn.map((b) => (
          <section key={b.barn.id} className="review-child" aria-labelledby={`barn-${b.barn.id}`}>
            <div className="review-child__head">
              <Heading level={4} data-size="xs" id={`barn-${b.barn.id}`}>
                {b.barn.navn}
              </Heading>
              <span className="subtle">{t('gjennomgang.fase', { fase: labels.fase(b.fase) })}</span>
              <Link asChild>
                <RouterLink to={`/barn/${b.barn.id}/forlop`}>
                  {t('gjennomgang.tilForlopet', { navn: b.barn.navn })}
                </RouterLink>
              </Link>
            </div>
            {b.apne.length === 0 ? (
              <Paragraph data-size="sm">{t('gjennomgang.ingenApne')}</Paragraph>
            ) : (
              <ul className="review-points">
                {b.apne.map((punkt) => {
                  const tittel = labels.tekst(punkt.tittel);
                  const addId = `legg-til-${b.barn.id}-${punkt.id}`;
                  return (
                    <li key={punkt.id} className="review-point">
                      <div className="review-point__head">
                        <span className="review-point__title">{tittel}</span>
                        <span className="subtle">
                          {t('gjennomgang.ansvar', { rolle: common.rolle(punkt.ansvar) })}
                        </span>
                      </div>
                      {fields.map((field, index) =>
                        field.barnId === b.barn.id && field.punktId === punkt.id ? (
                          <Fieldset key={field.id} className="review-agreement">
                            <Fieldset.Legend className="ds-sr-only">
                              {t('gjennomgang.avtale.legend', { barn: b.barn.navn, tittel })}
                            </Fieldset.Legend>
                            <Textfield
                              multiline
                              rows={2}
                              id={`avtale-${field.id}-tekst`}
                              label={t('gjennomgang.avtale.tekst')}
                              error={fieldError(errors, `avtaler.${index}.avtale`)}
                              {...register(`avtaler.${index}.avtale`, {
                                validate: (value) =>
                                  value.trim().length >= 3 || t('gjennomgang.avtale.tekst.mangler'),
                                maxLength: { value: 2000, message: t('felles.forLang', { antall: 2000 }) },
                              })}
                            />
                            <div className="review-agreement__row">
                              <Textfield
                                id={`avtale-${field.id}-frist`}
                                type="date"
                                className="date-field"
                                label={t('gjennomgang.avtale.frist')}
                                error={fieldError(errors, `avtaler.${index}.frist`)}
                                {...register(`avtaler.${index}.frist`, {
                                  validate: (value) =>
                                    !value ||
                                    value >= getValues('dato') ||
                                    t('gjennomgang.avtale.frist.forDato'),
                                })}
                              />
                              <Button
                                type="button"
                                variant="tertiary"
                                data-size="sm"
                                aria-label={t('gjennomgang.avtale.fjernFor', { tittel })}
                                onClick={() => {
                                  remove(index);
                                  // The button pressed is gone: focus goes back to "Legg til avtale".
                                  requestAnimationFrame(() => document.getElementById(addId)?.focus());
                                }}
                              >
                                <TrashIcon aria-hidden />
                                {t('gjennomgang.avtale.fjern')}
                              </Button>
                            </div>
                          </Fieldset>
                        ) : null,
                      )}
                      <div>
                        <Button
                          id={addId}
                          type="button"
                          variant="secondary"
                          data-size="sm"
                          aria-label={t('gjennomgang.avtale.leggTilFor', { tittel, barn: b.barn.navn })}
                          onClick={() =>
                            append(
                              { barnId: b.barn.id, punktId: punkt.id, avtale: '', frist: '' },
                              { focusName: `avtaler.${fields.length}.avtale` },
                            )
                          }
                        >
                          <PlusIcon aria-hidden />
                          {t('gjennomgang.avtale.leggTil')}
                        </Button>
                      </div>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        ))}
      </div>

      <div className="form-actions">
        <Button type="submit" loading={isSubmitting}>
          {t('gjennomgang.skjema.lagre')}
        </Button>
        <Button asChild variant="tertiary">
          <RouterLink to="/gjennomgang">{t('felles.avbryt')}</RouterLink>
        </Button>
      </div>
    </form>
  );
}

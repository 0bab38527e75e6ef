import {
  Alert,
  Button,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { CheckmarkCircleIcon, CircleIcon } from '@navikt/aksel-icons';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { decideReunificationAssessment } from '@/web/api/decideReunificationAssessment';
import { listReunificationAssessments } from '@/web/api/listReunificationAssessments';
import { queryKeys } from '@/web/api/queryKeys';
import { saveReunificationAssessment } from '@/web/api/saveReunificationAssessment';
import type { Beslutning, StegId, Trakt, Vurdering } from '@/web/api/tilbakeforingTypes';
import { ConflictAlert } from '@/web/components/ConflictAlert';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { StatusLine } from '@/web/components/StatusLine';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { useT } from '@/web/i18n/useT';
import { useDokumentLabels } from '@/web/pages/dokumenter/dokumentLabels';
import { SectionGuidance } from '@/web/pages/dokumenter/SectionGuidance';
import { useTilbakeforingLabels } from '@/web/pages/tilbakeforing/useTilbakeforing';

interface Values {
  steg: Record<string, { svar: string; grunnlag: string }>;
  beslutning: Beslutning | '';
  begrunnelse: string;
}

interface Props {
  vurdering: Vurdering;
  trakt: Trakt;
  onDecided: () => void | Promise<void>;
}

/**
 * The funnel, one step at a time: each step's question, the answer and the evidence it rests on,
 * with the guidance beside it. Each step is saved on its own (with the version it was based on);
 * the last page is the decision, where only the decisions the answers allow can be chosen.
 */
export function AssessmentForm({ vurdering, trakt, onDecided }: Props) {
  const t = useT();
  const dok = useDokumentLabels();
  const labels = useTilbakeforingLabels();
  const queryClient = useQueryClient();
  const [latest, setLatest] = useState(vurdering);
  const [index, setIndex] = useState(() => {
    const forste = trakt.steg.findIndex((s) => vurdering.regler.mangler.some((m) => m.steg === s.id));
    return forste === -1 ? trakt.steg.length : forste;
  });
  const [saved, setSaved] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [reloaded, setReloaded] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const headingId = useId();
  const navId = useId();

  const defaultValues = useMemo<Values>(
    () => ({
      steg: Object.fromEntries(
        trakt.steg.map((s) => [
          s.id,
          { svar: vurdering.steg[s.id]?.svar ?? '', grunnlag: vurdering.steg[s.id]?.grunnlag ?? '' },
        ]),
      ),
      beslutning: '',
      begrunnelse: '',
    }),
    [trakt, vurdering],
  );
  const {
    register,
    handleSubmit,
    setError,
    getValues,
    watch,
    formState: { errors, isSubmitting, dirtyFields },
    resetField,
  } = useForm<Values>({ defaultValues, shouldFocusError: false });

  const steg = trakt.steg[index];
  const paBeslutning = index >= trakt.steg.length;
  const names = steg ? [`steg.${steg.id}.svar`, `steg.${steg.id}.grunnlag`] : ['beslutning', 'begrunnelse'];
  const feedback = useFormFeedback(setError, names);

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus the new step's heading after each move
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [index]);

  const fullfort = (id: StegId) => !latest.regler.mangler.some((m) => m.steg === id);

  /** Saves the step on screen; true when saved (or nothing to save). */
  const lagre = async (): Promise<boolean> => {
    if (!steg) return true;
    feedback.reset();
    const verdi = getValues(`steg.${steg.id}`);
    const endret = dirtyFields.steg?.[steg.id];
    const lagret = latest.steg[steg.id];
    if (!endret && lagret?.svar === verdi.svar && lagret?.grunnlag === verdi.grunnlag) return true;
    setSaving(true);
    try {
      const next = await saveReunificationAssessment(latest.id, {
        steg: { [steg.id]: { svar: verdi.svar, grunnlag: verdi.grunnlag.trim() } },
        version: latest.version,
      });
      setLatest(next);
      setReloaded(false);
      resetField(`steg.${steg.id}`, { defaultValue: verdi });
      queryClient.setQueryData(queryKeys.reunificationAssessments(latest.barnId), (old: unknown) =>
        old && typeof old === 'object' && 'items' in old
          ? { ...old, items: (old as { items: Vurdering[] }).items.map((v) => (v.id === next.id ? next : v)) }
          : old,
      );
      setSaved(t('tilbakeforing.lagret', { tittel: dok.tekst(steg.tittel) }));
      return true;
    } catch (error) {
      feedback.onServerError(error);
      return false;
    } finally {
      setSaving(false);
    }
  };

  const ga = async (til: number) => {
    setSaved(null);
    if (await lagre()) {
      moved.current = true;
      setIndex(til);
    }
  };

  const reload = async () => {
    setReloading(true);
    try {
      const list = await listReunificationAssessments(latest.barnId);
      const fresh = list.items.find((v) => v.id === latest.id);
      if (fresh) setLatest(fresh);
      // The alert stays until the next save, saying the next save builds on the latest version.
      setReloaded(true);
    } finally {
      setReloading(false);
    }
  };

  const beslutt = async (values: Values) => {
    feedback.reset();
    if (!values.beslutning) return;
    try {
      await decideReunificationAssessment(latest.id, {
        beslutning: values.beslutning,
        begrunnelse: values.begrunnelse.trim(),
        version: latest.version,
      });
      await onDecided();
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  const valgtBeslutning = watch('beslutning');
  // Only the decisions the answers allow can be chosen; the others say what stands in the way.
  const apne = trakt.beslutninger.filter((b) => (latest.regler.beslutninger[b.verdi] ?? []).length === 0);
  const stengte = trakt.beslutninger.filter((b) => (latest.regler.beslutninger[b.verdi] ?? []).length > 0);

  return (
    <div className="reunification-form">
      <Heading level={3} data-size="sm">
        {t('tilbakeforing.skjema.tittel')}
      </Heading>
      <nav aria-labelledby={navId} className="funnel-steps">
        <Heading level={4} data-size="2xs" id={navId} className="funnel-steps__heading">
          {t('tilbakeforing.skjema.trinn')}
        </Heading>
        <ol className="funnel-steps__list">
          {trakt.steg.map((s, i) => (
            <li key={s.id}>
              <button
                type="button"
                className="funnel-steps__button"
                aria-current={i === index ? 'step' : undefined}
                onClick={() => ga(i)}
              >
                {fullfort(s.id) ? (
                  <CheckmarkCircleIcon aria-hidden className="funnel-steps__icon funnel-steps__icon--done" />
                ) : (
                  <CircleIcon aria-hidden className="funnel-steps__icon" />
                )}
                <span>
                  {i + 1}. {dok.tekst(s.tittel)}
                  <span className="ds-sr-only">
                    {' '}
                    (
                    {fullfort(s.id) ? t('tilbakeforing.skjema.ferdig') : t('tilbakeforing.skjema.ikkeFerdig')}
                    )
                  </span>
                </span>
              </button>
            </li>
          ))}
          <li>
            <button
              type="button"
              className="funnel-steps__button"
              aria-current={paBeslutning ? 'step' : undefined}
              onClick={() => ga(trakt.steg.length)}
            >
              <CircleIcon aria-hidden className="funnel-steps__icon" />
              <span>
                {trakt.steg.length + 1}. {t('tilbakeforing.skjema.beslutning')}
              </span>
            </button>
          </li>
        </ol>
      </nav>

      {feedback.conflict && (
        <ConflictAlert
          onReload={reload}
          reloading={reloading}
          reloaded={reloaded}
          attempt={feedback.attempt}
        />
      )}

      {steg && (
        <form
          className="doc-section"
          aria-labelledby={headingId}
          noValidate
          onSubmit={(event) => {
            // A draft may be saved incomplete; the server checks the answer and the length.
            event.preventDefault();
            ga(index + 1);
          }}
        >
          <div className="doc-section__head">
            <Heading level={4} data-size="xs" id={headingId} ref={headingRef} tabIndex={-1}>
              {t('tilbakeforing.skjema.trinnAv', { nummer: index + 1, antall: trakt.steg.length })}:{' '}
              {dok.tekst(steg.tittel)}
            </Heading>
            {steg.hjemmel && (
              <Paragraph data-size="sm" className="subtle doc-section__basis">
                {steg.hjemmel}
              </Paragraph>
            )}
          </div>
          <FormFeedback
            errors={errors}
            fieldIds={[
              [`steg.${steg.id}.svar`, `steg-${steg.id}-${steg.valg[0]?.verdi}`],
              [`steg.${steg.id}.grunnlag`, `steg-${steg.id}-grunnlag`],
            ]}
            message={feedback.message}
            attempt={feedback.attempt}
          />
          <div className="doc-section__body">
            <div className="doc-section__fields">
              <Fieldset>
                <Fieldset.Legend>{dok.tekst(steg.sporsmal)}</Fieldset.Legend>
                {steg.valg.map((v) => (
                  <Radio
                    key={v.verdi}
                    id={`steg-${steg.id}-${v.verdi}`}
                    label={dok.tekst(v.etikett)}
                    value={v.verdi}
                    aria-invalid={fieldError(errors, `steg.${steg.id}.svar`) ? true : undefined}
                    {...register(`steg.${steg.id}.svar`)}
                  />
                ))}
                {fieldError(errors, `steg.${steg.id}.svar`) && (
                  <ValidationMessage>{fieldError(errors, `steg.${steg.id}.svar`)}</ValidationMessage>
                )}
              </Fieldset>
              <Textfield
                multiline
                rows={6}
                className="doc-longtext"
                id={`steg-${steg.id}-grunnlag`}
                label={dok.tekst(steg.grunnlag)}
                description={t('tilbakeforing.skjema.grunnlag.beskrivelse')}
                error={fieldError(errors, `steg.${steg.id}.grunnlag`)}
                {...register(`steg.${steg.id}.grunnlag`, {
                  maxLength: { value: 8000, message: t('felles.forLang', { antall: 8000 }) },
                })}
              />
            </div>
            <SectionGuidance tekst={dok.tekst(steg.veiledning)} level={4} />
          </div>
          <div className="form-actions">
            <Button type="submit" loading={saving}>
              {t('tilbakeforing.skjema.lagreNeste')}
            </Button>
            <Button type="button" variant="secondary" onClick={() => lagre()}>
              {t('tilbakeforing.skjema.lagre')}
            </Button>
            {index > 0 && (
              <Button type="button" variant="tertiary" onClick={() => ga(index - 1)}>
                {t('tilbakeforing.skjema.forrige')}
              </Button>
            )}
          </div>
          <StatusLine message={saved} />
        </form>
      )}

      {paBeslutning && (
        <form
          className="doc-section"
          aria-labelledby={headingId}
          noValidate
          onSubmit={handleSubmit(beslutt, feedback.onInvalid)}
        >
          <div className="doc-section__head">
            <Heading level={4} data-size="xs" id={headingId} ref={headingRef} tabIndex={-1}>
              {t('tilbakeforing.skjema.beslutning')}
            </Heading>
          </div>
          <FormFeedback
            errors={errors}
            fieldIds={[
              ['beslutning', 'beslutning-fortsette_prosess'],
              ['begrunnelse', 'beslutning-begrunnelse'],
            ]}
            message={feedback.message}
            attempt={feedback.attempt}
          />
          {latest.regler.mangler.length > 0 && (
            <Alert data-color="warning">
              <Paragraph>{t('tilbakeforing.skjema.mangler')}</Paragraph>
              <ul className="funnel-missing">
                {trakt.steg
                  .map((s, i) => ({ s, i }))
                  .filter(({ s }) => !fullfort(s.id))
                  .map(({ s, i }) => (
                    <li key={s.id}>
                      <Button type="button" variant="tertiary" data-size="sm" onClick={() => ga(i)}>
                        {i + 1}. {dok.tekst(s.tittel)}
                      </Button>
                    </li>
                  ))}
              </ul>
            </Alert>
          )}
          {apne.length > 0 && (
            <Fieldset>
              <Fieldset.Legend>{t('tilbakeforing.skjema.velgBeslutning')}</Fieldset.Legend>
              {apne.map((b) => (
                <Radio
                  key={b.verdi}
                  id={`beslutning-${b.verdi}`}
                  label={dok.tekst(b.etikett)}
                  description={dok.tekst(b.beskrivelse)}
                  value={b.verdi}
                  aria-invalid={fieldError(errors, 'beslutning') ? true : undefined}
                  {...register('beslutning', { required: t('tilbakeforing.skjema.beslutning.mangler') })}
                />
              ))}
              {fieldError(errors, 'beslutning') && (
                <ValidationMessage>{fieldError(errors, 'beslutning')}</ValidationMessage>
              )}
            </Fieldset>
          )}
          {stengte.length > 0 && (
            <div className="funnel-closed">
              <Paragraph data-size="sm">{t('tilbakeforing.skjema.ikkeMulig')}</Paragraph>
              <ul>
                {stengte.map((b) => (
                  <li key={b.verdi} data-beslutning={b.verdi}>
                    <strong>{dok.tekst(b.etikett)}</strong>:{' '}
                    {(latest.regler.beslutninger[b.verdi] ?? []).map((x) => labels.sperre(x)).join(' ')}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {valgtBeslutning === 'fortsette_prosess' && latest.regler.vilkarOppfylt && (
            <Alert data-color="info">
              <Paragraph>{t('tilbakeforing.skjema.vilkarOppfylt')}</Paragraph>
            </Alert>
          )}
          <Textfield
            multiline
            rows={6}
            className="doc-longtext"
            id="beslutning-begrunnelse"
            label={t('tilbakeforing.skjema.begrunnelse')}
            description={t('tilbakeforing.skjema.begrunnelse.beskrivelse')}
            error={fieldError(errors, 'begrunnelse')}
            {...register('begrunnelse', {
              validate: (v) => v.trim().length >= 10 || t('tilbakeforing.skjema.begrunnelse.mangler'),
              maxLength: { value: 8000, message: t('felles.forLang', { antall: 8000 }) },
            })}
          />
          <div className="form-actions">
            {apne.length > 0 && (
              <Button type="submit" loading={isSubmitting}>
                {t('tilbakeforing.skjema.beslutt')}
              </Button>
            )}
            <Button type="button" variant="tertiary" onClick={() => ga(trakt.steg.length - 1)}>
              {t('tilbakeforing.skjema.forrige')}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}

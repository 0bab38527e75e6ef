import {
  Button,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import { PlusIcon, TrashIcon } from '@navikt/aksel-icons';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { queryKeys } from '@/web/api/queryKeys';
import type {
  GjenforeningStegStatus,
  Gjenforeningsplan,
  PlanListe,
  PlanStatus,
} from '@/web/api/tilbakeforingTypes';
import { updateReunificationPlan } from '@/web/api/updateReunificationPlan';
import { ConflictAlert } from '@/web/components/ConflictAlert';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { StatusLine } from '@/web/components/StatusLine';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { useT } from '@/web/i18n/useT';
import { useDokumentLabels } from '@/web/pages/dokumenter/dokumentLabels';
import { useRefreshReunification } from '@/web/pages/tilbakeforing/useTilbakeforing';

const STATUSER: GjenforeningStegStatus[] = ['planlagt', 'pagar', 'fullfort'];

interface StegValues {
  stegId: string;
  beskrivelse: string;
  ansvar: string;
  fra: string;
  til: string;
  status: GjenforeningStegStatus;
  erfaring: string;
}

interface Values {
  steg: StegValues[];
}

const tom = (): StegValues => ({
  stegId: '',
  beskrivelse: '',
  ansvar: '',
  fra: '',
  til: '',
  status: 'planlagt',
  erfaring: '',
});

const tilVerdier = (plan: Gjenforeningsplan): Values => ({
  steg: plan.steg.map((s) => ({
    stegId: s.id,
    beskrivelse: s.beskrivelse,
    ansvar: s.ansvar,
    fra: s.fra ?? '',
    til: s.til ?? '',
    status: s.status,
    erfaring: s.erfaring ?? '',
  })),
});

interface Props {
  plan: Gjenforeningsplan;
  forslag: PlanListe['forslag'];
}

/**
 * The running plan: its steps (what, who does what, from–to, status, how it went), new steps
 * from the suggestions or blank, saved with the version it was based on; then completed or
 * stopped.
 */
export function PlanEditor({ plan, forslag }: Props) {
  const t = useT();
  const dok = useDokumentLabels();
  const queryClient = useQueryClient();
  const refresh = useRefreshReunification(plan.barnId);
  const headingId = useId();
  const [version, setVersion] = useState(plan.version);
  const [valgtForslag, setValgtForslag] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [bekreft, setBekreft] = useState<'fullfort' | 'avbrutt' | null>(null);
  const [reloading, setReloading] = useState(false);
  const [reloaded, setReloaded] = useState(false);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: tilVerdier(plan), shouldFocusError: false });
  useEffect(() => {
    if (bekreft) confirmRef.current?.focus();
  }, [bekreft]);
  const { fields, append, remove } = useFieldArray({ control, name: 'steg' });
  const names = fields.flatMap((_, i) =>
    ['beskrivelse', 'ansvar', 'fra', 'til', 'status', 'erfaring'].map((f) => `steg.${i}.${f}`),
  );
  const feedback = useFormFeedback(setError, names);
  const fieldIds = fields.flatMap((f, i): [string, string, string][] =>
    (['beskrivelse', 'ansvar', 'fra', 'til', 'erfaring'] as const).map((name) => [
      `steg.${i}.${name}`,
      `plan-steg-${f.id}-${name}`,
      t('tilbakeforing.plan.steg.nummer', { nummer: i + 1 }),
    ]),
  );

  const lagre = (status: PlanStatus) => async (values: Values) => {
    feedback.reset();
    setSaved(null);
    try {
      const next = await updateReunificationPlan(plan.id, {
        steg: values.steg.map((s) => ({
          ...(s.stegId ? { id: s.stegId } : {}),
          beskrivelse: s.beskrivelse.trim(),
          ansvar: s.ansvar.trim(),
          fra: s.fra || null,
          til: s.til || null,
          status: s.status,
          erfaring: s.erfaring.trim() || null,
        })),
        status,
        version,
      });
      setVersion(next.version);
      setBekreft(null);
      reset(tilVerdier(next));
      if (status === 'aktiv') {
        setSaved(t('tilbakeforing.plan.lagret'));
        queryClient.setQueryData(queryKeys.reunificationPlans(plan.barnId), (old: PlanListe | undefined) =>
          old ? { ...old, items: old.items.map((p) => (p.id === next.id ? next : p)) } : old,
        );
      } else {
        await refresh();
      }
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  const reload = async () => {
    setReloading(true);
    try {
      await queryClient.refetchQueries({ queryKey: queryKeys.reunificationPlans(plan.barnId) });
      const fresh = queryClient
        .getQueryData<PlanListe>(queryKeys.reunificationPlans(plan.barnId))
        ?.items.find((p) => p.id === plan.id);
      if (fresh) setVersion(fresh.version);
      setReloaded(true);
    } finally {
      setReloading(false);
    }
  };

  const leggTilForslag = () => {
    const f = forslag.find((x) => x.id === valgtForslag);
    if (!f) return;
    append({ ...tom(), beskrivelse: dok.tekst(f.beskrivelse), ansvar: dok.tekst(f.ansvar) });
    setValgtForslag('');
  };

  return (
    <form
      className="plan-editor"
      aria-labelledby={headingId}
      noValidate
      onSubmit={handleSubmit(lagre('aktiv'), feedback.onInvalid)}
    >
      <Heading level={3} data-size="sm" id={headingId}>
        {t('tilbakeforing.plan.aktiv')}
      </Heading>
      {feedback.conflict && (
        <ConflictAlert
          onReload={reload}
          reloading={reloading}
          reloaded={reloaded}
          attempt={feedback.attempt}
        />
      )}
      <FormFeedback
        errors={errors}
        fieldIds={fieldIds}
        message={feedback.message}
        attempt={feedback.attempt}
      />
      {fields.length === 0 && (
        <Paragraph className="empty-state">{t('tilbakeforing.plan.ingenSteg')}</Paragraph>
      )}
      <ol className="plan-steps">
        {fields.map((f, i) => {
          const id = (name: string) => `plan-steg-${f.id}-${name}`;
          return (
            <li key={f.id} className="plan-step">
              <Fieldset>
                <Fieldset.Legend>{t('tilbakeforing.plan.steg.nummer', { nummer: i + 1 })}</Fieldset.Legend>
                <div className="plan-step__fields">
                  <Textfield
                    id={id('beskrivelse')}
                    label={t('tilbakeforing.plan.steg.beskrivelse')}
                    error={fieldError(errors, `steg.${i}.beskrivelse`)}
                    {...register(`steg.${i}.beskrivelse`, {
                      validate: (v) => v.trim() !== '' || t('tilbakeforing.plan.steg.beskrivelse.mangler'),
                      maxLength: { value: 1000, message: t('felles.forLang', { antall: 1000 }) },
                    })}
                  />
                  <Textfield
                    multiline
                    rows={3}
                    id={id('ansvar')}
                    label={t('tilbakeforing.plan.steg.ansvar')}
                    description={t('tilbakeforing.plan.steg.ansvar.beskrivelse')}
                    error={fieldError(errors, `steg.${i}.ansvar`)}
                    {...register(`steg.${i}.ansvar`, {
                      validate: (v) => v.trim() !== '' || t('tilbakeforing.plan.steg.ansvar.mangler'),
                      maxLength: { value: 4000, message: t('felles.forLang', { antall: 4000 }) },
                    })}
                  />
                  <div className="plan-step__row">
                    <Textfield
                      type="date"
                      id={id('fra')}
                      label={t('tilbakeforing.plan.steg.fra')}
                      error={fieldError(errors, `steg.${i}.fra`)}
                      {...register(`steg.${i}.fra`)}
                    />
                    <Textfield
                      type="date"
                      id={id('til')}
                      label={t('tilbakeforing.plan.steg.til')}
                      error={fieldError(errors, `steg.${i}.til`)}
                      {...register(`steg.${i}.til`, {
                        validate: (v, all) => {
                          const fra = all.steg[i]?.fra;
                          return !v || !fra || v >= fra || t('tilbakeforing.plan.steg.til.forFra');
                        },
                      })}
                    />
                    <Field>
                      <Label htmlFor={id('status')}>{t('tilbakeforing.plan.steg.status')}</Label>
                      <Select id={id('status')} {...register(`steg.${i}.status`)}>
                        {STATUSER.map((s) => (
                          <Select.Option key={s} value={s}>
                            {t(`tilbakeforing.plan.stegStatus.${s}`)}
                          </Select.Option>
                        ))}
                      </Select>
                    </Field>
                  </div>
                  <Textfield
                    multiline
                    rows={3}
                    id={id('erfaring')}
                    label={t('tilbakeforing.plan.steg.erfaring')}
                    description={t('tilbakeforing.plan.steg.erfaring.beskrivelse')}
                    error={fieldError(errors, `steg.${i}.erfaring`)}
                    {...register(`steg.${i}.erfaring`, {
                      maxLength: { value: 8000, message: t('felles.forLang', { antall: 8000 }) },
                    })}
                  />
                  <div>
                    <Button type="button" variant="tertiary" data-size="sm" onClick={() => remove(i)}>
                      <TrashIcon aria-hidden />
                      {t('tilbakeforing.plan.steg.fjern', { nummer: i + 1 })}
                    </Button>
                  </div>
                </div>
              </Fieldset>
            </li>
          );
        })}
      </ol>
      <div className="plan-editor__add">
        <Button type="button" variant="secondary" data-size="sm" onClick={() => append(tom())}>
          <PlusIcon aria-hidden />
          {t('tilbakeforing.plan.steg.ny')}
        </Button>
        <Field className="plan-editor__suggest">
          <Label htmlFor={`${headingId}-forslag`}>{t('tilbakeforing.plan.forslag')}</Label>
          <div className="plan-editor__suggest-row">
            <Select
              id={`${headingId}-forslag`}
              value={valgtForslag}
              onChange={(e) => setValgtForslag(e.target.value)}
            >
              <Select.Option value="">{t('felles.velg')}</Select.Option>
              {forslag.map((f) => (
                <Select.Option key={f.id} value={f.id}>
                  {dok.tekst(f.beskrivelse)}
                </Select.Option>
              ))}
            </Select>
            <Button
              type="button"
              variant="secondary"
              data-size="sm"
              onClick={leggTilForslag}
              disabled={!valgtForslag}
            >
              {t('tilbakeforing.plan.forslag.leggTil')}
            </Button>
          </div>
        </Field>
      </div>
      <div className="form-actions">
        <Button type="submit" loading={isSubmitting && !bekreft}>
          {t('tilbakeforing.plan.lagre')}
        </Button>
        <Button type="button" variant="secondary" onClick={() => setBekreft('fullfort')}>
          {t('tilbakeforing.plan.fullfor')}
        </Button>
        <Button type="button" variant="tertiary" onClick={() => setBekreft('avbrutt')}>
          {t('tilbakeforing.plan.avbryt')}
        </Button>
      </div>
      {bekreft && (
        <div className="plan-editor__confirm">
          <Paragraph ref={confirmRef} tabIndex={-1}>
            {t(`tilbakeforing.plan.bekreft.${bekreft}`)}
          </Paragraph>
          <div className="form-actions">
            <Button
              type="button"
              loading={isSubmitting}
              onClick={handleSubmit(lagre(bekreft), feedback.onInvalid)}
            >
              {t(`tilbakeforing.plan.bekreft.${bekreft}.knapp`)}
            </Button>
            <Button type="button" variant="tertiary" onClick={() => setBekreft(null)}>
              {t('felles.avbryt')}
            </Button>
          </div>
        </div>
      )}
      <StatusLine message={saved} />
    </form>
  );
}

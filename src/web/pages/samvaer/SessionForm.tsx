import {
  Button,
  Field,
  Fieldset,
  Label,
  Radio,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { queryKeys } from '@/web/api/queryKeys';
import {
  AVLYST_ARSAKER,
  type AvlystArsak,
  type OktStatus,
  type Samvaer,
  type SamvaerList,
} from '@/web/api/samvaerTypes';
import { updateContactSession } from '@/web/api/updateContactSession';
import { ConflictAlert } from '@/web/components/ConflictAlert';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { SavedVersion } from '@/web/components/SavedVersion';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { osloToday } from '@/web/i18n/dates';
import { useT } from '@/web/i18n/useT';
import { SessionTimeFields } from '@/web/pages/samvaer/SessionTimeFields';
import { useSamvaerLabels } from '@/web/pages/samvaer/samvaerLabels';

interface Values {
  status: OktStatus;
  dato: string;
  fraKl: string;
  tilKl: string;
  avlystArsak: AvlystArsak | '';
  rapportMottatt: string;
  notat: string;
}

const IDS: [keyof Values, string][] = [
  ['status', 'samvaer-okt-status-planlagt'],
  ['dato', 'samvaer-okt-dato'],
  ['fraKl', 'samvaer-okt-fra-kl'],
  ['tilKl', 'samvaer-okt-til-kl'],
  ['avlystArsak', 'samvaer-okt-arsak'],
  ['rapportMottatt', 'samvaer-okt-rapport'],
  ['notat', 'samvaer-okt-notat'],
];
const NAMES = IDS.map(([name]) => name);
const id = (name: keyof Values) => IDS.find(([n]) => n === name)?.[1] ?? name;
const STATUSER: OktStatus[] = ['planlagt', 'gjennomfort', 'avlyst'];

interface Props {
  barnId: string;
  samvaer: Samvaer;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/**
 * Registers how a session went: held (and when the report came), or cancelled with why, which
 * also records who cancelled; or moved to another day. Saved with its version; a conflict keeps
 * what was typed and offers the latest version.
 */
export function SessionForm({ barnId, samvaer, onDone, onCancel }: Props) {
  const t = useT();
  const l = useSamvaerLabels();
  const queryClient = useQueryClient();
  const [version, setVersion] = useState(samvaer.version);
  const [latest, setLatest] = useState<Samvaer | null>(null);
  const [reloading, setReloading] = useState(false);
  const today = osloToday();
  const {
    register,
    control,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: {
      status: samvaer.status === 'planlagt' && samvaer.dato <= today ? 'gjennomfort' : samvaer.status,
      dato: samvaer.dato,
      fraKl: samvaer.fraKl ?? '',
      tilKl: samvaer.tilKl ?? '',
      avlystArsak: samvaer.avlystArsak ?? '',
      rapportMottatt: samvaer.rapportMottatt ?? '',
      notat: samvaer.notat ?? '',
    },
    shouldFocusError: false,
  });
  const feedback = useFormFeedback(setError, NAMES);
  const status = watch('status');

  const onValid = async (v: Values) => {
    feedback.reset();
    try {
      await updateContactSession(samvaer.id, {
        dato: v.dato,
        fraKl: v.fraKl || null,
        tilKl: v.tilKl || null,
        status: v.status,
        avlystArsak: v.status === 'avlyst' && v.avlystArsak ? v.avlystArsak : null,
        rapportMottatt: v.status === 'gjennomfort' && v.rapportMottatt ? v.rapportMottatt : null,
        notat: v.notat.trim() || null,
        version,
      });
      onDone(t('samvaer.okt.lagret'));
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  const reload = async () => {
    setReloading(true);
    await queryClient.invalidateQueries({ queryKey: queryKeys.contactSessions(barnId) });
    const fresh = queryClient
      .getQueryData<SamvaerList>(queryKeys.contactSessions(barnId))
      ?.items.find((s) => s.id === samvaer.id);
    if (fresh) {
      setLatest(fresh);
      setVersion(fresh.version);
    }
    setReloading(false);
  };

  const statusError = fieldError(errors, 'status');
  const arsakError = fieldError(errors, 'avlystArsak');

  return (
    <form className="dialog-form" noValidate onSubmit={handleSubmit(onValid, feedback.onInvalid)}>
      {feedback.conflict && (
        <ConflictAlert
          attempt={feedback.attempt}
          reloading={reloading}
          reloaded={latest !== null}
          onReload={reload}
        />
      )}
      {latest && (
        <SavedVersion
          rows={[
            [t('samvaer.kolonne.dato'), `${latest.dato} ${l.klokkeslett(latest) ?? ''}`.trim()],
            [t('samvaer.kolonne.status'), l.status(latest.status)],
            [t('samvaer.felt.rapportMottatt'), latest.rapportMottatt ?? ''],
            [t('samvaer.felt.avlystArsak'), latest.avlystArsak ? l.arsak(latest.avlystArsak) : ''],
          ]}
        />
      )}
      <FormFeedback errors={errors} fieldIds={IDS} message={feedback.message} attempt={feedback.attempt} />
      <Fieldset>
        <Fieldset.Legend>{t('samvaer.felt.status')}</Fieldset.Legend>
        {STATUSER.map((s) => (
          <Radio
            key={s}
            id={`samvaer-okt-status-${s}`}
            value={s}
            label={l.status(s)}
            aria-invalid={statusError ? true : undefined}
            {...register('status')}
          />
        ))}
        {statusError && <ValidationMessage>{statusError}</ValidationMessage>}
      </Fieldset>
      <Textfield
        id={id('dato')}
        type="date"
        className="date-field"
        label={t('samvaer.felt.dato')}
        error={fieldError(errors, 'dato')}
        {...register('dato', { required: t('samvaer.felt.dato.mangler') })}
      />
      <SessionTimeFields
        fra={{ id: id('fraKl'), error: fieldError(errors, 'fraKl'), field: register('fraKl') }}
        til={{ id: id('tilKl'), error: fieldError(errors, 'tilKl'), field: register('tilKl') }}
      />
      {status === 'avlyst' && (
        <Field>
          <Label htmlFor={id('avlystArsak')}>{t('samvaer.felt.avlystArsak')}</Label>
          <Controller
            control={control}
            name="avlystArsak"
            rules={{
              validate: (v) => status !== 'avlyst' || v !== '' || t('samvaer.felt.avlystArsak.mangler'),
            }}
            render={({ field }) => (
              <Select id={id('avlystArsak')} aria-invalid={arsakError ? true : undefined} {...field}>
                <Select.Option value="">{t('felles.velg')}</Select.Option>
                {AVLYST_ARSAKER.map((a) => (
                  <Select.Option key={a} value={a}>
                    {l.arsak(a)}
                  </Select.Option>
                ))}
              </Select>
            )}
          />
          {arsakError && <ValidationMessage>{arsakError}</ValidationMessage>}
        </Field>
      )}
      {status === 'gjennomfort' && (
        <Textfield
          id={id('rapportMottatt')}
          type="date"
          className="date-field"
          label={t('samvaer.felt.rapportMottatt')}
          description={t('samvaer.felt.rapportMottatt.hjelp')}
          error={fieldError(errors, 'rapportMottatt')}
          {...register('rapportMottatt')}
        />
      )}
      <Textfield
        id={id('notat')}
        multiline
        rows={3}
        label={t('samvaer.felt.notat')}
        error={fieldError(errors, 'notat')}
        {...register('notat')}
      />
      <div className="form-actions">
        <Button type="submit" loading={isSubmitting}>
          {t('felles.lagre')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('felles.avbryt')}
        </Button>
      </div>
    </form>
  );
}

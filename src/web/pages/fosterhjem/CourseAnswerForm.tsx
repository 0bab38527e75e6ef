import { Field, Fieldset, Label, Radio, Textarea, Textfield } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { KursDeltakelse } from '@/web/api/fosterfamilieTypes';
import { updateFosterHomeCourse } from '@/web/api/updateFosterHomeCourse';
import { DialogForm, useDialogForm } from '@/web/components/DialogForm';
import { fieldError } from '@/web/components/FormFeedback';
import { osloToday } from '@/web/i18n/dates';
import { useT } from '@/web/i18n/useT';
import { coursesQuery } from '@/web/pages/fosterhjem/fosterfamilieQueries';
import { useRefreshFosterHome } from '@/web/pages/fosterhjem/useFosterHome';

type Svar = 'tilbudt' | 'gjennomfort' | 'takket_nei';

interface Values {
  svar: Svar;
  gjennomfort: string;
  tilbudt: string;
  notat: string;
}

const IDS: [keyof Values, string][] = [
  ['svar', 'kurs-svar-tilbudt'],
  ['gjennomfort', 'kurs-gjennomfort'],
  ['tilbudt', 'kurs-svar-tilbudt-dato'],
  ['notat', 'kurs-notat'],
];
const NAMES = [...IDS.map(([name]) => name), 'takketNei'];

interface Props {
  fosterhjemId: string;
  kurs: KursDeltakelse;
  onDone: () => void;
  onCancel: () => void;
}

/** The answer to an offer: taken (and when), declined, or not yet answered. */
export function CourseAnswerForm({ fosterhjemId, kurs, onDone, onCancel }: Props) {
  const t = useT();
  const queryClient = useQueryClient();
  const refresh = useRefreshFosterHome(fosterhjemId);
  const [version, setVersion] = useState(kurs.version);
  const form = useForm<Values>({
    defaultValues: {
      svar: kurs.gjennomfort ? 'gjennomfort' : kurs.takketNei ? 'takket_nei' : 'tilbudt',
      gjennomfort: kurs.gjennomfort ?? osloToday(),
      tilbudt: kurs.tilbudt,
      notat: kurs.notat ?? '',
    },
    shouldFocusError: false,
  });
  const dialog = useDialogForm(form, {
    fieldIds: IDS,
    names: NAMES,
    submit: async (values) => {
      await updateFosterHomeCourse(fosterhjemId, kurs.id, {
        tilbudt: values.tilbudt,
        gjennomfort: values.svar === 'gjennomfort' ? values.gjennomfort : null,
        takketNei: values.svar === 'takket_nei',
        notat: values.notat.trim() || null,
        version,
      });
      await refresh();
      onDone();
    },
    reload: async () => {
      const fresh = await queryClient.fetchQuery({ ...coursesQuery(fosterhjemId), staleTime: 0 });
      const latest = fresh.items.find((k) => k.id === kurs.id);
      if (latest) setVersion(latest.version);
    },
  });
  const { register, watch, getValues } = form;
  const { errors } = form.formState;
  const svar = watch('svar');

  const today = osloToday();
  return (
    <DialogForm form={dialog} submitLabel={t('felles.lagre')} onCancel={onCancel}>
      <Fieldset>
        <Fieldset.Legend>{t('fosterfamilie.kurs.svar.legend')}</Fieldset.Legend>
        <Radio
          id="kurs-svar-tilbudt"
          label={t('fosterfamilie.kurs.svar.tilbudt')}
          value="tilbudt"
          {...register('svar')}
        />
        <Radio
          id="kurs-svar-gjennomfort"
          label={t('fosterfamilie.kurs.svar.gjennomfort')}
          value="gjennomfort"
          {...register('svar')}
        />
        <Radio
          id="kurs-svar-takket-nei"
          label={t('fosterfamilie.kurs.svar.takketNei')}
          value="takket_nei"
          {...register('svar')}
        />
      </Fieldset>
      {svar === 'gjennomfort' && (
        <Textfield
          id="kurs-gjennomfort"
          type="date"
          className="date-field"
          label={t('fosterfamilie.kurs.felt.gjennomfort')}
          error={fieldError(errors, 'gjennomfort')}
          {...register('gjennomfort', {
            validate: (v) => {
              if (getValues('svar') !== 'gjennomfort') return true;
              if (!v) return t('fosterfamilie.kurs.felt.gjennomfort.mangler');
              if (v > today) return t('fosterfamilie.dato.fremtid');
              if (v < getValues('tilbudt')) return t('fosterfamilie.kurs.felt.gjennomfort.forTilbud');
              return true;
            },
          })}
        />
      )}
      <Textfield
        id="kurs-svar-tilbudt-dato"
        type="date"
        className="date-field"
        label={t('fosterfamilie.kurs.felt.tilbudt')}
        error={fieldError(errors, 'tilbudt')}
        {...register('tilbudt', { required: t('fosterfamilie.kurs.felt.tilbudt.mangler') })}
      />
      <Field>
        <Label htmlFor="kurs-notat">{t('fosterfamilie.kurs.felt.notat')}</Label>
        <Field.Description>{t('fosterfamilie.kurs.felt.notat.beskrivelse')}</Field.Description>
        <Textarea
          id="kurs-notat"
          rows={3}
          {...register('notat', {
            maxLength: { value: 1000, message: t('felles.forLang', { antall: 1000 }) },
          })}
        />
      </Field>
    </DialogForm>
  );
}

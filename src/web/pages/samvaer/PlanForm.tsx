import { Field, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { Controller, useForm } from 'react-hook-form';
import { createContactPlan } from '@/web/api/createContactPlan';
import type {
  SamvaerGrunnlag,
  SamvaerPer,
  SamvaerPerson,
  Samvaersplan,
  SamvaerTilsyn,
} from '@/web/api/samvaerTypes';
import { DialogForm, useDialogForm } from '@/web/components/DialogForm';
import { fieldError } from '@/web/components/FormFeedback';
import { osloToday } from '@/web/i18n/dates';
import { useT } from '@/web/i18n/useT';
import { useSamvaerLabels } from '@/web/pages/samvaer/samvaerLabels';

interface Values {
  familiemedlemId: string;
  fra: string;
  antall: string;
  per: SamvaerPer;
  varighetTimer: string;
  sted: string;
  tilsyn: SamvaerTilsyn | '';
  grunnlag: SamvaerGrunnlag | '';
  begrunnelse: string;
}

const IDS: [keyof Values, string][] = [
  ['familiemedlemId', 'samvaer-plan-person'],
  ['fra', 'samvaer-plan-fra'],
  ['antall', 'samvaer-plan-antall'],
  ['per', 'samvaer-plan-per'],
  ['varighetTimer', 'samvaer-plan-varighet'],
  ['sted', 'samvaer-plan-sted'],
  ['tilsyn', 'samvaer-plan-tilsyn'],
  ['grunnlag', 'samvaer-plan-grunnlag'],
  ['begrunnelse', 'samvaer-plan-begrunnelse'],
];
const id = (name: keyof Values) => IDS.find(([n]) => n === name)?.[1] ?? name;

const PER: SamvaerPer[] = ['uke', 'maned', 'ar'];
const TILSYN: SamvaerTilsyn[] = ['uten', 'stottet', 'beskyttet'];
const GRUNNLAG: SamvaerGrunnlag[] = ['nemnd', 'domstol', 'avtale'];

interface Props {
  barnId: string;
  /** The people a plan can be made for; with one, the choice is fixed. */
  personer: SamvaerPerson[];
  /** A change: starts from the plan in force. */
  gjeldende: Samvaersplan | null;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/**
 * A new contact plan, or a change to the plan in force (a change is a new plan from a date, so
 * the history shows how contact followed the relationship). Reasons are needed for less contact
 * and for protective supervision; the server says so at the field.
 */
export function PlanForm({ barnId, personer, gjeldende, onDone, onCancel }: Props) {
  const t = useT();
  const l = useSamvaerLabels();
  const form = useForm<Values>({
    defaultValues: {
      familiemedlemId:
        gjeldende?.familiemedlemId ?? (personer.length === 1 ? (personer[0]?.familiemedlemId ?? '') : ''),
      fra: gjeldende ? '' : osloToday(),
      antall: String(gjeldende?.antall ?? 1),
      per: gjeldende?.per ?? 'maned',
      varighetTimer: String(gjeldende?.varighetTimer ?? 2),
      sted: gjeldende?.sted ?? '',
      tilsyn: gjeldende?.tilsyn ?? '',
      grunnlag: gjeldende?.grunnlag ?? '',
      begrunnelse: '',
    },
    shouldFocusError: false,
  });
  // A plan is only ever added (never edited), so there is no version to conflict with.
  const dialog = useDialogForm(form, {
    fieldIds: IDS,
    submit: async (v) => {
      await createContactPlan(barnId, {
        familiemedlemId: v.familiemedlemId,
        fra: v.fra,
        antall: Number(v.antall),
        per: v.per,
        varighetTimer: Number(v.varighetTimer),
        sted: v.sted.trim() || null,
        tilsyn: v.tilsyn as SamvaerTilsyn,
        grunnlag: v.grunnlag as SamvaerGrunnlag,
        begrunnelse: v.begrunnelse.trim() || null,
      });
      onDone(gjeldende ? t('samvaer.plan.endret') : t('samvaer.plan.registrert'));
    },
  });
  const { register, control } = form;
  const { errors } = form.formState;

  const whole = (min: number, max: number, message: string) => ({
    validate: (value: string) => {
      const n = Number(value);
      return (value.trim() !== '' && Number.isInteger(n) && n >= min && n <= max) || message;
    },
  });

  const select = <K extends 'familiemedlemId' | 'per' | 'tilsyn' | 'grunnlag'>(
    name: K,
    label: string,
    options: [string, string][],
    required?: string,
  ) => {
    const error = fieldError(errors, name);
    return (
      <Field>
        <Label htmlFor={id(name)}>{label}</Label>
        <Controller
          control={control}
          name={name}
          rules={required ? { validate: (v) => v !== '' || required } : {}}
          render={({ field }) => (
            <Select id={id(name)} aria-invalid={error ? true : undefined} {...field}>
              {required && <Select.Option value="">{t('felles.velg')}</Select.Option>}
              {options.map(([value, text]) => (
                <Select.Option key={value} value={value}>
                  {text}
                </Select.Option>
              ))}
            </Select>
          )}
        />
        {error && <ValidationMessage>{error}</ValidationMessage>}
      </Field>
    );
  };

  return (
    <DialogForm form={dialog} submitLabel={t('felles.lagre')} onCancel={onCancel}>
      {!gjeldende &&
        select(
          'familiemedlemId',
          t('samvaer.felt.person'),
          personer.map((p) => [p.familiemedlemId, l.person(p)]),
          t('samvaer.felt.person.mangler'),
        )}
      <Textfield
        id={id('fra')}
        type="date"
        className="date-field"
        label={t('samvaer.felt.fra')}
        description={gjeldende ? t('samvaer.felt.fra.endring') : undefined}
        error={fieldError(errors, 'fra')}
        {...register('fra', { required: t('samvaer.felt.fra.mangler') })}
      />
      <div className="form-grid">
        <Textfield
          id={id('antall')}
          type="number"
          inputMode="numeric"
          min={1}
          label={t('samvaer.felt.antall')}
          error={fieldError(errors, 'antall')}
          {...register('antall', whole(1, 365, t('samvaer.felt.antall.ugyldig')))}
        />
        {select(
          'per',
          t('samvaer.felt.per'),
          PER.map((p) => [p, l.per(p)]),
        )}
      </div>
      <Textfield
        id={id('varighetTimer')}
        type="number"
        inputMode="numeric"
        min={1}
        max={72}
        label={t('samvaer.felt.varighet')}
        description={t('samvaer.felt.varighet.hjelp')}
        error={fieldError(errors, 'varighetTimer')}
        {...register('varighetTimer', whole(1, 72, t('samvaer.felt.varighet.ugyldig')))}
      />
      <Textfield
        id={id('sted')}
        label={t('samvaer.felt.sted')}
        autoComplete="off"
        error={fieldError(errors, 'sted')}
        {...register('sted')}
      />
      {select(
        'tilsyn',
        t('samvaer.felt.tilsyn'),
        TILSYN.map((v) => [v, l.tilsyn(v)]),
        t('samvaer.felt.tilsyn.mangler'),
      )}
      {select(
        'grunnlag',
        t('samvaer.felt.grunnlag'),
        GRUNNLAG.map((v) => [v, l.grunnlag(v)]),
        t('samvaer.felt.grunnlag.mangler'),
      )}
      <Textfield
        id={id('begrunnelse')}
        multiline
        rows={4}
        label={t('samvaer.felt.begrunnelse')}
        description={t('samvaer.felt.begrunnelse.hjelp')}
        error={fieldError(errors, 'begrunnelse')}
        {...register('begrunnelse')}
      />
    </DialogForm>
  );
}

import {
  Button,
  Checkbox,
  Field,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm, useWatch } from 'react-hook-form';
import type { Omfang } from '@/web/api/barnTypes';
import type { FormidleBody, TilgjengeligHjem } from '@/web/api/godkjenningTypes';
import { linkRecruitedHome } from '@/web/api/linkRecruitedHome';
import { listCaseload } from '@/web/api/listCaseload';
import { queryKeys } from '@/web/api/queryKeys';
import { rekrutteringKeys } from '@/web/api/rekrutteringTypes';
import { useMe } from '@/web/auth/useMe';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { HJEMLER } from '@/web/i18n/codes';
import { osloToday } from '@/web/i18n/dates';
import { useLabels } from '@/web/i18n/labels';
import { useT } from '@/web/i18n/useT';
import { PlacementRequirement } from '@/web/pages/slekt/PlacementRequirement';

interface Values {
  barnId: string;
  innflytting: string;
  plasseringstype: 'ordinaer' | 'beredskap' | '';
  forsterket: boolean;
  hjemmel: FormidleBody['hjemmel'] | '';
  avtaleSlutt: string;
}

const IDS: [keyof Values, string][] = [
  ['barnId', 'formidle-barn'],
  ['innflytting', 'formidle-innflytting'],
  ['plasseringstype', 'formidle-type'],
  ['forsterket', 'formidle-forsterket'],
  ['hjemmel', 'formidle-hjemmel'],
  ['avtaleSlutt', 'formidle-avtale-slutt'],
];
const NAMES = [...IDS.map(([name]) => name), 'fase'];

const OMFANG: Record<string, Omfang> = { kontaktperson: 'mine', teamleder: 'team', leder: 'tjeneste' };

/**
 * Links an approved home to one of the user's children: the home becomes a foster home in the
 * service and the child moves in, in one step, through the ordinary placement rules.
 */
export function FormidleForm({
  hjem,
  onDone,
  onCancel,
}: {
  hjem: TilgjengeligHjem;
  onDone: (fosterhjemId: string) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const me = useMe();
  const labels = useLabels();
  const queryClient = useQueryClient();
  const query = { omfang: OMFANG[me.rolle] ?? ('mine' as Omfang) };
  const barn = useQuery({ queryKey: queryKeys.caseload(query), queryFn: () => listCaseload(query) });
  const typer = hjem.hjemtyper.filter(
    (h): h is 'ordinaer' | 'beredskap' => h === 'ordinaer' || h === 'beredskap',
  );
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: {
      barnId: hjem.barn?.id ?? '',
      innflytting: osloToday(),
      plasseringstype: typer.length === 1 ? (typer[0] as 'ordinaer' | 'beredskap') : '',
      forsterket: false,
      hjemmel: '',
      avtaleSlutt: '',
    },
    shouldFocusError: false,
  });
  const feedback = useFormFeedback(setError, NAMES);
  const [barnId, plasseringstype, hjemmel] = useWatch({
    control,
    name: ['barnId', 'plasseringstype', 'hjemmel'],
  });

  const onValid = async (v: Values) => {
    feedback.reset();
    try {
      const res = await linkRecruitedHome(hjem.id, {
        version: hjem.version,
        barnId: v.barnId,
        innflytting: v.innflytting,
        plasseringstype: v.plasseringstype as 'ordinaer' | 'beredskap',
        forsterket: v.forsterket,
        hjemmel: v.hjemmel as FormidleBody['hjemmel'],
        avtaleSlutt: v.avtaleSlutt || null,
      });
      await queryClient.invalidateQueries({ queryKey: rekrutteringKeys.all });
      await queryClient.invalidateQueries({ queryKey: queryKeys.caseloads });
      onDone(res.fosterhjemId);
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  const select = (
    name: 'barnId' | 'plasseringstype' | 'hjemmel',
    id: string,
    label: string,
    options: [string, string][],
    required: string,
  ) => (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} aria-invalid={errors[name] ? true : undefined} {...register(name, { required })}>
        <Select.Option value="">{t('felles.velg')}</Select.Option>
        {options.map(([value, text]) => (
          <Select.Option key={value} value={value}>
            {text}
          </Select.Option>
        ))}
      </Select>
      {fieldError(errors, name) && <ValidationMessage>{fieldError(errors, name)}</ValidationMessage>}
    </Field>
  );

  return (
    <form className="dialog-form" noValidate onSubmit={handleSubmit(onValid, feedback.onInvalid)}>
      <FormFeedback errors={errors} fieldIds={IDS} message={feedback.message} attempt={feedback.attempt} />
      {feedback.conflict && <ValidationMessage>{t('rekruttering.konflikt')}</ValidationMessage>}
      <Paragraph data-size="sm">{t('ledige.formidle.ingress')}</Paragraph>
      {select(
        'barnId',
        'formidle-barn',
        t('ledige.formidle.barn'),
        (barn.data?.items ?? [])
          .filter((b) => !hjem.barn || b.id === hjem.barn.id)
          .map((b) => [b.id, b.navn]),
        t('ledige.formidle.barn.mangler'),
      )}
      <Textfield
        id="formidle-innflytting"
        type="date"
        className="date-field"
        label={t('plassering.innflytting')}
        error={fieldError(errors, 'innflytting')}
        {...register('innflytting', { required: t('ledige.formidle.innflytting.mangler') })}
      />
      {select(
        'plasseringstype',
        'formidle-type',
        t('ledige.formidle.type'),
        typer.map((x) => [x, labels.plasseringstype(x)]),
        t('ledige.formidle.type.mangler'),
      )}
      {hjem.hjemtyper.includes('forsterket') && (
        <Checkbox
          id="formidle-forsterket"
          label={t('plassering.forsterketValg')}
          {...register('forsterket')}
        />
      )}
      {select(
        'hjemmel',
        'formidle-hjemmel',
        t('ledige.formidle.hjemmel'),
        HJEMLER.map((x) => [x, labels.hjemmel(x)]),
        t('ledige.formidle.hjemmel.mangler'),
      )}
      <Textfield
        id="formidle-avtale-slutt"
        type="date"
        className="date-field"
        label={t('plassering.avtaleSlutt')}
        error={fieldError(errors, 'avtaleSlutt')}
        {...register('avtaleSlutt')}
      />
      {barnId && <PlacementRequirement barnId={barnId} plasseringstype={plasseringstype} hjemmel={hjemmel} />}
      <div className="form-actions">
        <Button type="submit" loading={isSubmitting}>
          {t('ledige.formidle.lagre')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('felles.avbryt')}
        </Button>
      </div>
    </form>
  );
}

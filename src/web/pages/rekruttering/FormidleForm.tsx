import {
  Checkbox,
  Field,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { Omfang } from '@/web/api/barnTypes';
import { type FormidleBody, godkjenningKeys, type TilgjengeligHjem } from '@/web/api/godkjenningTypes';
import { linkRecruitedHome } from '@/web/api/linkRecruitedHome';
import { listAvailableHomes } from '@/web/api/listAvailableHomes';
import { listCaseload } from '@/web/api/listCaseload';
import { queryKeys } from '@/web/api/queryKeys';
import { rekrutteringKeys } from '@/web/api/rekrutteringTypes';
import { useMe } from '@/web/auth/useMe';
import { ContactPersonSelect, defaultContactPersonId } from '@/web/components/ContactPersonSelect';
import { DialogForm, useDialogForm } from '@/web/components/DialogForm';
import { fieldError } from '@/web/components/FormFeedback';
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
  kontaktpersonId: string;
}

const IDS: [string, string][] = [
  ['barnId', 'formidle-barn'],
  ['innflytting', 'formidle-innflytting'],
  ['plasseringstype', 'formidle-type'],
  ['forsterket', 'formidle-forsterket'],
  ['hjemmel', 'formidle-hjemmel'],
  ['avtaleSlutt', 'formidle-avtale-slutt'],
  ['kontaktpersonId', 'formidle-kontaktperson'],
];

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
  const [version, setVersion] = useState(hjem.version);
  const form = useForm<Values>({
    defaultValues: {
      barnId: hjem.barn?.id ?? '',
      innflytting: osloToday(),
      plasseringstype: typer.length === 1 ? (typer[0] as 'ordinaer' | 'beredskap') : '',
      forsterket: false,
      hjemmel: '',
      avtaleSlutt: '',
      // The new foster home's own contact person: the caseworker linking it, unless chosen otherwise.
      kontaktpersonId: defaultContactPersonId(me),
    },
    shouldFocusError: false,
  });
  const { register, control } = form;
  const { errors } = form.formState;
  const [barnId, plasseringstype, hjemmel] = useWatch({
    control,
    name: ['barnId', 'plasseringstype', 'hjemmel'],
  });
  // A message about the home as a whole (no longer available: `fase`) is shown above the fields.
  const dialog = useDialogForm(form, {
    fieldIds: IDS,
    submit: async (v) => {
      const res = await linkRecruitedHome(hjem.id, {
        version,
        barnId: v.barnId,
        innflytting: v.innflytting,
        plasseringstype: v.plasseringstype as 'ordinaer' | 'beredskap',
        forsterket: v.forsterket,
        hjemmel: v.hjemmel as FormidleBody['hjemmel'],
        avtaleSlutt: v.avtaleSlutt || null,
        kontaktpersonId: v.kontaktpersonId || null,
      });
      await queryClient.invalidateQueries({ queryKey: rekrutteringKeys.all });
      await queryClient.invalidateQueries({ queryKey: queryKeys.caseloads });
      onDone(res.fosterhjemId);
    },
    reload: async () => {
      const fresh = await queryClient.fetchQuery({
        queryKey: godkjenningKeys.tilgjengelige,
        queryFn: listAvailableHomes,
        staleTime: 0,
      });
      const latest = fresh.items.find((h) => h.id === hjem.id);
      if (latest) setVersion(latest.version);
    },
  });

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
    <DialogForm form={dialog} submitLabel={t('ledige.formidle.lagre')} onCancel={onCancel}>
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
          error={fieldError(errors, 'forsterket')}
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
      <ContactPersonSelect
        control={control}
        name="kontaktpersonId"
        id="formidle-kontaktperson"
        label={t('ledige.formidle.kontaktperson')}
        description={t('ledige.formidle.kontaktperson.hjelp')}
      />
      {barnId && <PlacementRequirement barnId={barnId} plasseringstype={plasseringstype} hjemmel={hjemmel} />}
    </DialogForm>
  );
}

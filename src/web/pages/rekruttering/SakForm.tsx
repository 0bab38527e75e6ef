import {
  Checkbox,
  Field,
  Fieldset,
  Label,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { createRecruitmentCase } from '@/web/api/createRecruitmentCase';
import { getRecruitmentCase } from '@/web/api/getRecruitmentCase';
import { listRecruiters } from '@/web/api/listRecruiters';
import {
  HJEMTYPER,
  type Hjemtype,
  type Kilde,
  type Pipeline,
  rekrutteringKeys,
  type SakBody,
  type SakDetail,
} from '@/web/api/rekrutteringTypes';
import { updateRecruitmentCase } from '@/web/api/updateRecruitmentCase';
import { type DialogFieldIds, DialogForm, useDialogForm } from '@/web/components/DialogForm';
import { fieldError } from '@/web/components/FormFeedback';
import { osloToday } from '@/web/i18n/dates';
import { useT } from '@/web/i18n/useT';
import { useRekrutteringLabels } from '@/web/pages/rekruttering/rekrutteringLabels';

interface VoksenValues {
  fornavn: string;
  etternavn: string;
  fodselsdato: string;
  telefon: string;
  epost: string;
}

interface Values {
  navn: string;
  forsteKontakt: string;
  kilde: Kilde | '';
  kildeDetalj: string;
  hjemtyper: Hjemtype[];
  egneBarn: string;
  voksne: [VoksenValues, VoksenValues];
  adresse: string;
  postnummer: string;
  poststed: string;
  ansvarligId: string;
}

const tomVoksen = (): VoksenValues => ({
  fornavn: '',
  etternavn: '',
  fodselsdato: '',
  telefon: '',
  epost: '',
});

const VOKSEN_FELT = ['fornavn', 'etternavn', 'fodselsdato', 'telefon', 'epost'] as const;

/** The fields in the order they appear; an adult's fields name the adult ("Voksen 2") in the summary. */
const fieldIds = (voksen: (nummer: number) => string): DialogFieldIds => [
  ['navn', 'rek-navn'],
  ['forsteKontakt', 'rek-forste-kontakt'],
  ['kilde', 'rek-kilde'],
  ['kildeDetalj', 'rek-kilde-detalj'],
  ['hjemtyper', 'rek-hjemtype-ordinaer'],
  ['egneBarn', 'rek-egne-barn'],
  ...[0, 1].flatMap((i) =>
    VOKSEN_FELT.map(
      (f) => [`voksne.${i}.${f}`, `rek-voksen-${i}-${f}`, voksen(i + 1)] as [string, string, string],
    ),
  ),
  ['adresse', 'rek-adresse'],
  ['postnummer', 'rek-postnummer'],
  ['poststed', 'rek-poststed'],
  ['ansvarligId', 'rek-ansvarlig'],
];

interface Props {
  pipeline: Pipeline;
  /** The case to edit; a new family when left out. */
  sak?: SakDetail;
  onDone: (id: string) => void;
  onCancel: () => void;
}

const tekstEllerNull = (v: string) => (v.trim() === '' ? null : v.trim());

/** Registers a family who has shown interest, or changes a family's details (with the version read). */
export function SakForm({ pipeline, sak, onDone, onCancel }: Props) {
  const t = useT();
  const l = useRekrutteringLabels(pipeline);
  const queryClient = useQueryClient();
  const [version, setVersion] = useState(sak?.version ?? 0);
  // Only the owning organisation names the responsible recruiter (one of its own).
  const velgAnsvarlig = !sak || sak.egen;
  const recruiters = useQuery({
    queryKey: rekrutteringKeys.recruiters,
    queryFn: listRecruiters,
    enabled: velgAnsvarlig,
  });
  const voksen = (i: number): VoksenValues => {
    const v = sak?.voksne[i];
    return v
      ? {
          fornavn: v.fornavn,
          etternavn: v.etternavn,
          fodselsdato: v.fodselsdato ?? '',
          telefon: v.telefon ?? '',
          epost: v.epost ?? '',
        }
      : tomVoksen();
  };
  const form = useForm<Values>({
    defaultValues: {
      navn: sak?.navn ?? '',
      forsteKontakt: sak?.forsteKontakt ?? osloToday(),
      kilde: sak?.kilde ?? '',
      kildeDetalj: sak?.kildeDetalj ?? '',
      hjemtyper: sak?.hjemtyper ?? ['ordinaer'],
      egneBarn: String(sak?.egneBarn ?? 0),
      voksne: [voksen(0), voksen(1)],
      adresse: sak?.adresse ?? '',
      postnummer: sak?.postnummer ?? '',
      poststed: sak?.poststed ?? '',
      ansvarligId: sak?.ansvarlig?.id ?? '',
    },
    shouldFocusError: false,
  });
  const { register, control } = form;
  const { errors } = form.formState;
  const ids = useMemo(() => fieldIds((nummer) => t('rekruttering.felt.voksen', { nummer })), [t]);
  const dialog = useDialogForm(form, {
    fieldIds: ids,
    submit: async (v) => {
      const voksne = v.voksne
        .filter((x, i) => i === 0 || x.fornavn.trim() || x.etternavn.trim())
        .filter((x) => x.fornavn.trim() || x.etternavn.trim())
        .map((x) => ({
          fornavn: x.fornavn.trim(),
          etternavn: x.etternavn.trim(),
          fodselsdato: x.fodselsdato || null,
          telefon: tekstEllerNull(x.telefon),
          epost: tekstEllerNull(x.epost),
        }));
      const body: SakBody = {
        navn: v.navn.trim(),
        voksne,
        egneBarn: Number(v.egneBarn),
        adresse: tekstEllerNull(v.adresse),
        postnummer: tekstEllerNull(v.postnummer),
        poststed: tekstEllerNull(v.poststed),
        kommunenummer: sak?.kommunenummer ?? null,
        kilde: v.kilde as Kilde,
        kildeDetalj: tekstEllerNull(v.kildeDetalj),
        hjemtyper: v.hjemtyper,
        forsteKontakt: v.forsteKontakt,
        ...(velgAnsvarlig && v.ansvarligId ? { ansvarligId: v.ansvarligId } : {}),
      };
      if (sak) {
        await updateRecruitmentCase(sak.id, { ...body, version });
        onDone(sak.id);
      } else {
        const created = await createRecruitmentCase(body);
        onDone(created.id);
      }
    },
    // Someone saved the case meanwhile: the next save builds on the latest version.
    reload: sak
      ? async () => {
          const latest = await queryClient.fetchQuery({
            queryKey: rekrutteringKeys.sak(sak.id),
            queryFn: () => getRecruitmentCase(sak.id),
            staleTime: 0,
          });
          setVersion(latest.version);
        }
      : undefined,
  });

  return (
    <DialogForm
      form={dialog}
      submitLabel={sak ? t('felles.lagre') : t('rekruttering.ny.registrer')}
      onCancel={onCancel}
    >
      <Textfield
        id="rek-navn"
        label={t('rekruttering.felt.navn')}
        description={t('rekruttering.felt.navn.hjelp')}
        error={fieldError(errors, 'navn')}
        {...register('navn', { required: t('rekruttering.felt.navn.mangler') })}
      />
      <Textfield
        id="rek-forste-kontakt"
        type="date"
        className="date-field"
        label={t('rekruttering.felt.forsteKontakt')}
        error={fieldError(errors, 'forsteKontakt')}
        {...register('forsteKontakt', { required: t('rekruttering.felt.dato.mangler') })}
      />
      <Field>
        <Label htmlFor="rek-kilde">{t('rekruttering.felt.kilde')}</Label>
        <Select
          id="rek-kilde"
          aria-invalid={fieldError(errors, 'kilde') ? true : undefined}
          {...register('kilde', { required: t('rekruttering.felt.kilde.mangler') })}
        >
          <Select.Option value="">{t('felles.velg')}</Select.Option>
          {pipeline.kilder.map((k) => (
            <Select.Option key={k.id} value={k.id}>
              {l.tekst(k.tittel)}
            </Select.Option>
          ))}
        </Select>
        {fieldError(errors, 'kilde') && <ValidationMessage>{fieldError(errors, 'kilde')}</ValidationMessage>}
      </Field>
      <Textfield
        id="rek-kilde-detalj"
        label={t('rekruttering.felt.kildeDetalj')}
        description={t('rekruttering.felt.kildeDetalj.hjelp')}
        error={fieldError(errors, 'kildeDetalj')}
        {...register('kildeDetalj')}
      />
      <Controller
        control={control}
        name="hjemtyper"
        rules={{ validate: (v) => v.length > 0 || t('rekruttering.felt.hjemtyper.mangler') }}
        render={({ field }) => (
          <Fieldset>
            <Fieldset.Legend>{t('rekruttering.felt.hjemtyper')}</Fieldset.Legend>
            {HJEMTYPER.map((h) => (
              <Checkbox
                key={h}
                id={`rek-hjemtype-${h}`}
                label={l.hjemtype(h)}
                checked={field.value.includes(h)}
                aria-invalid={fieldError(errors, 'hjemtyper') ? true : undefined}
                onBlur={field.onBlur}
                onChange={(e) =>
                  field.onChange(
                    e.target.checked ? [...field.value, h] : field.value.filter((x: Hjemtype) => x !== h),
                  )
                }
              />
            ))}
            {fieldError(errors, 'hjemtyper') && (
              <ValidationMessage>{fieldError(errors, 'hjemtyper')}</ValidationMessage>
            )}
          </Fieldset>
        )}
      />
      <Textfield
        id="rek-egne-barn"
        type="number"
        min={0}
        max={20}
        className="number-field"
        label={t('rekruttering.felt.egneBarn')}
        description={t('rekruttering.felt.egneBarn.hjelp')}
        error={fieldError(errors, 'egneBarn')}
        {...register('egneBarn', { required: t('rekruttering.felt.egneBarn.mangler') })}
      />
      {([0, 1] as const).map((i) => (
        <Fieldset key={i}>
          <Fieldset.Legend>{t('rekruttering.felt.voksen', { nummer: i + 1 })}</Fieldset.Legend>
          {i === 1 && <Fieldset.Description>{t('rekruttering.felt.voksen2.hjelp')}</Fieldset.Description>}
          <Textfield
            id={`rek-voksen-${i}-fornavn`}
            label={t('rekruttering.felt.fornavn')}
            autoComplete="off"
            error={fieldError(errors, `voksne.${i}.fornavn`)}
            {...register(
              `voksne.${i}.fornavn` as const,
              i === 0 ? { required: t('rekruttering.felt.fornavn.mangler') } : {},
            )}
          />
          <Textfield
            id={`rek-voksen-${i}-etternavn`}
            label={t('rekruttering.felt.etternavn')}
            autoComplete="off"
            error={fieldError(errors, `voksne.${i}.etternavn`)}
            {...register(
              `voksne.${i}.etternavn` as const,
              i === 0 ? { required: t('rekruttering.felt.etternavn.mangler') } : {},
            )}
          />
          <Textfield
            id={`rek-voksen-${i}-fodselsdato`}
            type="date"
            className="date-field"
            label={t('rekruttering.felt.fodselsdato')}
            error={fieldError(errors, `voksne.${i}.fodselsdato`)}
            {...register(`voksne.${i}.fodselsdato` as const)}
          />
          <Textfield
            id={`rek-voksen-${i}-telefon`}
            type="tel"
            autoComplete="off"
            label={t('rekruttering.felt.telefon')}
            error={fieldError(errors, `voksne.${i}.telefon`)}
            {...register(`voksne.${i}.telefon` as const)}
          />
          <Textfield
            id={`rek-voksen-${i}-epost`}
            type="email"
            autoComplete="off"
            label={t('rekruttering.felt.epost')}
            error={fieldError(errors, `voksne.${i}.epost`)}
            {...register(`voksne.${i}.epost` as const)}
          />
        </Fieldset>
      ))}
      <Textfield
        id="rek-adresse"
        label={t('rekruttering.felt.adresse')}
        autoComplete="off"
        error={fieldError(errors, 'adresse')}
        {...register('adresse')}
      />
      <Textfield
        id="rek-postnummer"
        className="number-field"
        inputMode="numeric"
        label={t('rekruttering.felt.postnummer')}
        error={fieldError(errors, 'postnummer')}
        {...register('postnummer', {
          pattern: { value: /^(\d{4})?$/, message: t('rekruttering.felt.postnummer.ugyldig') },
        })}
      />
      <Textfield
        id="rek-poststed"
        label={t('rekruttering.felt.poststed')}
        error={fieldError(errors, 'poststed')}
        {...register('poststed')}
      />
      {velgAnsvarlig && (
        <Field>
          <Label htmlFor="rek-ansvarlig">{t('rekruttering.felt.ansvarlig')}</Label>
          <Field.Description>{t('rekruttering.felt.ansvarlig.hjelp')}</Field.Description>
          <Select
            id="rek-ansvarlig"
            aria-invalid={fieldError(errors, 'ansvarligId') ? true : undefined}
            {...register('ansvarligId')}
          >
            <Select.Option value="">{t('rekruttering.felt.ansvarlig.meg')}</Select.Option>
            {(recruiters.data?.items ?? []).map((r) => (
              <Select.Option key={r.id} value={r.id}>
                {r.navn}
              </Select.Option>
            ))}
          </Select>
          {fieldError(errors, 'ansvarligId') && (
            <ValidationMessage>{fieldError(errors, 'ansvarligId')}</ValidationMessage>
          )}
        </Field>
      )}
    </DialogForm>
  );
}

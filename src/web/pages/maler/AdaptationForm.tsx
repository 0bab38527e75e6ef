import {
  Button,
  Checkbox,
  Details,
  Field,
  Fieldset,
  Label,
  Paragraph,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import { PlusIcon, TrashIcon } from '@navikt/aksel-icons';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { type Control, type UseFormRegister, useFieldArray, useForm } from 'react-hook-form';
import { adaptTemplate } from '@/web/api/adaptTemplate';
import type { MalView, Seksjon, TilpasningBody } from '@/web/api/dokumentTypes';
import { getTemplate } from '@/web/api/getTemplate';
import { queryKeys } from '@/web/api/queryKeys';
import { ConflictAlert } from '@/web/components/ConflictAlert';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { SavedVersion } from '@/web/components/SavedVersion';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { useT } from '@/web/i18n/useT';
import { useDokumentLabels } from '@/web/pages/dokumenter/dokumentLabels';

type EnkelType = 'tekst' | 'langtekst' | 'dato';
const ENKLE_TYPER: readonly EnkelType[] = ['tekst', 'langtekst', 'dato'];
const MAKS_SEKSJONER = 10;
const MAKS_FELTER = 20;
const TEKST_MAX = 4000;

interface Par {
  nb: string;
  nn: string;
}
interface EkstraFelt {
  fid: string;
  type: EnkelType;
  etikett: Par;
  pakrevd: boolean;
}
interface EkstraSeksjon {
  sid: string;
  tittel: Par;
  veiledning: Par;
  felter: EkstraFelt[];
}
interface Values {
  veiledning: Record<string, Par>;
  ekstra: EkstraSeksjon[];
}

/** A short id for something the service adds ([a-z0-9], unlike any id in the base). */
const nyId = () => `l${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const tomtPar = (): Par => ({ nb: '', nn: '' });
const nyttFelt = (): EkstraFelt => ({ fid: nyId(), type: 'langtekst', etikett: tomtPar(), pakrevd: false });
const nySeksjon = (): EkstraSeksjon => ({
  sid: nyId(),
  tittel: tomtPar(),
  veiledning: tomtPar(),
  felter: [nyttFelt()],
});

function startverdier(view: MalView): Values {
  const veiledning: Record<string, Par> = {};
  for (const s of view.base.seksjoner) {
    const own = view.tilpasning?.veiledning[s.id];
    veiledning[s.id] = own ? { nb: own.nb, nn: own.nn } : tomtPar();
  }
  const ekstra = (view.tilpasning?.ekstraSeksjoner ?? []).map(
    (s): EkstraSeksjon => ({
      sid: s.id.replace(/^lokal_/, ''),
      tittel: { ...s.tittel },
      veiledning: { ...s.veiledning },
      felter: s.felter.map((f) => ({
        fid: f.id,
        type: (ENKLE_TYPER as readonly string[]).includes(f.type) ? (f.type as EnkelType) : 'langtekst',
        etikett: { ...f.etikett },
        pakrevd: f.pakrevd,
      })),
    }),
  );
  return { veiledning, ekstra };
}

function tilBody(values: Values, version: number): TilpasningBody {
  const veiledning: TilpasningBody['veiledning'] = {};
  for (const [id, par] of Object.entries(values.veiledning)) {
    if (par.nb.trim() && par.nn.trim()) veiledning[id] = { nb: par.nb.trim(), nn: par.nn.trim() };
  }
  const ekstraSeksjoner: Seksjon[] = values.ekstra.map((s) => ({
    id: s.sid,
    tittel: { nb: s.tittel.nb.trim(), nn: s.tittel.nn.trim() },
    veiledning: { nb: s.veiledning.nb.trim(), nn: s.veiledning.nn.trim() },
    intern: false,
    felter: s.felter.map((f) => ({
      id: f.fid,
      type: f.type,
      etikett: { nb: f.etikett.nb.trim(), nn: f.etikett.nn.trim() },
      pakrevd: f.pakrevd,
    })),
  }));
  return { veiledning, ekstraSeksjoner, version };
}

interface Props {
  view: MalView;
  onDone: () => void;
  onCancel: () => void;
}

/**
 * The service's adaptation of a template (head of service): its own guidance per section, in
 * bokmål and nynorsk, and extra sections with simple fields at the end. The base is never changed.
 * Saved with the version it started from; if someone saved in between, nothing typed is lost.
 */
export function AdaptationForm({ view, onDone, onCancel }: Props) {
  const t = useT();
  const labels = useDokumentLabels();
  const queryClient = useQueryClient();
  const [version, setVersion] = useState(view.tilpasningVersion);
  const [latest, setLatest] = useState<MalView | null>(null);
  const [reloading, setReloading] = useState(false);
  const {
    control,
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: startverdier(view), shouldFocusError: false });
  const ekstra = useFieldArray({ control, name: 'ekstra' });
  const ekstraVerdier = watch('ekstra');
  const names = [
    ...view.base.seksjoner.flatMap((s) => [`veiledning.${s.id}.nb`, `veiledning.${s.id}.nn`]),
    'ekstra',
  ];
  const feedback = useFormFeedback(setError, names);

  const ids: [string, string, string][] = [
    ...view.base.seksjoner.flatMap((s): [string, string, string][] => {
      const tittel = labels.tekst(s.tittel);
      return [
        [`veiledning.${s.id}.nb`, `tilpass-${s.id}-nb`, tittel],
        [`veiledning.${s.id}.nn`, `tilpass-${s.id}-nn`, tittel],
      ];
    }),
    ...(ekstraVerdier ?? []).flatMap((s, i): [string, string, string][] => {
      const gruppe = t('maler.tilpass.ekstra.nummer', { nummer: i + 1 });
      return [
        [`ekstra.${i}.tittel.nb`, `ekstra-${i}-tittel-nb`, gruppe],
        [`ekstra.${i}.tittel.nn`, `ekstra-${i}-tittel-nn`, gruppe],
        [`ekstra.${i}.veiledning.nb`, `ekstra-${i}-veiledning-nb`, gruppe],
        [`ekstra.${i}.veiledning.nn`, `ekstra-${i}-veiledning-nn`, gruppe],
        ...s.felter.flatMap((_, j): [string, string, string][] => [
          [`ekstra.${i}.felter.${j}.etikett.nb`, `ekstra-${i}-felt-${j}-nb`, gruppe],
          [`ekstra.${i}.felter.${j}.etikett.nn`, `ekstra-${i}-felt-${j}-nn`, gruppe],
        ]),
      ];
    }),
  ];

  const onValid = async (values: Values) => {
    feedback.reset();
    try {
      await adaptTemplate(view.base.id, tilBody(values, version));
      await queryClient.invalidateQueries({ queryKey: queryKeys.templates });
      onDone();
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  const reload = async () => {
    setReloading(true);
    try {
      const fresh = await queryClient.fetchQuery({
        queryKey: queryKeys.template(view.base.id),
        queryFn: () => getTemplate(view.base.id),
        staleTime: 0,
      });
      setLatest(fresh);
      setVersion(fresh.tilpasningVersion);
    } finally {
      setReloading(false);
    }
  };

  const savedRows: [string, string][] = latest
    ? [
        ...latest.base.seksjoner.map((s): [string, string] => {
          const own = latest.tilpasning?.veiledning[s.id];
          return [labels.tekst(s.tittel), own ? labels.tekst(own) : t('maler.tilpass.brukerGrunnmal')];
        }),
        [
          t('maler.tilpass.ekstra'),
          (latest.tilpasning?.ekstraSeksjoner ?? []).map((s) => labels.tekst(s.tittel)).join(', '),
        ],
      ]
    : [];

  const par = (
    prefix: string,
    name: (sprak: 'nb' | 'nn') => string,
    label: (sprak: 'nb' | 'nn') => string,
    opts: { required?: string; both?: boolean; multiline?: boolean; description?: string },
  ) =>
    (['nb', 'nn'] as const).map((sprak) => {
      const other = sprak === 'nb' ? 'nn' : 'nb';
      const common = {
        id: `${prefix}-${sprak}`,
        label: label(sprak),
        description: opts.description,
        error: fieldError(errors, name(sprak)),
        ...register(name(sprak) as `veiledning.${string}.nb`, {
          maxLength: { value: TEKST_MAX, message: t('felles.forLang', { antall: TEKST_MAX }) },
          validate: (value: string, all: Values) => {
            if (opts.required && !value.trim()) return opts.required;
            const otherValue = String(
              name(other)
                .split('.')
                .reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], all) ?? '',
            );
            if (opts.both && !value.trim() && otherValue.trim()) {
              return sprak === 'nb' ? t('maler.tilpass.manglerNb') : t('maler.tilpass.manglerNn');
            }
            return true;
          },
        }),
      };
      return opts.multiline ? (
        <Textfield key={sprak} multiline rows={4} {...common} />
      ) : (
        <Textfield key={sprak} autoComplete="off" {...common} />
      );
    });

  return (
    <form
      className="panel-form adaptation-form"
      noValidate
      onSubmit={handleSubmit(onValid, feedback.onInvalid)}
    >
      {feedback.conflict && (
        <ConflictAlert
          attempt={feedback.attempt}
          reloading={reloading}
          reloaded={latest !== null}
          onReload={() => void reload()}
        />
      )}
      {latest && <SavedVersion rows={savedRows} />}
      <FormFeedback errors={errors} fieldIds={ids} message={feedback.message} attempt={feedback.attempt} />

      <Paragraph>{t('maler.tilpass.ingress')}</Paragraph>

      {view.base.seksjoner.map((s) => (
        <fieldset key={s.id} className="adaptation-form__section">
          <legend>{labels.tekst(s.tittel)}</legend>
          <Details>
            <Details.Summary>{t('maler.tilpass.grunnmalensVeiledning')}</Details.Summary>
            <Details.Content>
              <Paragraph data-size="sm">{labels.tekst(s.veiledning)}</Paragraph>
            </Details.Content>
          </Details>
          {par(
            `tilpass-${s.id}`,
            (sprak) => `veiledning.${s.id}.${sprak}`,
            (sprak) => t(sprak === 'nb' ? 'maler.tilpass.veiledningNb' : 'maler.tilpass.veiledningNn'),
            { both: true, multiline: true, description: t('maler.tilpass.tomForGrunnmal') },
          )}
        </fieldset>
      ))}

      <fieldset className="adaptation-form__section">
        <legend>{t('maler.tilpass.ekstra')}</legend>
        <Paragraph data-size="sm">{t('maler.tilpass.ekstra.beskrivelse')}</Paragraph>
        {ekstra.fields.map((field, i) => (
          <Fieldset key={field.id} className="adaptation-form__extra">
            <Fieldset.Legend>{t('maler.tilpass.ekstra.nummer', { nummer: i + 1 })}</Fieldset.Legend>
            {par(
              `ekstra-${i}-tittel`,
              (sprak) => `ekstra.${i}.tittel.${sprak}`,
              (sprak) => t(sprak === 'nb' ? 'maler.tilpass.tittelNb' : 'maler.tilpass.tittelNn'),
              { required: t('maler.tilpass.tittel.mangler') },
            )}
            {par(
              `ekstra-${i}-veiledning`,
              (sprak) => `ekstra.${i}.veiledning.${sprak}`,
              (sprak) => t(sprak === 'nb' ? 'maler.tilpass.veiledningNb' : 'maler.tilpass.veiledningNn'),
              { required: t('maler.tilpass.veiledning.mangler'), multiline: true },
            )}
            <ExtraFields index={i} control={control} register={register} par={par} />
            <div>
              <Button
                type="button"
                variant="tertiary"
                data-color="danger"
                data-size="sm"
                onClick={() => ekstra.remove(i)}
              >
                <TrashIcon aria-hidden />
                {t('maler.tilpass.ekstra.fjern', { nummer: i + 1 })}
              </Button>
            </div>
          </Fieldset>
        ))}
        {ekstra.fields.length < MAKS_SEKSJONER && (
          <div>
            <Button
              type="button"
              variant="secondary"
              data-size="sm"
              onClick={() => ekstra.append(nySeksjon())}
            >
              <PlusIcon aria-hidden />
              {t('maler.tilpass.ekstra.leggTil')}
            </Button>
          </div>
        )}
      </fieldset>

      <div className="form-actions">
        <Button type="submit" loading={isSubmitting}>
          {t('maler.tilpass.lagre')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('felles.avbryt')}
        </Button>
      </div>
    </form>
  );
}

type ParFn = (
  prefix: string,
  name: (sprak: 'nb' | 'nn') => string,
  label: (sprak: 'nb' | 'nn') => string,
  opts: { required?: string; both?: boolean; multiline?: boolean; description?: string },
) => ReactNode;

interface ExtraFieldsProps {
  index: number;
  control: Control<Values>;
  register: UseFormRegister<Values>;
  par: ParFn;
}

/** The fields of one extra section: label in both languages, type, and whether it is required. */
function ExtraFields({ index, control, register, par }: ExtraFieldsProps) {
  const t = useT();
  const labels = useDokumentLabels();
  const felter = useFieldArray({ control, name: `ekstra.${index}.felter` });
  return (
    <div className="adaptation-form__fields">
      {felter.fields.map((field, j) => (
        <Fieldset key={field.id} className="adaptation-form__field">
          <Fieldset.Legend>{t('maler.tilpass.felt.nummer', { nummer: j + 1 })}</Fieldset.Legend>
          {par(
            `ekstra-${index}-felt-${j}`,
            (sprak) => `ekstra.${index}.felter.${j}.etikett.${sprak}`,
            (sprak) => t(sprak === 'nb' ? 'maler.tilpass.etikettNb' : 'maler.tilpass.etikettNn'),
            { required: t('maler.tilpass.etikett.mangler') },
          )}
          <Field>
            <Label htmlFor={`ekstra-${index}-felt-${j}-type`}>{t('maler.tilpass.felttype')}</Label>
            <Select id={`ekstra-${index}-felt-${j}-type`} {...register(`ekstra.${index}.felter.${j}.type`)}>
              {ENKLE_TYPER.map((type) => (
                <Select.Option key={type} value={type}>
                  {labels.felttype(type)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Checkbox
            id={`ekstra-${index}-felt-${j}-pakrevd`}
            label={t('maler.tilpass.pakrevd')}
            {...register(`ekstra.${index}.felter.${j}.pakrevd`)}
          />
          {felter.fields.length > 1 && (
            <div>
              <Button
                type="button"
                variant="tertiary"
                data-color="danger"
                data-size="sm"
                onClick={() => felter.remove(j)}
              >
                <TrashIcon aria-hidden />
                {t('maler.tilpass.felt.fjern', { nummer: j + 1 })}
              </Button>
            </div>
          )}
        </Fieldset>
      ))}
      {felter.fields.length < MAKS_FELTER && (
        <div>
          <Button type="button" variant="secondary" data-size="sm" onClick={() => felter.append(nyttFelt())}>
            <PlusIcon aria-hidden />
            {t('maler.tilpass.felt.leggTil')}
          </Button>
        </div>
      )}
    </div>
  );
}

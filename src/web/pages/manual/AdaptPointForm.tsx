import { Button, Details, Paragraph } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { adaptManualPoint } from '@/web/api/adaptManualPoint';
import type { ForlopId, ManualPunkt, ManualView, PunktTekst, Tekst } from '@/web/api/manualTypes';
import { queryKeys } from '@/web/api/queryKeys';
import { resetManualPoint } from '@/web/api/resetManualPoint';
import { ConflictAlert } from '@/web/components/ConflictAlert';
import { FormFeedback } from '@/web/components/FormFeedback';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { SavedVersion } from '@/web/components/SavedVersion';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { useT } from '@/web/i18n/useT';
import { useManualLabels } from '@/web/pages/manual/manualLabels';
import {
  TEXT_FIELDS,
  TextPairFields,
  type TextValues,
  textFieldIds,
  trimmed,
} from '@/web/pages/manual/TextPairFields';
import { manualPointQuery, useRefreshManual } from '@/web/pages/manual/useManualQueries';

const IDS = textFieldIds('tilpass');
const NAMES = IDS.map(([name]) => name);

const same = (a: Tekst, b: Tekst) => a.nb === b.nb && a.nn === b.nn;

interface Props {
  forlop: ForlopId;
  punkt: ManualPunkt;
  /** 'tilpasset': saved as the service's wording; 'felles': it matched the shared text, which now applies. */
  onDone: (result: 'tilpasset' | 'felles') => void;
  onCancel: () => void;
}

/**
 * "Endre teksten": the head of service writes a shared point in the service's own words, in
 * bokmål and nynorsk, starting from the text that applies now. Only the texts that differ from
 * the shared ones are saved as the service's, so later changes to the others still come
 * through. Saved with the adaptation's version: if someone saved in between, the form keeps
 * what was typed and shows what is saved now.
 */
export function AdaptPointForm({ forlop, punkt, onDone, onCancel }: Props) {
  const t = useT();
  const labels = useManualLabels();
  const queryClient = useQueryClient();
  const refresh = useRefreshManual(forlop);
  const detail = useQuery(manualPointQuery(forlop, punkt.id));
  const [version, setVersion] = useState<number | null>(null);
  const [saved, setSaved] = useState<ManualPunkt | null>(null);
  const [reloading, setReloading] = useState(false);
  const [unchanged, setUnchanged] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<TextValues>({
    defaultValues: { tittel: punkt.tittel, hva: punkt.hva, hvorfor: punkt.hvorfor },
    shouldFocusError: false,
  });
  const feedback = useFormFeedback(setError, NAMES);

  if (detail.isPending) return <PageSpinner />;
  if (detail.isError)
    return <QueryErrorAlert error={detail.error} onRetry={() => detail.refetch()} level={3} />;
  const base = detail.data.base;
  const currentVersion = version ?? detail.data.version;

  const onValid = async (values: TextValues) => {
    feedback.reset();
    setUnchanged(false);
    const texts = trimmed(values);
    const body: PunktTekst = {};
    for (const field of TEXT_FIELDS) {
      if (!base || !same(texts[field], base[field])) body[field] = texts[field];
    }
    try {
      if (Object.keys(body).length === 0) {
        // The same as the shared text: nothing of the service's own to keep.
        if (!punkt.tilpasset) {
          setUnchanged(true);
          feedback.onInvalid();
          return;
        }
        await resetManualPoint(forlop, punkt.id);
        await refresh();
        onDone('felles');
        return;
      }
      await adaptManualPoint(forlop, punkt.id, { ...body, version: currentVersion });
      await refresh();
      onDone('tilpasset');
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  const reload = async () => {
    setReloading(true);
    const fresh = await queryClient.fetchQuery({ ...manualPointQuery(forlop, punkt.id), staleTime: 0 });
    await queryClient.invalidateQueries({ queryKey: queryKeys.manual(forlop), exact: true });
    const manual = queryClient.getQueryData<ManualView>(queryKeys.manual(forlop));
    setSaved(manual?.faser.flatMap((fase) => fase.punkter).find((p) => p.id === punkt.id) ?? null);
    setVersion(fresh.version);
    setReloading(false);
  };

  return (
    <form className="dialog-form" noValidate onSubmit={handleSubmit(onValid, feedback.onInvalid)}>
      {feedback.conflict && (
        <ConflictAlert
          attempt={feedback.attempt}
          reloading={reloading}
          reloaded={version !== null}
          onReload={reload}
        />
      )}
      {feedback.conflict && saved && (
        <SavedVersion
          rows={TEXT_FIELDS.flatMap((field) => [
            [t('manual.felt.bokmal', { tekst: t(`manual.felt.${field}`) }), saved[field].nb] as [
              string,
              string,
            ],
            [t('manual.felt.nynorsk', { tekst: t(`manual.felt.${field}`) }), saved[field].nn] as [
              string,
              string,
            ],
          ])}
        />
      )}
      <FormFeedback
        errors={errors}
        fieldIds={IDS}
        message={unchanged ? t('manual.endre.uendret') : feedback.message}
        attempt={feedback.attempt}
      />
      <Paragraph data-size="sm">{t('manual.endre.ingress')}</Paragraph>
      {base && (
        <Details>
          <Details.Summary>{t('manual.endre.felles', { versjon: base.versjon })}</Details.Summary>
          <Details.Content>
            <dl className="text-compare">
              {TEXT_FIELDS.map((field) => (
                <div key={field}>
                  <dt>{t(`manual.felt.${field}`)}</dt>
                  <dd className="prewrap">{labels.tekst(base[field])}</dd>
                </div>
              ))}
            </dl>
          </Details.Content>
        </Details>
      )}
      <TextPairFields prefix="tilpass" register={register} errors={errors} />
      <div className="form-actions">
        <Button type="submit" loading={isSubmitting}>
          {t('manual.endre.lagre')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('felles.avbryt')}
        </Button>
      </div>
    </form>
  );
}

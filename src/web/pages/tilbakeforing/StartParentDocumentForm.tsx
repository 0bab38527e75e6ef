import {
  Button,
  Field,
  Label,
  Link,
  Paragraph,
  Select,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { Link as RouterLink, useNavigate } from 'react-router';
import type { BarnView } from '@/web/api/barnTypes';
import { createDocument } from '@/web/api/createDocument';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { useLabels } from '@/web/i18n/labels';
import { useT } from '@/web/i18n/useT';
import { useRefreshDocuments } from '@/web/pages/dokumenter/useDocument';

const FORELDRE = ['mor', 'far', 'forelder'];
const IDS: [string, string][] = [['familiemedlemId', 'prosess-forelder']];
const NAMES = ['familiemedlemId'];

/** Starts the parents' follow-up plan or mapping for one parent; the draft opens in the editor. */
export function StartParentDocumentForm({
  barn,
  malId,
  onCancel,
}: {
  barn: BarnView;
  malId: string;
  onCancel: () => void;
}) {
  const t = useT();
  const labels = useLabels();
  const navigate = useNavigate();
  const refresh = useRefreshDocuments();
  const foreldre = barn.familie.filter((m) => FORELDRE.includes(m.relasjon));
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<{ familiemedlemId: string }>({
    defaultValues: { familiemedlemId: foreldre.length === 1 ? (foreldre[0]?.id ?? '') : '' },
    shouldFocusError: false,
  });
  const feedback = useFormFeedback(setError, NAMES);

  const onValid = async ({ familiemedlemId }: { familiemedlemId: string }) => {
    feedback.reset();
    try {
      const created = await createDocument({ malId, barnId: barn.id, familiemedlemId });
      await refresh();
      navigate(`/dokumenter/${created.id}`);
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  if (foreldre.length === 0) {
    return (
      <div className="stacked">
        <Paragraph>{t('dokument.ny.ingenForeldre')}</Paragraph>
        <Link asChild>
          <RouterLink to={`/barn/${barn.id}/familie`}>{t('dokument.ny.tilFamilie')}</RouterLink>
        </Link>
      </div>
    );
  }
  const error = fieldError(errors, 'familiemedlemId');
  return (
    <form className="dialog-form" noValidate onSubmit={handleSubmit(onValid, feedback.onInvalid)}>
      <FormFeedback errors={errors} fieldIds={IDS} message={feedback.message} attempt={feedback.attempt} />
      <Field>
        <Label htmlFor="prosess-forelder">{t('dokument.ny.forelder')}</Label>
        <Select
          id="prosess-forelder"
          aria-invalid={error ? true : undefined}
          {...register('familiemedlemId', { validate: (v) => v !== '' || t('dokument.ny.forelder.mangler') })}
        >
          <Select.Option value="">{t('felles.velg')}</Select.Option>
          {foreldre.map((m) => (
            <Select.Option key={m.id} value={m.id}>
              {t('dokument.personer.medRolle', {
                navn: `${m.fornavn} ${m.etternavn}`,
                rolle: labels.relasjon(m.relasjon),
              })}
            </Select.Option>
          ))}
        </Select>
        {error && <ValidationMessage>{error}</ValidationMessage>}
      </Field>
      <div className="form-actions">
        <Button type="submit" loading={isSubmitting}>
          {t('dokument.ny.opprett')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('felles.avbryt')}
        </Button>
      </div>
    </form>
  );
}

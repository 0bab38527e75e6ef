import { Alert, Button, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { Link as RouterLink } from 'react-router';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { useT } from '@/web/i18n/useT';

export const FORMAL_MIN = 10;
export const FORMAL_MAX = 500;

interface Props {
  title: string;
  explanation: string;
  /** Where "go back" leads. */
  backTo: string;
  backLabel: string;
  /** POST …/access; resolves when access is granted. */
  onGrant: (formal: string) => Promise<unknown>;
}

interface Values {
  formal: string;
}

/**
 * A record outside the user's caseload (403 `purpose_required`): explain why, and ask for the
 * purpose. The purpose is written to the audit log; the access that follows is read-only.
 */
export function PurposeAccessForm({ title, explanation, backTo, backLabel, onGrant }: Props) {
  const t = useT();
  const id = useId();
  const fieldId = `${id}-formal`;
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: { formal: '' }, shouldFocusError: false });
  const feedback = useFormFeedback(setError, ['formal']);

  const onValid = async (values: Values) => {
    feedback.reset();
    try {
      await onGrant(values.formal.trim());
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  return (
    <div className="page page--narrow">
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Alert data-color="info">
        <Paragraph>{explanation}</Paragraph>
      </Alert>
      <form className="panel-form" noValidate onSubmit={handleSubmit(onValid, feedback.onInvalid)}>
        <FormFeedback
          errors={errors}
          fieldIds={[['formal', fieldId]]}
          message={feedback.message}
          attempt={feedback.attempt}
        />
        <Textfield
          id={fieldId}
          multiline
          rows={3}
          label={t('formal.felt')}
          description={t('formal.beskrivelse', { antall: FORMAL_MIN })}
          error={fieldError(errors, 'formal')}
          {...register('formal', {
            validate: (value) =>
              value.trim().length >= FORMAL_MIN || t('formal.forKort', { antall: FORMAL_MIN }),
            maxLength: { value: FORMAL_MAX, message: t('formal.forLang', { antall: FORMAL_MAX }) },
          })}
        />
        <div className="form-actions">
          <Button type="submit" loading={isSubmitting}>
            {t('formal.apne')}
          </Button>
          <Link asChild>
            <RouterLink to={backTo}>{backLabel}</RouterLink>
          </Link>
        </div>
      </form>
    </div>
  );
}

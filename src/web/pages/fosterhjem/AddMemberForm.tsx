import { Button } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { addFosterHomeMember } from '@/web/api/addFosterHomeMember';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { useT } from '@/web/i18n/useT';
import { MemberFields } from '@/web/pages/fosterhjem/MemberFields';
import {
  MEDLEM_FELT,
  type MedlemValues,
  toMedlemInput,
  tomtMedlem,
} from '@/web/pages/fosterhjem/memberValues';
import { useRefreshFosterHome } from '@/web/pages/fosterhjem/useFosterHome';

const IDS: [string, string][] = MEDLEM_FELT.map((felt) => [felt, `nytt-medlem-${felt}`]);

interface Props {
  fosterhjemId: string;
  onDone: (navn: string) => void;
  onCancel: () => void;
}

/** Add a foster parent, one of the family's own children, or another household member. */
export function AddMemberForm({ fosterhjemId, onDone, onCancel }: Props) {
  const t = useT();
  const refresh = useRefreshFosterHome(fosterhjemId);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<MedlemValues>({ defaultValues: tomtMedlem(), shouldFocusError: false });
  const feedback = useFormFeedback(setError, MEDLEM_FELT);

  const onValid = async (values: MedlemValues) => {
    feedback.reset();
    try {
      const input = toMedlemInput(values);
      await addFosterHomeMember(fosterhjemId, input);
      await refresh();
      onDone(`${input.fornavn} ${input.etternavn}`);
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  return (
    <form className="dialog-form" noValidate onSubmit={handleSubmit(onValid, feedback.onInvalid)}>
      <FormFeedback errors={errors} fieldIds={IDS} message={feedback.message} attempt={feedback.attempt} />
      <MemberFields
        idPrefix="nytt-medlem"
        field={(name, validate) => register(name, validate ? { validate: (v) => validate(String(v)) } : {})}
        error={(name) => fieldError(errors, name)}
      />
      <div className="form-actions">
        <Button type="submit" loading={isSubmitting}>
          {t('husstand.lagre')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('felles.avbryt')}
        </Button>
      </div>
    </form>
  );
}

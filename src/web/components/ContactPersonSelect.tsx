import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { type Control, type FieldPathByValue, type FieldValues, useController } from 'react-hook-form';
import type { Me } from '@/web/api/types';
import { useMe } from '@/web/auth/useMe';
import { fieldError } from '@/web/components/FormFeedback';
import { useColleagues } from '@/web/components/useColleagues';
import { useT } from '@/web/i18n/useT';

/**
 * The form's starting value: a contact person is the contact person for what they register; anyone
 * else starts with "not assigned yet" (the empty option only they see).
 */
export function defaultContactPersonId(me: Pick<Me, 'id' | 'rolle'>): string {
  return me.rolle === 'kontaktperson' ? me.id : '';
}

/**
 * Chooses the contact person (`kontaktpersonId`, a user id or '' for none) among the colleagues who
 * may be one. The empty option is there only when the signed-in user is not a contact person
 * themself; the field's message (form rule or server) is shown below the select.
 */
export function ContactPersonSelect<T extends FieldValues>({
  control,
  name,
  id,
  label,
  description,
}: {
  control: Control<T>;
  name: FieldPathByValue<T, string>;
  id: string;
  label: string;
  description?: string;
}) {
  const t = useT();
  const me = useMe();
  const { kontaktpersoner, label: colleagueLabel } = useColleagues();
  const { field, fieldState, formState } = useController({ control, name });
  const error = fieldError(formState.errors, name);
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      {description && <Field.Description>{description}</Field.Description>}
      <Select id={id} aria-invalid={fieldState.error ? true : undefined} {...field}>
        {me.rolle !== 'kontaktperson' && (
          <Select.Option value="">{t('barn.skjema.kontaktperson.ingen')}</Select.Option>
        )}
        {kontaktpersoner.map((user) => (
          <Select.Option key={user.id} value={user.id}>
            {colleagueLabel(user)}
          </Select.Option>
        ))}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}

import { Button, ButtonGroup } from '@utrecht/component-library-react';

/** A form's submit button (busy while it saves) and its cancel button, as every edit form has them. */
export function FormButtons({ label, busyLabel, busy, onCancel }: {
  label: string;
  busyLabel: string;
  busy: boolean;
  onCancel: () => void;
}) {
  return (
    <ButtonGroup>
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
        {busy ? busyLabel : label}
      </Button>
      <Button type="button" appearance="subtle-button" onClick={onCancel}>
        Annuleren
      </Button>
    </ButtonGroup>
  );
}

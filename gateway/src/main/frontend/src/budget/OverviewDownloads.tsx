import { useEffect, useRef, useState } from 'react';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { downloadOverview, type OverviewFormat } from '../api/budget';
import { ApiError } from '../api/http';
import { problemMessage } from '../common/messages';
import { saveFile } from '../common/saveFile';
import type { YearRange } from './yearRange';

const FORMAT_LABELS: Record<OverviewFormat, string> = { csv: 'CSV', xlsx: 'Excel (XLSX)' };

export function OverviewDownloads({ range }: { range: YearRange }) {
  const [busy, setBusy] = useState<OverviewFormat>();
  const [message, setMessage] = useState<{ text: string; failed: boolean }>();
  const controller = useRef<AbortController>(undefined);
  useEffect(() => () => controller.current?.abort(), []);

  async function start(format: OverviewFormat) {
    controller.current = new AbortController();
    setBusy(format);
    setMessage({ text: `Bezig met het maken van het ${FORMAT_LABELS[format]}-bestand…`, failed: false });
    try {
      const file = await downloadOverview(range.from, range.to, format, controller.current.signal);
      saveFile(file, `begroting-${range.from}-${range.to}.${format}`);
      setMessage({ text: `Het overzicht ${range.from}-${range.to} is gedownload als ${FORMAT_LABELS[format]}.`, failed: false });
    } catch (error) {
      if (controller.current.signal.aborted) return;
      const failure = error instanceof ApiError ? error : new ApiError(0);
      setMessage({ text: problemMessage(failure, 'Het overzicht'), failed: true });
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <div className="groenagenda-budget-downloads">
      <ButtonGroup>
        {(Object.keys(FORMAT_LABELS) as OverviewFormat[]).map((format) => (
          <Button
            key={format}
            appearance="secondary-action-button"
            busy={busy === format}
            disabled={busy !== undefined}
            onClick={() => start(format)}
          >
            {busy === format ? 'Bezig…' : `Download als ${FORMAT_LABELS[format]}`}
          </Button>
        ))}
      </ButtonGroup>
      <div role="status" aria-live="polite">
        {message && (
          <Paragraph className={message.failed ? 'groenagenda-budget-error' : undefined}>
            {busy && <progress className="groenagenda-budget-progress" aria-label="Voortgang van de download" />} {message.text}
          </Paragraph>
        )}
      </div>
    </div>
  );
}

import { useEffect, useRef, useState } from 'react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { downloadPlanCsv } from '../api/assets';
import { ApiError } from '../api/http';
import { ErrorAlert } from '../common/Feedback';
import { saveFile } from '../common/saveFile';

type DownloadState = { state: 'idle' } | { state: 'busy' } | { state: 'done'; fileName: string } | { state: 'failed'; error: ApiError };

/** The saved plan as a CSV file for a spreadsheet (Dutch convention: ';' and a decimal comma). */
export function PlanDownload({ name }: { name: string }) {
  const [download, setDownload] = useState<DownloadState>({ state: 'idle' });
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  async function start() {
    const controller = new AbortController();
    running.current = controller;
    setDownload({ state: 'busy' });
    try {
      const file = await downloadPlanCsv(name, controller.signal);
      const fileName = saveFile(file, `${name}.csv`);
      setDownload({ state: 'done', fileName });
    } catch (error) {
      if (controller.signal.aborted) return;
      setDownload({ state: 'failed', error: error instanceof ApiError ? error : new ApiError(0) });
    }
  }

  const busy = download.state === 'busy';
  return (
    <div className="groenagenda-download">
      <Button appearance="secondary-action-button" onClick={start} busy={busy} disabled={busy}>
        {busy ? 'Bezig met downloaden…' : 'Download als CSV'}
      </Button>
      <div role="status" className="groenagenda-download__status">
        {busy && <Paragraph>Het CSV-bestand wordt opgehaald…</Paragraph>}
        {download.state === 'done' && <Paragraph>{download.fileName} is gedownload.</Paragraph>}
      </div>
      {download.state === 'failed' && <ErrorAlert error={download.error} what="Het CSV-bestand" />}
    </div>
  );
}


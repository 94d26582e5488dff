import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { ApiError } from '../api/http';
import { downloadCouncilReport, REPORT_FORMATS, type ReportFilters, type ReportFormat, type ReportFormatInfo } from '../api/reports';
import { problemMessage } from '../common/messages';
import { saveFile } from '../common/saveFile';

type DownloadState =
  | { state: 'busy' }
  | { state: 'saved'; fileName: string }
  | { state: 'failed'; error: ApiError };

function failureMessage(error: ApiError, format: ReportFormatInfo): string {
  if (error.status === 403) {
    return `U heeft geen toegang tot de export als ${format.label}. Vraag de functioneel beheerder om de juiste rol.`;
  }
  return problemMessage(error, `Het ${format.label}-bestand`);
}

/** One button per format; each shows that its file is being made, and the result is announced. */
export function ReportDownloads({ filters }: { filters: ReportFilters }) {
  const [states, setStates] = useState<Partial<Record<ReportFormat, DownloadState>>>({});
  const [announcement, setAnnouncement] = useState('');
  const running = useRef(new Map<ReportFormat, AbortController>());

  useEffect(() => {
    const controllers = running.current;
    return () => controllers.forEach((controller) => controller.abort());
  }, []);

  async function start(format: ReportFormatInfo) {
    const controller = new AbortController();
    running.current.set(format.format, controller);
    setStates((current) => ({ ...current, [format.format]: { state: 'busy' } }));
    setAnnouncement(`Het ${format.label}-bestand wordt aangemaakt. Dit kan even duren.`);
    try {
      const file = await downloadCouncilReport(filters, format, controller.signal);
      const name = saveFile(file, `uitvoeringsagenda.${format.format}`);
      setStates((current) => ({ ...current, [format.format]: { state: 'saved', fileName: name } }));
      setAnnouncement(`Het ${format.label}-bestand ${name} is klaar en wordt opgeslagen.`);
    } catch (error) {
      if (controller.signal.aborted) return;
      const failure = error instanceof ApiError ? error : new ApiError(0);
      setStates((current) => ({ ...current, [format.format]: { state: 'failed', error: failure } }));
      setAnnouncement(`Het ${format.label}-bestand kon niet worden aangemaakt.`);
    } finally {
      running.current.delete(format.format);
    }
  }

  return (
    <>
      <Paragraph>
        De bestanden bevatten de selectie van het overzicht hierboven, per agendapunt met de bedragen per jaar.
      </Paragraph>
      <ul className="groenagenda-report-downloads">
        {REPORT_FORMATS.map((format) => {
          const state = states[format.format];
          const busy = state?.state === 'busy';
          const descriptionId = `report-format-${format.format}`;
          return (
            <li key={format.format} className="groenagenda-report-downloads__format">
              <Button
                type="button"
                appearance={format.format === 'ods' ? 'primary-action-button' : 'secondary-action-button'}
                aria-describedby={descriptionId}
                aria-disabled={busy || undefined}
                busy={busy}
                onClick={() => { if (!busy) void start(format); }}
              >
                {busy ? `${format.label} wordt aangemaakt…` : `Download als ${format.label}`}
              </Button>
              <Paragraph id={descriptionId} className="groenagenda-report-downloads__description">
                {format.description}
              </Paragraph>
              {state?.state === 'saved' && (
                <Paragraph className="groenagenda-report-downloads__saved">Opgeslagen als {state.fileName}.</Paragraph>
              )}
              {state?.state === 'failed' && state.error.status !== 401 && (
                <Alert type={state.error.status === 403 ? 'warning' : 'error'}>
                  <Paragraph>{failureMessage(state.error, format)}</Paragraph>
                </Alert>
              )}
            </li>
          );
        })}
      </ul>
      <p className="groenagenda-visually-hidden" role="status" aria-live="polite">{announcement}</p>
    </>
  );
}

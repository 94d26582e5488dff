import { Alert, Paragraph } from '@utrecht/component-library-react';

/**
 * The register behind these figures was generated, not surveyed (issue 3): said in words wherever its
 * figures are shown, so that nobody quotes them as Assen's real stock.
 */
export function SyntheticNotice({ subject }: { subject: string }) {
  return (
    <Alert type="warning" className="groenagenda-synthetic">
      <Paragraph>
        <strong className="groenagenda-synthetic__label">Synthetisch</strong> {subject} is gebaseerd op een gegenereerd
        (synthetisch) register, niet op een inventarisatie van het groen in Assen. Gebruik de cijfers als voorbeeld,
        niet als feit.
      </Paragraph>
    </Alert>
  );
}

/** The short form of the label, for a table cell or a heading next to a figure. */
export function SyntheticBadge() {
  return <span className="groenagenda-synthetic-badge">synthetisch</span>;
}

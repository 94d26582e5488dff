import { render, screen, within } from '@testing-library/react';
import { Chart, yScale } from './Chart';

const money = (value: number) => `€ ${value}`;

describe('Chart', () => {
  it('names the figure, describes it and carries every value in a table', () => {
    render(
      <Chart
        title="Kapitaallasten per jaar"
        description="Afschrijving en rente van 2026 tot 2028."
        categories={['2026', '2027', '2028']}
        series={[
          { name: 'Afschrijving', kind: 'bar', values: [11524, 11755, 11990] },
          { name: 'Rente', kind: 'bar', values: [5600, 5369, 5134] },
          { name: 'Boekwaarde', kind: 'line', values: [268476, 256721, null] },
        ]}
        formatValue={money}
        stacked
      />,
    );
    expect(screen.getByRole('img', { name: /Kapitaallasten per jaar Afschrijving en rente/ })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Kapitaallasten per jaar' });
    const row2027 = within(table).getByRole('row', { name: /2027/ });
    expect(row2027).toHaveTextContent('€ 11755');
    expect(row2027).toHaveTextContent('€ 5369');
    expect(within(table).getByRole('row', { name: /2028/ })).toHaveTextContent('-');
    expect(screen.getByRole('list', { name: 'Legenda van Kapitaallasten per jaar' })).toHaveTextContent('Boekwaarde');
  });
});

describe('yScale', () => {
  it('stacks bars and rounds the top up to a nice step', () => {
    const scale = yScale([
      { name: 'a', kind: 'bar', values: [60, 70] },
      { name: 'b', kind: 'bar', values: [30, 40] },
    ], 2, true);
    expect(scale.min).toBe(0);
    expect(scale.max).toBe(125);
    expect(scale.ticks).toEqual([0, 25, 50, 75, 100, 125]);
  });

  it('goes below zero for negative values and never divides by zero', () => {
    expect(yScale([{ name: 'a', kind: 'line', values: [-5, 10] }], 2, false).min).toBeLessThan(0);
    expect(yScale([{ name: 'a', kind: 'line', values: [0, 0] }], 2, false).max).toBeGreaterThan(0);
  });
});

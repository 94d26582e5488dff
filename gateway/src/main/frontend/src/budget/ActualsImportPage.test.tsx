import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FINANCE, mockFetch, on, renderApp } from '../test/render';

const CSV = 'budgetLineCode;year;month;amount\nGROEN-STEENBREEK;2026;3;1.234,56\n';
const file = (text = CSV, name = 'boekingen.csv') => new File([text], name, { type: 'text/csv' });

describe('importing actuals', () => {
  it('sends the file as CSV and shows what was stored', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-9; path=/';
    const fetchMock = mockFetch(on('POST', '/api/budget/v1/actuals', {
      status: 201,
      body: { importId: 'i', importedBy: 'financien', rows: 1, months: 1, replacedMonths: 1, items: [
        { budgetLineCode: 'GROEN-STEENBREEK', year: 2026, month: 3, bookings: 1, amount: 1234.56, replaced: true, previousAmount: 1000 },
      ] },
    }));
    renderApp(FINANCE, '/begroting/werkelijk');
    const upload = file();
    await userEvent.upload(await screen.findByLabelText('CSV-bestand met boekingen', {}, { timeout: 5000 }), upload);
    await userEvent.click(screen.getByRole('button', { name: 'Importeren' }));

    expect(await screen.findByRole('heading', { name: 'Import gelukt' })).toBeInTheDocument();
    const row = screen.getByRole('rowheader', { name: 'GROEN-STEENBREEK' }).closest('tr');
    expect(row?.textContent?.replace(/\u00a0/g, ' ')).toBe('GROEN-STEENBREEKmaart 20261€ 1.234,56ja, was € 1.000');
    const [, init] = fetchMock.mock.calls[0];
    expect(new Headers(init?.headers).get('Content-Type')).toBe('text/csv');
    expect(new Headers(init?.headers).get('X-XSRF-TOKEN')).toBe('csrf-9');
    expect(init?.body).toBe(upload);
  });

  it('shows every row error in a table when the API refuses the file', async () => {
    mockFetch(on('POST', '/api/budget/v1/actuals', {
      status: 400,
      body: { status: 400, title: 'Ongeldige invoer', invalidParams: [
        { name: 'rows[2].amount', reason: 'Moet een bedrag zijn.' },
        { name: 'rows[17].budgetLineCode', reason: 'Er is geen begrotingsregel met deze code.' },
      ] },
    }));
    renderApp(FINANCE, '/begroting/werkelijk');
    await userEvent.upload(await screen.findByLabelText('CSV-bestand met boekingen', {}, { timeout: 5000 }), file());
    await userEvent.click(screen.getByRole('button', { name: 'Importeren' }));

    expect(await screen.findByRole('heading', { name: 'Niets geïmporteerd: 2 fouten in het bestand' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Fouten per regel van het bestand' });
    expect([...table.querySelectorAll('tbody tr')].map((tr) => tr.textContent)).toEqual([
      '2amountMoet een bedrag zijn.',
      '17budgetLineCodeEr is geen begrotingsregel met deze code.',
    ]);
  });

  it('asks for a file before sending anything', async () => {
    const fetchMock = mockFetch();
    renderApp(FINANCE, '/begroting/werkelijk');
    await userEvent.click(await screen.findByRole('button', { name: 'Importeren' }, { timeout: 5000 }));
    expect(screen.getByLabelText('CSV-bestand met boekingen')).toHaveAccessibleDescription(/Kies het CSV-bestand met de boekingen\./);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

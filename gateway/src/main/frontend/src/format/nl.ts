// Dutch notation for amounts and dates, as the council's documents write them.

const wholeEuros = new Intl.NumberFormat('nl-NL', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});

const euroCents = new Intl.NumberFormat('nl-NL', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

const count = new Intl.NumberFormat('nl-NL');

const percent = new Intl.NumberFormat('nl-NL', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

// An ISO date (2026-03-01) is a calendar day without a zone: format it in UTC so that no
// browser time zone moves it to the day before.
const calendarDay = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

// Instants arrive in UTC; the municipality lives in Amsterdam time.
const moment = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Amsterdam',
});

/** "€ 17.124" for whole euros, "€ 17.124,50" when there are cents. */
export function formatMoney(amount: number | null | undefined): string {
  if (amount === null || amount === undefined || Number.isNaN(amount)) {
    return '-';
  }
  return Number.isInteger(amount) ? wholeEuros.format(amount) : euroCents.format(amount);
}

export function formatCount(value: number): string {
  return count.format(value);
}

/** "10,0%" for a share given as a fraction (0.1), as the APIs return shares. */
export function formatShare(fraction: number | null | undefined): string {
  if (fraction === null || fraction === undefined || Number.isNaN(fraction)) return '-';
  return percent.format(fraction);
}

/** "1 maart 2026" for an ISO date (yyyy-mm-dd). */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) {
    return '-';
  }
  const [year, month, day] = isoDate.substring(0, 10).split('-').map(Number);
  return calendarDay.format(new Date(Date.UTC(year, month - 1, day)));
}

/** "30 november 2026 om 15:45" for an ISO instant, in Dutch time. */
export function formatDateTime(isoInstant: string | null | undefined): string {
  if (!isoInstant) {
    return '-';
  }
  return moment.format(new Date(isoInstant));
}

/** Money as the API sends and takes it: an exact decimal string and an ISO 4217 currency. */
export type Money = { amount: string; currency: string };

/** The currencies the browser knows, each as "GBP — British Pound" for the picker. */
export const currencyOptions = (): { code: string; label: string }[] => {
  const names = new Intl.DisplayNames(undefined, { type: 'currency' });
  return Intl.supportedValuesOf('currency').map((code) => ({
    code,
    label: `${code} — ${names.of(code) ?? code}`,
  }));
};

const EURO_REGIONS = new Set(
  'AT BE CY DE EE ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK'.split(' '),
);

// The browser names a locale, not a currency: the regions users here come from most, else GBP.
const REGION_CURRENCIES: Record<string, string> = {
  GB: 'GBP',
  US: 'USD',
  CA: 'CAD',
  AU: 'AUD',
  NZ: 'NZD',
  CH: 'CHF',
  SE: 'SEK',
  NO: 'NOK',
  DK: 'DKK',
  PL: 'PLN',
  CZ: 'CZK',
  HU: 'HUF',
  JP: 'JPY',
  IN: 'INR',
  SG: 'SGD',
  HK: 'HKD',
  ZA: 'ZAR',
  BR: 'BRL',
  MX: 'MXN',
};

/** The browser locale's currency where its region is known, else GBP. */
export const defaultCurrency = (locale = navigator.language): string => {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).maximize().region;
  } catch {
    region = undefined;
  }
  if (!region) return 'GBP';
  return EURO_REGIONS.has(region) ? 'EUR' : (REGION_CURRENCIES[region] ?? 'GBP');
};

/** "£12.30": the exact amount (a string is formatted as written, never through a float). */
export const formatMoney = ({ amount, currency }: Money): string =>
  new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(
    amount as Intl.StringNumericLiteral,
  );

const DECIMAL = /^\d+(\.\d+)?$/;

/** What is wrong with a typed amount, or null; the server checks the same, and the currency's places. */
export const amountIssue = (amount: string, label: string): string | null => {
  if (amount.startsWith('-')) return `${label} cannot be negative`;
  if (!DECIMAL.test(amount)) return `Write the ${label.toLowerCase()} in digits, such as 12.30`;
  const [whole = '', fraction = ''] = amount.split('.');
  if (whole.length > 10) return `${label} can have at most 10 digits before the decimal point`;
  if (fraction.length > 2) return `${label} can have at most 2 decimal places`;
  return null;
};

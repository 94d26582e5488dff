-- Reference data: the budget lines of the council proposal "Groenvisie Assen 2040" (raadsvoorstel,
-- adopted 21 December 2023, section 6), so that the run command and the tests have them.
-- Audited like any other change, as made by this migration.
SELECT set_config('groenagenda.actor', 'flyway V4', true),
       set_config('groenagenda.reason', 'Referentiegegevens uit het raadsvoorstel Groenvisie Assen 2040, hoofdstuk 6', true);

INSERT INTO budget_line (code, name, description, taakveld_code, kind, department,
                         depreciation_method, term_years, interest_rate, first_depreciation) VALUES
    ('GROEN-ONDERHOUD', 'Regulier onderhoud openbaar groen',
     'VOORBEELDBEDRAG: het reguliere budget voor het onderhoud van het openbaar groen. Het bedrag is een '
     || 'voorbeeld voor test en demonstratie, niet het werkelijke begrotingsbedrag van Assen.',
     '5.7', 'OPERATING', 'openbare-ruimte', NULL, NULL, NULL, NULL),
    ('GROEN-VERVANGING', 'Vervangingsbudget groen',
     'Investering van EUR 280.000 per jaar (2025-2044) om in 20 jaar 10% van het groenareaal '
     || '(vervangingswaarde EUR 56 miljoen) te vervangen of te renoveren. Dekking van de kapitaallasten '
     || 'af te wegen bij de Kaderbrief 2025 (raadsvoorstel Groenvisie, 6.1).',
     '5.7', 'INVESTMENT', 'openbare-ruimte', 'ANNUITY', 20, 0.02, 'YEAR_AFTER'),
    ('GROEN-MEEDOEN', 'Meedoen in het Groen',
     'Structureel budget voor bewonersparticipatie in het openbaar groen: 2024 incidenteel in de '
     || 'begroting, 2025 en verder af te wegen bij de Kaderbrief 2025 (raadsvoorstel Groenvisie, 6.2).',
     '5.7', 'OPERATING', 'openbare-ruimte', NULL, NULL, NULL, NULL),
    ('GROEN-STREEKBEHEER', 'Streekbeheer',
     'Coproductie van Provincie Drenthe en gemeenten, uitgevoerd door Landschapsbeheer Drenthe: '
     || 'EUR 90.000 per jaar voor Assen, waarvan de provincie de helft betaalt (raadsvoorstel Groenvisie, 6.2).',
     '5.7', 'OPERATING', 'openbare-ruimte', NULL, NULL, NULL, NULL),
    ('GROEN-STEENBREEK', 'Steenbreek',
     'Minder verstening en meer groen in en om het huis, voor klimaatadaptatie: EUR 10.000 per jaar en '
     || '8 uur per week (raadsbesluit GWRP 2022), plus eenmalig EUR 50.000 (besloten 2022, verwerkt in de '
     || 'begroting 2024) (raadsvoorstel Groenvisie, 6.3). Taakveld 7.4 Milieubeheer: het gaat om '
     || 'klimaatadaptatie op particulier terrein, niet om beheer van openbaar groen.',
     '7.4', 'OPERATING', 'openbare-ruimte', NULL, NULL, NULL, NULL);

-- Regular maintenance: an example amount, adopted in the budget every year.
INSERT INTO budget_year (budget_line_code, year, expenses_structural, status)
SELECT 'GROEN-ONDERHOUD', y, 3200000.00, 'ADOPTED' FROM generate_series(2024, 2044) AS y;

-- Replacement investment: EUR 280,000 a year 2025-2044, to be weighed in Kaderbrief 2025.
INSERT INTO budget_year (budget_line_code, year, expenses_structural, status, kaderbrief_year)
SELECT 'GROEN-VERVANGING', y, 280000.00, 'TO_BE_WEIGHED', 2025 FROM generate_series(2025, 2044) AS y;

-- Meedoen in het Groen: 2024 one-off in the budget; 2025 onwards structural, to be weighed.
INSERT INTO budget_year (budget_line_code, year, expenses_one_off, status)
VALUES ('GROEN-MEEDOEN', 2024, 125000.00, 'ADOPTED');
INSERT INTO budget_year (budget_line_code, year, expenses_structural, status, kaderbrief_year)
SELECT 'GROEN-MEEDOEN', y, 125000.00, 'TO_BE_WEIGHED', 2025 FROM generate_series(2025, 2044) AS y;

-- Streekbeheer: EUR 90,000 expenses, EUR 45,000 income from the province; an existing project.
INSERT INTO budget_year (budget_line_code, year, expenses_structural, status)
SELECT 'GROEN-STREEKBEHEER', y, 90000.00, 'ADOPTED' FROM generate_series(2024, 2044) AS y;
INSERT INTO budget_income (budget_line_code, year, party, structural)
SELECT 'GROEN-STREEKBEHEER', y, 'Provincie Drenthe', 45000.00 FROM generate_series(2024, 2044) AS y;

-- Steenbreek: EUR 10,000 a year and 8 hours a week, decided by the council in 2022; in 2024 also the
-- one-off EUR 50,000.
INSERT INTO budget_year (budget_line_code, year, expenses_structural, expenses_one_off, status, staff_hours_per_week)
SELECT 'GROEN-STEENBREEK', y, 10000.00, CASE WHEN y = 2024 THEN 50000.00 ELSE 0 END, 'ADOPTED', 8
FROM generate_series(2024, 2044) AS y;

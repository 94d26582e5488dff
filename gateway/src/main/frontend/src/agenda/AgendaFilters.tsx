import { useState, type FormEvent } from 'react';
import {
  Button,
  ButtonGroup,
  FormField,
  FormLabel,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import type { Theme } from '../api/agenda';
import { STATUS_LABELS } from '../common/labels';
import { departmentLabel } from '../session/roles';
import { DEPARTMENTS, MEASURE_TYPE_LABELS, TRAFFIC_LIGHT_LABELS, VISION_LABELS } from './agendaLabels';
import { FILTERS, MAP_PARAMETER, SORTS, type FilterName } from './listQuery';

interface Props {
  params: URLSearchParams;
  themes: Theme[];
  districts: string[];
  onApply: (next: URLSearchParams) => void;
}

type Choices = Record<FilterName | 'q' | 'sort', string>;

const FILTER_LABELS: Record<FilterName, string> = {
  status: 'Status',
  theme: 'Thema',
  district: 'Wijk',
  department: 'Afdeling',
  vision: 'Visie',
  measureType: 'Soort maatregel',
  trafficLight: 'Stoplicht',
};

/** Search, filters and sort of the list; applied together, so that each change is not a request. */
export function AgendaFilters({ params, themes, districts, onApply }: Props) {
  const [choices, setChoices] = useState<Choices>(() => fromParams(params));
  const options: Record<FilterName, { value: string; label: string }[]> = {
    status: entries(STATUS_LABELS),
    theme: themes.map((theme) => ({ value: theme.code, label: theme.name })),
    district: districts.map((district) => ({ value: district, label: district })),
    department: DEPARTMENTS.map((department) => ({ value: department, label: departmentLabel(department) })),
    vision: entries(VISION_LABELS),
    measureType: entries(MEASURE_TYPE_LABELS),
    trafficLight: entries(TRAFFIC_LIGHT_LABELS),
  };

  function apply(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [name, value] of Object.entries(choices)) {
      if (value.trim()) next.set(name, value.trim());
    }
    const map = params.get(MAP_PARAMETER);
    if (map) next.set(MAP_PARAMETER, map);
    onApply(next);
  }

  function reset() {
    const cleared = fromParams(new URLSearchParams());
    setChoices(cleared);
    const next = new URLSearchParams();
    const map = params.get(MAP_PARAMETER);
    if (map) next.set(MAP_PARAMETER, map);
    onApply(next);
  }

  const set = (name: keyof Choices) => (value: string) => setChoices((current) => ({ ...current, [name]: value }));

  return (
    <form role="search" aria-label="Agendapunten zoeken en filteren" onSubmit={apply} className="groenagenda-agenda-filters">
      <FormField
        className="groenagenda-agenda-filters__search"
        label={<FormLabel htmlFor="agenda-q">Zoeken in titel en omschrijving</FormLabel>}
        input={<Textbox id="agenda-q" type="search" name="q" value={choices.q} maxLength={200} onChange={(event) => set('q')(event.target.value)} />}
      />
      <div className="groenagenda-agenda-filters__grid">
        {FILTERS.map((name) => (
          <FormField
            key={name}
            label={<FormLabel htmlFor={`agenda-filter-${name}`}>{FILTER_LABELS[name]}</FormLabel>}
            input={(
              <Select id={`agenda-filter-${name}`} name={name} value={choices[name]} onChange={(event) => set(name)(event.target.value)}>
                <SelectOption value="">Alle</SelectOption>
                {options[name].map((option) => (
                  <SelectOption key={option.value} value={option.value}>{option.label}</SelectOption>
                ))}
              </Select>
            )}
          />
        ))}
        <FormField
          label={<FormLabel htmlFor="agenda-sort">Sorteren op</FormLabel>}
          input={(
            <Select id="agenda-sort" name="sort" value={choices.sort} onChange={(event) => set('sort')(event.target.value)}>
              {SORTS.map((sort) => (
                <SelectOption key={sort.value} value={sort.value}>{sort.label}</SelectOption>
              ))}
            </Select>
          )}
        />
      </div>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button">Zoeken</Button>
        <Button type="button" appearance="secondary-action-button" onClick={reset}>Filters wissen</Button>
      </ButtonGroup>
    </form>
  );
}

function fromParams(params: URLSearchParams): Choices {
  const choices = { q: params.get('q') ?? '', sort: params.get('sort') ?? '' } as Choices;
  for (const name of FILTERS) choices[name] = params.get(name) ?? '';
  return choices;
}

function entries(labels: Record<string, string>): { value: string; label: string }[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}

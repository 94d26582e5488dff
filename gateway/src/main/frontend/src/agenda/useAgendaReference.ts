import { fetchDistricts, fetchThemes, type Theme } from '../api/agenda';
import { useApi, type ApiState } from '../common/useApi';

export interface AgendaReference {
  themes: Theme[];
  districts: string[];
}

/** The themes and districts an item may name: pick lists of filters and the form. */
export function useAgendaReference(): ApiState<AgendaReference> {
  return useApi(async (signal) => {
    const [themes, districts] = await Promise.all([fetchThemes(signal), fetchDistricts(signal)]);
    return { themes, districts };
  }, []);
}

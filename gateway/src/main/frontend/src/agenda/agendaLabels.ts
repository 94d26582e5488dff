import type { MeasureType, Programme, Status, TrafficLight, Vision } from '../api/agenda';

// agenda-service's enums carry these labels in Java only; the API sends the codes.

export const VISION_LABELS: Record<Vision, string> = {
  GROENVISIE: 'Groenvisie Assen 2040',
  KLIMAATADAPTATIE: 'Visie Klimaatadaptatie',
};

export const MEASURE_TYPE_LABELS: Record<MeasureType, string> = {
  REPLACE_TREES_OR_PLANTINGS: 'Bomen of beplanting vervangen',
  LAWN_TO_PLAY_MEADOW_WITH_WADI: 'Wijkgazon wordt groene speelweide met wadi',
  REMOVE_PAVING: 'Tegels eruit, groen erin (Steenbreek)',
  PARTICIPATION_ACTIVITY: 'Participatieactiviteit',
  ECOLOGICAL_CONNECTION: 'Ecologische verbinding',
  NEW_PLANTING: 'Nieuw groen aanleggen',
  STUDY_OR_MONITORING: 'Onderzoek of monitoring',
  POLICY_NOTE: 'Beleidsnotitie',
};

export const PROGRAMME_LABELS: Record<Programme, string> = {
  BOSS: 'BOSS',
  GREEN_SCHOOLYARDS: 'Groene schoolpleinen',
  NEIGHBOURHOOD_RENEWAL: 'Wijkvernieuwing',
  ROAD_PROJECT: 'Wegenproject',
  OTHER: 'Overig',
};

export const TRAFFIC_LIGHT_LABELS: Record<TrafficLight, string> = {
  GREEN: 'Groen',
  ORANGE: 'Oranje',
  RED: 'Rood',
};

/** agenda-service's AgendaSettings.departments (not served by an endpoint). */
export const DEPARTMENTS = ['openbare-ruimte', 'ruimtelijke-ontwikkeling', 'samenleving'] as const;

/** Status.editable() of agenda-service: a draft, or an item that came back to be reworked. */
export function isEditable(status: Status): boolean {
  return status === 'DRAFT' || status === 'RETURNED' || status === 'DEFERRED';
}

/** Status.reportsProgress(). */
export function reportsProgress(status: Status): boolean {
  return status === 'COVERED' || status === 'ADOPTED' || status === 'IN_EXECUTION';
}

/** Status.executionTargets(): where staff may move an item during execution. */
export function executionTarget(status: Status): 'IN_EXECUTION' | 'DONE' | undefined {
  if (status === 'COVERED' || status === 'ADOPTED') return 'IN_EXECUTION';
  if (status === 'IN_EXECUTION') return 'DONE';
  return undefined;
}

/** agenda-service's AgendaSettings firstYear and lastYear: costs and plans fall in these years. */
export const FIRST_YEAR = 2024;
export const LAST_YEAR = 2044;

export function labelOf<K extends string>(labels: Record<K, string>, code: string | null | undefined): string {
  if (!code) return '-';
  return labels[code as K] ?? code;
}

import { ApiError, getJson, postJson, type Page } from './http';

const BASE = '/api/workflow/v1';

/** The decisions the workflow's BPMN steps declare (docs/workflow-processes.md). */
export type Decision = 'APPROVE' | 'RETURN' | 'REJECT' | 'CLAIM' | 'DONE';

export interface OpenTask {
  id: string;
  name: string;
  agendaItemId: string | null;
  /** The agenda item's title as submitted; absent for tasks of the Kaderbrief cycle. */
  title?: string | null;
  processInstanceId: string;
  created: string;
  due: string | null;
  assignee: string | null;
  decisions: Decision[];
  reminderSince: string | null;
}

export interface Completion {
  decision: Decision;
  motivation: string;
}

/** The largest page the APIs hand out (NL API Design Rules, pageSize at most 500). */
export const MAX_PAGE_SIZE = 500;

export function fetchTasks(pageSize: number, signal?: AbortSignal): Promise<Page<OpenTask>> {
  return getJson<Page<OpenTask>>(`${BASE}/tasks?page=1&pageSize=${pageSize}`, signal);
}

/**
 * One task of the caller or of their groups, also when a colleague holds it; undefined when it is not
 * (or no longer) open for them: the workflow answers 404 then, whichever of the two it is.
 */
export async function fetchTask(id: string, signal?: AbortSignal): Promise<OpenTask | undefined> {
  try {
    return await getJson<OpenTask>(`${BASE}/tasks/${encodeURIComponent(id)}`, signal);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return undefined;
    throw error;
  }
}

export function completeTask(id: string, completion: Completion): Promise<unknown> {
  return postJson(`${BASE}/tasks/${encodeURIComponent(id)}/completion`, completion);
}

/** Makes the task the caller's, so that colleagues in the same group do not handle it at once. */
export function claimTask(id: string): Promise<OpenTask> {
  return postJson<OpenTask>(`${BASE}/tasks/${encodeURIComponent(id)}/claim`, undefined);
}

/** Gives a claimed task back to the group. */
export function unclaimTask(id: string): Promise<OpenTask> {
  return postJson<OpenTask>(`${BASE}/tasks/${encodeURIComponent(id)}/unclaim`, undefined);
}

import { getJson, postJson, type Page } from './http';

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
 * The workflow has no `GET /tasks/{id}`; a task is one of the caller's open tasks or not theirs
 * (any more). Undefined when it is not among them.
 */
export async function fetchTask(id: string, signal?: AbortSignal): Promise<OpenTask | undefined> {
  const page = await fetchTasks(MAX_PAGE_SIZE, signal);
  return page.items.find((task) => task.id === id);
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

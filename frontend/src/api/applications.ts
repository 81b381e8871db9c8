import type { components } from './schema/applications'
import { http } from './http'

type S = components['schemas']
export type CalendarYearSummary = S['CalendarYearSummary']
export type CalendarYear = S['CalendarYearOut']
export type CalendarYearIn = S['CalendarYearIn']
export type CalendarDayIn = S['CalendarDayIn']
export type WorkdayComputation = S['WorkdayComputation']

const base = '/api/v1/applications'

export const applicationsApi = {
  calendarYears: () => http.get<CalendarYearSummary[]>(`${base}/calendar/years`),
  calendarYear: (year: number) => http.get<CalendarYear>(`${base}/calendar/years/${year}`),
  putCalendarYear: (year: number, body: CalendarYearIn) => http.put<CalendarYear>(`${base}/calendar/years/${year}`, body),
  addWorkingDays: (start: string, days: number) =>
    http.get<WorkdayComputation>(`${base}/calendar/add`, { start, days }),
}

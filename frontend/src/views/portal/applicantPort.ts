import type { TrackedApplication, TrackedCase } from '@/api/applications'

/** How the applicant's page reaches the server: with the number and query code (tracking page) or with the
 * citizen's account (my applications). */
export interface ApplicantPort {
  supplement(caseId: string, text: string): Promise<TrackedApplication>
  withdraw(caseId: string): Promise<TrackedApplication>
  letter(caseId: string, letter: TrackedCase['letters'][number]): Promise<void>
}

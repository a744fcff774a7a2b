import { Route, Routes } from 'react-router';
import { AppShell } from '../components/AppShell';
import { NotFoundPage } from '../components/NotFoundPage';
import { AuthProvider } from '../features/auth/AuthProvider';
import { OidcCallbackPage } from '../features/auth/OidcCallbackPage';
import { OIDC_CALLBACK_PATH } from '../features/auth/oidc';
import { RequireAuth } from '../features/auth/RequireAuth';
import { SignInPage } from '../features/auth/SignInPage';
import { CoursesPage } from '../features/courses/CoursesPage';
import { LessonPage } from '../features/courses/LessonPage';
import { BranchPlacementPage } from '../features/branch/BranchPlacementPage';
import { BranchTraineesPage } from '../features/branch/BranchTraineesPage';
import { AttemptPage } from '../features/exams/AttemptPage';
import { ExamsPage } from '../features/exams/ExamsPage';
import { HeadDashboardPage } from '../features/head/HeadDashboardPage';
import { TraineeJourneyPage } from '../features/head/TraineeJourneyPage';
import { VerifyPage } from '../features/certificates/VerifyPage';
import { HomePage } from '../features/home/HomePage';
import { JourneyPage } from '../features/journey/JourneyPage';
import { JourneysPage } from '../features/journeys/JourneysPage';
import { MenteesPage } from '../features/mentor/MenteesPage';
import { ReviewQueuePage } from '../features/mentor/ReviewQueuePage';
import { NotificationsPage } from '../features/notifications/NotificationsPage';
import { GoLivePage } from '../features/qa/GoLivePage';
import { CalibrationPage } from '../features/qa/CalibrationPage';
import { CalibrationSessionPage } from '../features/qa/CalibrationSessionPage';
import { QaQueuePage } from '../features/qa/QaQueuePage';
import { QaWeekPage } from '../features/qa/QaWeekPage';
import { CohortsPage } from '../features/training/CohortsPage';
import { ExamsAdminPage } from '../features/training/ExamsAdminPage';
import { ExemptionsPage } from '../features/training/ExemptionsPage';
import { ItemAnalysisPage } from '../features/training/ItemAnalysisPage';
import { QuestionBankPage } from '../features/training/QuestionBankPage';
import { TraineeFormPage } from '../features/trainee-forms/TraineeFormPage';
import { TraineeFormsPage } from '../features/trainee-forms/TraineeFormsPage';

export function AppRoutes() {
  return (
    <AuthProvider>
      <Routes>
        <Route path="/login" element={<SignInPage />} />
        <Route path="/verify/:code" element={<VerifyPage />} />
        <Route path={OIDC_CALLBACK_PATH} element={<OidcCallbackPage />} />
        <Route
          element={
            <RequireAuth>
              <AppShell />
            </RequireAuth>
          }
        >
          <Route index element={<HomePage />} />
          <Route path="journey" element={<JourneyPage />} />
          <Route path="courses" element={<CoursesPage />} />
          <Route path="courses/:courseId/lessons/:lessonId" element={<LessonPage />} />
          <Route path="exams" element={<ExamsPage />} />
          <Route path="forms" element={<TraineeFormsPage />} />
          <Route path="forms/:formId" element={<TraineeFormPage />} />
          <Route path="exam/attempts/:attemptId" element={<AttemptPage />} />
          <Route path="journeys" element={<JourneysPage />} />
          <Route path="journeys/:traineeId" element={<TraineeJourneyPage />} />
          <Route path="dashboard" element={<HeadDashboardPage />} />
          <Route path="mentor" element={<MenteesPage />} />
          <Route path="mentor/reviews" element={<ReviewQueuePage />} />
          <Route path="branch" element={<BranchTraineesPage />} />
          <Route path="branch/placements/:placementId" element={<BranchPlacementPage />} />
          <Route path="go-live" element={<GoLivePage />} />
          <Route path="qa" element={<QaQueuePage />} />
          <Route path="qa/weeks/:weekId" element={<QaWeekPage />} />
          <Route path="qa/calibrations" element={<CalibrationPage />} />
          <Route path="qa/calibrations/:sessionId" element={<CalibrationSessionPage />} />
          <Route path="notifications" element={<NotificationsPage />} />
          <Route path="training/cohorts" element={<CohortsPage />} />
          <Route path="training/exemptions" element={<ExemptionsPage />} />
          <Route path="training/question-banks" element={<QuestionBankPage />} />
          <Route path="training/exams" element={<ExamsAdminPage />} />
          <Route path="training/exams/:examId/analysis" element={<ItemAnalysisPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </AuthProvider>
  );
}

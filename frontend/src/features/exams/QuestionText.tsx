import Markdown from 'react-markdown';
import type { Question } from '../../api/types';

/** HTML-format question text is reduced to its text: nothing from a bank is ever parsed into the page. */
function plain(question: Question, text: string): string {
  if (question.format === 'HTML' || question.format === 'MOODLE') {
    return new DOMParser().parseFromString(text, 'text/html').body.textContent ?? text;
  }
  return text;
}

export function QuestionText({ question, id }: { question: Question; id: string }) {
  if (question.textAfterBlank !== null && question.textAfterBlank !== undefined) {
    return (
      <p id={id} className="question-text">
        {plain(question, question.text)} <span className="question-blank" aria-hidden>______</span>{' '}
        {plain(question, question.textAfterBlank)}
      </p>
    );
  }
  if (question.format === 'MARKDOWN') {
    return (
      <div id={id} className="question-text">
        <Markdown skipHtml>{question.text}</Markdown>
      </div>
    );
  }
  return (
    <p id={id} className="question-text">
      {plain(question, question.text)}
    </p>
  );
}

// The public API, called as a demo person: sets up the state a scenario starts from (earlier stages
// of a journey) without clicking through them. Tokens come from the development issuer, as the
// sign-in page gets them.
import assert from 'node:assert/strict';
import { baseUrl } from './scenario.js';

const tokens = new Map();

async function tokenFor(personId) {
  if (!tokens.has(personId)) {
    const response = await fetch(`${baseUrl}/api/v1/dev/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ personId }),
    });
    const text = await response.text();
    assert.equal(response.status, 200, `no development token for ${personId}: ${text}`);
    tokens.set(personId, JSON.parse(text).access_token);
  }
  return tokens.get(personId);
}

/**
 * Calls the API as `personId` and returns the parsed JSON answer (or null when there is none); fails the
 * test on any status outside 2xx, with the problem document in the message.
 */
export async function callApi(personId, method, path, body, { contentType = 'application/json' } = {}) {
  const headers = { Authorization: `Bearer ${await tokenFor(personId)}`, Accept: 'application/json' };
  let payload;
  if (body !== undefined) {
    headers['Content-Type'] = contentType;
    payload = typeof body === 'string' ? body : JSON.stringify(body);
  }
  const response = await fetch(`${baseUrl}${path}`, { method, headers, body: payload });
  const text = await response.text();
  assert.ok(response.ok, `${personId} ${method} ${path} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : null;
}

/** The department head moves a trainee's journey to a step (an override with its reason). */
export async function moveToStep(traineeId, stepId, reason) {
  return callApi('head', 'POST', `/api/v1/trainees/${traineeId}/journey/override`, {
    action: 'MOVE_TO_STEP',
    stepId,
    reason,
  });
}

/** The firm's calendar day (Beijing) of an instant, as the server files forms and calls under it. */
export function firmDay(instant = new Date()) {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/**
 * A recent trading day (hence a working day) on the app's calendar: the `back`-th last one up to today,
 * 0 being the latest — for placements and go-live weeks, which must start on a working day.
 */
export async function recentTradingDay(back = 0) {
  const today = firmDay();
  const from = firmDay(new Date(Date.now() - 30 * 24 * 3600_000));
  const answer = await callApi('head', 'GET', `/api/v1/calendars/trading-days?from=${from}&to=${today}`);
  assert.ok(answer.days.length > back, `fewer than ${back + 1} trading days between ${from} and ${today}`);
  return answer.days[answer.days.length - 1 - back];
}

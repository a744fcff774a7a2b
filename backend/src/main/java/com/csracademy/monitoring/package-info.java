/** Stage 3: the trainee's live-monitoring and post-call analysis forms, the mentor's reviews, the daily quotas, the supervised go-live call log, category A's drills, the conduct catalogue and records, the daily assessment and the evidence that completes a step. */
package com.csracademy.monitoring;

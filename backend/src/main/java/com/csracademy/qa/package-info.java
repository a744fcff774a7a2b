/** The call QA scorecard as data, scoring of sampled calls, and the independent go-live week's score (stage 4). */
package com.csracademy.qa;

/** Item analysis of exam attempts: facility, discrimination, distractor counts and KR-20 reliability. */
package com.csracademy.quiz.domain.stats;

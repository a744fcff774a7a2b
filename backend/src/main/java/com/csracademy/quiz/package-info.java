/** Question banks in GIFT, exam definitions, attempts graded on the server, and the knowledge assessment of stage 1. */
package com.csracademy.quiz;

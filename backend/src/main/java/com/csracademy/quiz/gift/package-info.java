/** Imports, exports and grades quiz questions written in Moodle's GIFT text format. */
package com.csracademy.quiz.gift;

/** People: persons and their roles, departments, branches, cohorts, trainees, and the one-to-one mentor relationship. */
package com.csracademy.people;

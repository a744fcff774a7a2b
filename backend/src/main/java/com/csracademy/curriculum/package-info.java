/** The stage-1 curriculum: courses and lessons loaded from {@code content/curriculum/}, each trainee's reading progress, and category-B exemptions. */
package com.csracademy.curriculum;

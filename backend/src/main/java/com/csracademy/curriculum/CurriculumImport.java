package com.csracademy.curriculum;

/**
 * What an import of the curriculum files did.
 *
 * @param changed whether the content version differed from the loaded one (and was therefore stored)
 * @param courses how many courses the files hold
 * @param lessons how many lessons the files hold
 */
public record CurriculumImport(boolean changed, int courses, int lessons) {
}

/** The form engine: versioned form definitions as data, and validation of a submission against the version it was filled with. */
package com.csracademy.forms;

/** Reading the program's data files ({@code content/}): YAML binding with errors that name the file and the field, and content versions so a reload of the same content changes nothing. */
package com.csracademy.content;

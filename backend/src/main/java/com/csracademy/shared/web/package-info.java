/** The web conventions every module uses: problem details and paging. */
@org.springframework.modulith.NamedInterface("web")
package com.csracademy.shared.web;

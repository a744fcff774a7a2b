/** What every module shares: the problem-detail mapping, paging and the base of module exceptions. Nothing else. */
package com.csracademy.shared;

/** What every module shares: the problem-detail mapping, paging, the base of module exceptions, start-up tasks and the ids of new documents. Nothing else. */
package com.csracademy.shared;

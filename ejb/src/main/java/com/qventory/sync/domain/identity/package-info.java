/** Users (sellers and admins), their usernames and roles. */
package com.qventory.sync.domain.identity;

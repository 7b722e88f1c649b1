/**
 * Sign-up, the first admin, password policy and who is calling. Port: {@link
 * com.qventory.sync.application.identity.PasswordHasher}.
 */
package com.qventory.sync.application.identity;

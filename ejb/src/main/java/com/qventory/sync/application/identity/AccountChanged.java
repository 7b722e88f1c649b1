package com.qventory.sync.application.identity;

import com.qventory.sync.domain.identity.Username;

/**
 * A user's password, roles or state changed: fired in the transaction that changed them, so that
 * what the server remembers of the user (the credential cache) is dropped once it commits.
 */
public record AccountChanged(Username username) {}

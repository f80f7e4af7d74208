package org.publiccredit.gateway.auth;

/** Whether a registered client may call; a suspended client is refused at once. */
enum ClientStatus {
  ACTIVE,
  SUSPENDED
}

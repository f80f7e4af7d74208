package org.publiccredit.gateway.auth;

/** What kind of institution a client is; the GraphQL service grants access by it and by scope. */
public enum ClientType {
  BANK,
  TAX_BUREAU,
  DEPARTMENT,
  PORTAL,
  PLATFORM_ADMIN
}

package org.publiccredit.graphql.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param clientRegistry path of the gateway's client registry (format: config/clients.yml), read
 *     only for the clients' display names and types in "who queried my credit"; empty: clients are
 *     shown by their ids
 */
@ConfigurationProperties("platform.audit")
record AuditProperties(@DefaultValue("") String clientRegistry) {}

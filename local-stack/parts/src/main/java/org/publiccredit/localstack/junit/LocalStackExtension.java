package org.publiccredit.localstack.junit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the local stack (Elasticsearch, Redis, credit-reference stand-in) before a test class; later classes in the
 * same JVM reuse it. Put it before {@code @SpringBootTest} so the servers exist when the context asks for their ports.
 */
public final class LocalStackExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        LocalStack.startAll();
    }
}

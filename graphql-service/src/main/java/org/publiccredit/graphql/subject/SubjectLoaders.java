package org.publiccredit.graphql.subject;

import org.publiccredit.graphql.search.CreditRecordPage;
import org.publiccredit.graphql.search.ProfileSearch;
import org.publiccredit.graphql.search.RecordPageRequest;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import reactor.core.publisher.Mono;

/** The DataLoader behind {@code Subject.records}: one msearch for the pages of all subjects of a response. */
@Configuration(proxyBeanMethods = false)
class SubjectLoaders {

  SubjectLoaders(BatchLoaderRegistry registry, ProfileSearch search) {
    registry.forTypePair(RecordPageRequest.class, CreditRecordPage.class).withName("recordPages")
        .registerMappedBatchLoader((requests, env) -> Mono.fromCallable(() -> search.recordPages(requests)));
  }
}

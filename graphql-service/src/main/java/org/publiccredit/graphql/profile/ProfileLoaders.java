package org.publiccredit.graphql.profile;

import org.publiccredit.graphql.search.ProfileSearch;
import org.publiccredit.graphql.search.SubjectRecords;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import reactor.core.publisher.Mono;

/**
 * The DataLoader behind {@code Subject.profile}: the subjects of one response level are loaded
 * together, one msearch for all of them, instead of one search per subject.
 */
@Configuration(proxyBeanMethods = false)
class ProfileLoaders {

  ProfileLoaders(BatchLoaderRegistry registry, ProfileSearch search) {
    registry.forTypePair(String.class, SubjectRecords.class).withName("subjectRecords")
        .registerMappedBatchLoader((subjectIds, env) -> Mono.fromCallable(() -> search.recordsOf(subjectIds)));
  }
}

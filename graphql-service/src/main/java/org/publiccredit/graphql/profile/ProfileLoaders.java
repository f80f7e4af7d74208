package org.publiccredit.graphql.profile;

import org.publiccredit.graphql.search.ProfileQuery;
import org.publiccredit.graphql.search.ProfileReads;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import reactor.core.publisher.Mono;

/**
 * The DataLoader behind {@code Subject.profile}: the profiles of one response level are read
 * together, one msearch for all of them, instead of one per subject.
 */
@Configuration(proxyBeanMethods = false)
class ProfileLoaders {

  ProfileLoaders(BatchLoaderRegistry registry, ProfileReads reads) {
    registry.forTypePair(ProfileQuery.class, ProfileQuery.Result.class).withName("profiles")
        .registerMappedBatchLoader((queries, env) -> Mono.fromCallable(() -> reads.profiles(queries)));
  }
}

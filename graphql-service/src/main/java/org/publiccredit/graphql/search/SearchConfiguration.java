package org.publiccredit.graphql.search;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Elasticsearch client maps documents with Boot's JsonMapper, so dates and unknown fields are
 * handled the same way as everywhere else in the service (Boot's default builds its own mapper),
 * plus a faster reader of stored dates ({@link IsoLocalDates}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

  @Bean
  JsonpMapper jsonpMapper(JsonMapper jsonMapper) {
    return new Jackson3JsonpMapper(jsonMapper.rebuild().addModule(IsoLocalDates.module()).build());
  }
}
